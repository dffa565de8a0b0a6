package org.healthsim.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.examples.builder.Description;
import org.healthsim.examples.builder.DescriptionReader;
import org.healthsim.examples.builder.Question;
import org.healthsim.examples.builder.SpecBuilder;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.ReferenceDatabase;
import org.healthsim.reference.resolve.Area;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code healthsim new}: a spec from a short description, asking only what it leaves open. */
@Command(
    name = "new",
    description =
        "Writes a profile spec from a short description (\"200 Medicare diabetics in Texas with"
            + " claims\"), asking only what it leaves open, and prints the generate command that"
            + " runs it. See docs/new.md for the words it knows.")
final class NewCommand implements Callable<Integer> {

  @Parameters(arity = "0..*", paramLabel = "DESCRIPTION", description = "What you want.")
  List<String> words = new ArrayList<>();

  @Option(names = "--out", description = "Where to write the spec (.json, .yaml or .yml).")
  Path out = Path.of("spec.json");

  @Option(names = "--overwrite", description = "Replace an existing spec file.")
  boolean overwrite;

  @Option(names = "--yes", description = "Take every default instead of asking.")
  boolean yes;

  @Option(
      names = "--answer",
      paramLabel = "KEY=VALUE",
      description =
          "Answer a question (count, population, ages, location, county, severity," + " journey).")
  Map<String, String> given = new LinkedHashMap<>();

  @Option(
      names = "--interactive",
      description = "Ask on standard input even without a terminal (for scripts that answer).")
  boolean interactive;

  @Option(
      names = "--reference-db",
      paramLabel = "FILE",
      description = "A reference database (healthsim reference import), to find a county by name.")
  Path referenceDb;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream input;

  NewCommand(InputStream input) {
    this.input = input;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (words.isEmpty()) {
      err.println(
          "healthsim new: say what you want, such as: healthsim new 200 Medicare diabetics"
              + " with claims");
      return HealthSimCommand.INVALID;
    }
    Description d = new DescriptionReader().read(String.join(" ", words));
    if (!d.problems().isEmpty()) {
      d.problems().forEach(p -> err.println("healthsim new: " + p));
      err.println("healthsim new: nothing written; the words it knows are in docs/new.md");
      return HealthSimCommand.INVALID;
    }
    List<Area> counties = counties(d);
    SpecBuilder builder = new SpecBuilder(d, counties);
    given.forEach(builder::answer);
    boolean ask = !yes && (interactive || System.console() != null);
    List<String> defaulted = new ArrayList<>();
    BufferedReader in =
        ask ? new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)) : null;
    for (Question q = next(builder); q != null; q = next(builder)) {
      if (ask) {
        ask(q, builder, in, o);
      } else {
        builder.answer(q.key(), q.defaultAnswer());
        defaulted.add(q.key() + "=" + q.defaultAnswer() + " (" + q.reason() + ")");
      }
    }
    ObjectNode json = builder.spec();
    ProfileSpecification profile = SpecReader.profileFromString(json.toString(), "the new spec");
    if (!defaulted.isEmpty()) {
      o.println("took the defaults of the questions not answered:");
      defaulted.forEach(line -> o.println("  " + line));
    }
    o.println("targets:");
    SpecBuilder.targets(json).forEach(line -> o.println("  " + line));
    preview(o, profile, builder.countyFips() != null);
    write(json);
    o.println("wrote " + out);
    o.println("run it with:");
    o.println("  " + command(builder, profile));
    return 0;
  }

  /**
   * Asks {@code q} until it gets an answer it takes; an empty line or end of input is the default.
   */
  private static void ask(Question q, SpecBuilder builder, BufferedReader in, PrintWriter o)
      throws IOException {
    while (true) {
      o.printf("%s [%s]%n  (%s)%n> ", q.text(), q.defaultAnswer(), q.reason());
      o.flush();
      String line = in.readLine();
      try {
        builder.answer(q.key(), line == null || line.isBlank() ? q.defaultAnswer() : line);
        return;
      } catch (IllegalArgumentException e) {
        o.println(e.getMessage() + "; try again");
      }
    }
  }

  private static Question next(SpecBuilder builder) {
    List<Question> open = builder.questions();
    return open.isEmpty() ? null : open.get(0);
  }

  private List<Area> counties(Description d) {
    if (d.countyName() == null) {
      return List.of();
    }
    if (referenceDb == null) {
      throw new IllegalArgumentException(
          "a county by name ('"
              + d.countyName()
              + " county') needs --reference-db FILE (healthsim reference import) to find its"
              + " FIPS code; or give the code: 'county 48201'");
    }
    if (!Files.isRegularFile(referenceDb)) {
      throw new IllegalArgumentException("--reference-db " + referenceDb + ": no such file");
    }
    try (ReferenceDatabase db = ReferenceDatabase.open(referenceDb)) {
      List<Area> found = db.resolver().countiesNamed(d.countyName(), d.state());
      if (found.isEmpty()) {
        throw new IllegalArgumentException(
            "no county called '"
                + d.countyName()
                + "'"
                + (d.state() == null ? "" : " in " + d.state())
                + " in "
                + referenceDb);
      }
      return found;
    }
  }

  private void preview(PrintWriter o, ProfileSpecification profile, boolean hybrid) {
    if (hybrid && referenceDb == null) {
      o.println("(no preview: a county profile needs --reference-db to draw)");
      return;
    }
    ProfileExecutor executor = new ProfileExecutor(42);
    o.println("five sample entities:");
    try (ReferenceDatabase db = hybrid ? ReferenceDatabase.open(referenceDb) : null) {
      if (db != null) {
        executor = executor.withReference(db);
      }
      for (GeneratedEntity e : executor.execute(profile, 5).entities()) {
        o.printf(
            "  %s age %d %s %s %s %s%n",
            e.entityId(),
            e.age(),
            e.gender(),
            e.state(),
            e.coverage() == null
                ? ""
                : e.coverage().plan() == null ? e.coverage().type() : e.coverage().plan(),
            e.conditions().stream().map(c -> c.code()).toList());
      }
    }
  }

  private void write(ObjectNode json) throws IOException {
    if (Files.exists(out) && !overwrite) {
      throw new FileAlreadyExistsException(out + " exists; add --overwrite to replace it");
    }
    String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    ObjectMapper mapper =
        name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new ObjectMapper();
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
  }

  private String command(SpecBuilder builder, ProfileSpecification profile) {
    StringBuilder c = new StringBuilder("./healthsim generate --profile ").append(out);
    if (builder.journey() != null) {
      c.append(" --journey ").append(builder.journey());
    }
    c.append(" --count ").append(profile.generation().count());
    if (builder.countyFips() != null) {
      c.append(" --reference-db ").append(referenceDb == null ? "reference.duckdb" : referenceDb);
    }
    c.append(" --out out/new-profile");
    return c.toString();
  }
}
