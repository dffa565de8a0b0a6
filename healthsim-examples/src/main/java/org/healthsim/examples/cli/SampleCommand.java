package org.healthsim.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.healthsim.core.sampling.AttributeSampler;
import org.healthsim.core.seed.SeedHierarchy;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.internal.output.CompleteFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code healthsim sample --profile TEMPLATE|FILE --count N --seed S --out DIR}: draws every
 * distribution-valued attribute of a profile for N entities, writes {@code DIR/samples.csv} and
 * prints a summary that sets what was drawn beside what the spec asked for.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Draws the distribution-valued attributes of a profile (age, gender, race, ethnicity,",
      "severity, labs, plan) for N entities, writes DIR/samples.csv and prints a summary."
    })
final class SampleCommand implements Callable<Integer> {

  @CommandLine.Mixin CohortOptions cohort;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ProfileSpecification profileSpec = cohort.readProfile(spec.commandLine());
    long n = cohort.count(profileSpec, spec.commandLine());
    long masterSeed = cohort.seed(profileSpec);
    Path target = cohort.out.resolve("samples.csv");
    AttributeSampler sampler = AttributeSampler.of(profileSpec);
    SampleSummary summary = new SampleSummary(sampler.names(), profileSpec);
    SeedHierarchy seeds = new SeedHierarchy(masterSeed);
    PrintWriter console = spec.commandLine().getOut();
    console.printf("seed %d, %d entities, attributes %s%n", masterSeed, n, sampler.names());

    try (CompleteFile file = CompleteFile.create(target, cohort.overwrite);
        Writer writer = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8)) {
      writer.write(Csv.row(header(sampler.names())));
      for (long i = 0; i < n; i++) {
        Map<String, Object> values = sampler.sample(seeds, i);
        summary.add(values);
        writer.write(Csv.row(row(i, seeds.entitySeed(i), sampler.names(), values)));
        if (i < 5) {
          console.printf("  entity %d: %s%n", i, values);
        }
      }
      writer.flush();
      file.commit();
    }
    summary.print(console);
    console.printf("wrote %s (%d rows); open it in any spreadsheet%n", target, n);
    return 0;
  }

  private static List<Object> header(List<String> names) {
    List<Object> header = new java.util.ArrayList<>(List.of("index", "entity_seed"));
    header.addAll(names);
    return header;
  }

  private static List<Object> row(
      long index, long entitySeed, List<String> names, Map<String, Object> values) {
    List<Object> row = new java.util.ArrayList<>(List.of(index, entitySeed));
    names.forEach(name -> row.add(values.get(name)));
    return row;
  }
}
