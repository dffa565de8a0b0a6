package org.healthsim.generation.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.ProfileSpecification;

/**
 * Generates a cohort of entities from a profile, reproducibly.
 *
 * <pre>{@code
 * ProfileExecutor executor = new ProfileExecutor(42);
 * ExecutionResult result = executor.execute(spec);
 * for (GeneratedEntity entity : result.entities()) {
 *   System.out.println(entity.entityId() + ": Age " + entity.age() + ", Gender " + entity.gender());
 * }
 * GeneratedEntity fifth = executor.generateEntity(spec, 5);   // equals result.entities().get(5)
 *
 * ProfileExecutor bound = executor.forProfile(spec);           // the guide's generate_entity(index=5)
 * GeneratedEntity same = bound.generateEntity(5);
 * }</pre>
 *
 * <p>Entity {@code i} depends only on the master seed, the profile and {@code i}: it is the same
 * generated alone, in a batch of ten or of a million, on one thread or many. The master seed is the
 * one given to the constructor, else the profile's {@code generation.seed}, else {@value
 * #DEFAULT_SEED}.
 *
 * <p>Immutable and thread-safe; {@code with...} methods return a new executor.
 */
public final class ProfileExecutor {

  /** The master seed when neither the executor nor the profile names one. */
  public static final long DEFAULT_SEED = 42;

  private final Long masterSeed;
  private final int threads;
  private final double alpha;
  private final ProfileSpecification profile;
  private final ReferenceResolver reference;

  /** An executor whose seed is the profile's, else {@value #DEFAULT_SEED}. */
  public ProfileExecutor() {
    this(null, 1, ValidationReport.DEFAULT_ALPHA, null, null);
  }

  /** An executor with master seed {@code masterSeed}, which wins over the profile's seed. */
  public ProfileExecutor(long masterSeed) {
    this(masterSeed, 1, ValidationReport.DEFAULT_ALPHA, null, null);
  }

  private ProfileExecutor(
      Long masterSeed,
      int threads,
      double alpha,
      ProfileSpecification profile,
      ReferenceResolver reference) {
    this.masterSeed = masterSeed;
    this.threads = threads;
    this.alpha = alpha;
    this.profile = profile;
    this.reference = reference;
  }

  /**
   * The same executor resolving profiles whose {@code demographics.source} is {@code populationsim}
   * or {@code hybrid} with {@code reference} (for example a {@code ReferenceDatabase} of
   * healthsim-reference) before generating them.
   */
  public ProfileExecutor withReference(ReferenceResolver reference) {
    return new ProfileExecutor(
        masterSeed, threads, alpha, profile, java.util.Objects.requireNonNull(reference));
  }

  /**
   * The same executor bound to {@code profile}, for {@link #execute()} and {@link
   * #generateEntity(long)}.
   */
  public ProfileExecutor forProfile(ProfileSpecification profile) {
    return new ProfileExecutor(
        masterSeed, threads, alpha, java.util.Objects.requireNonNull(profile), reference);
  }

  /**
   * Generates the bound profile's {@code generation.count} entities.
   *
   * @throws IllegalStateException when no profile is bound (see {@link #forProfile})
   */
  public ExecutionResult execute() {
    return execute(bound());
  }

  /**
   * Entity {@code index} of the bound profile, generated alone: the framework guide's {@code
   * executor.generate_entity(index=5)}.
   *
   * @throws IllegalStateException when no profile is bound (see {@link #forProfile})
   */
  public GeneratedEntity generateEntity(long index) {
    return generateEntity(bound(), index);
  }

  private ProfileSpecification bound() {
    if (profile == null) {
      throw new IllegalStateException(
          "no profile bound: use executor.forProfile(spec), or pass the spec to this method");
    }
    return profile;
  }

  /**
   * The same executor generating on {@code threads} threads. The output does not depend on it.
   *
   * @throws IllegalArgumentException when {@code threads < 1}
   */
  public ProfileExecutor withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads = " + threads + ": must be at least 1");
    }
    return new ProfileExecutor(masterSeed, threads, alpha, profile, reference);
  }

  /**
   * The same executor whose validation report has family-wise false-failure rate {@code alpha}: the
   * chance that a correct cohort fails any metric (Holm's correction across the metrics).
   */
  public ProfileExecutor withAlpha(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha = " + alpha + ": must be in (0, 1)");
    }
    return new ProfileExecutor(masterSeed, threads, alpha, profile, reference);
  }

  /** The master seed used for {@code profile}. */
  public long seedFor(ProfileSpecification profile) {
    if (masterSeed != null) {
      return masterSeed;
    }
    Long specSeed = profile.generation().seed();
    return specSeed != null ? specSeed : DEFAULT_SEED;
  }

  /**
   * Generates {@code generation.count} entities in memory.
   *
   * @throws org.healthsim.core.validation.SpecValidationException when the profile cannot be
   *     generated (for example a lab value that is not numeric), listing every problem
   */
  public ExecutionResult execute(ProfileSpecification profile) {
    return execute(profile, profile.generation().count());
  }

  /** Generates {@code count} entities in memory. */
  public ExecutionResult execute(ProfileSpecification profile, long count) {
    List<GeneratedEntity> entities = new ArrayList<>();
    EntitySink<List<GeneratedEntity>> collect =
        new EntitySink<>() {
          @Override
          public List<GeneratedEntity> encode(List<GeneratedEntity> chunk) {
            return chunk;
          }

          @Override
          public void write(List<GeneratedEntity> chunk) {
            entities.addAll(chunk);
          }
        };
    try {
      ExecutionResult summary = generate(profile, count, collect, done -> {});
      return new ExecutionResult(
          summary.profileId(),
          summary.seed(),
          count,
          entities,
          summary.duration(),
          summary.validation());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generates from a profile written as maps and lists, as the framework guide's dictionaries. */
  public ExecutionResult execute(Map<String, ?> profile) {
    return execute(SpecReader.profileFromMap(profile));
  }

  /**
   * Streams {@code count} entities to {@code sink} without holding the cohort in memory, on this
   * executor's threads, in index order.
   *
   * @param progress told the number of entities written so far, after each chunk
   * @return the run's seed, count, duration and validation report (no entities)
   * @throws IOException when the sink fails; what it wrote so far is its own to clean up
   */
  public <C> ExecutionResult generate(
      ProfileSpecification profile, long count, EntitySink<C> sink, LongConsumer progress)
      throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count = " + count + ": must be >= 0");
    }
    long seed = seedFor(profile);
    EntityFactory factory = factory(profile);
    long start = System.nanoTime();
    Tally tally = CohortRunner.run(factory, count, threads, sink, progress);
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    return new ExecutionResult(
        profile.id(), seed, count, List.of(), duration, factory.validator().report(tally, alpha));
  }

  /**
   * The entities of {@code profile} from index 0 on, lazily and in order, on the calling thread.
   * Limit it: {@code executor.stream(profile).limit(1000)}.
   */
  public Stream<GeneratedEntity> stream(ProfileSpecification profile) {
    EntityFactory factory = factory(profile);
    return LongStream.iterate(0, i -> i + 1).mapToObj(factory::create);
  }

  /**
   * The entities of {@code profile} from index {@code from} (inclusive) to {@code to} (exclusive),
   * lazily and in order on the calling thread; each equal to that entity of any batch.
   */
  public Stream<GeneratedEntity> stream(ProfileSpecification profile, long from, long to) {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("indexes " + from + " to " + to + ": not a range");
    }
    EntityFactory factory = factory(profile);
    return LongStream.range(from, to).mapToObj(factory::create);
  }

  /**
   * {@code profile} as entities are drawn from it: resolved against this executor's reference data
   * when it takes its demographics from there, else itself.
   */
  public ProfileSpecification resolve(ProfileSpecification profile) {
    boolean explicit = profile.demographics().source() == DemographicsSpec.Source.EXPLICIT;
    return explicit || reference == null ? profile : reference.resolve(profile);
  }

  /**
   * Entity {@code index} of {@code profile}, generated alone; equal to that entity of any batch.
   */
  public GeneratedEntity generateEntity(ProfileSpecification profile, long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index = " + index + ": must be >= 0");
    }
    return factory(profile).create(index);
  }

  /**
   * Runs every check that generating {@code profile} runs, without generating: the command line's
   * {@code validate}. A profile that takes its demographics from reference data is resolved first
   * when this executor has a reference ({@link #withReference}); without one, everything but the
   * reference lookup is checked.
   *
   * @throws org.healthsim.core.validation.SpecValidationException listing every problem
   */
  public void check(ProfileSpecification profile) {
    boolean explicit = profile.demographics().source() == DemographicsSpec.Source.EXPLICIT;
    if (explicit || reference != null) {
      factory(profile);
    } else {
      new EntityFactory(profile, seedFor(profile), false);
    }
  }

  /** {@code profile} compiled, resolved against the reference data first when it asks for it. */
  private EntityFactory factory(ProfileSpecification profile) {
    return new EntityFactory(resolve(profile), seedFor(profile));
  }
}
