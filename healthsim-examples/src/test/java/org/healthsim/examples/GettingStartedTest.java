package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsim.examples.cli.HealthSimCommand;
import org.healthsim.reference.SharedReferenceData;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md runs literally, top to bottom (issue 16: its step 4 failed as written).
 * Every {@code ./healthsim} line of its bash blocks runs in a shell, in order, in a fresh directory
 * laid out as the project is ({@code ../shared} beside it), with {@code ./healthsim} a script that
 * runs this build's command line; every file the page says to save ("Save as `F`:" before a JSON
 * block) is saved first. Each command must exit 0. Not run: {@code mvn -B verify} (this is that
 * run) and the {@code java -cp healthsim.jar} line ({@code ClaimsDataSetTest} runs that class; the
 * jar is built after the tests).
 */
class GettingStartedTest {

  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SAVE_AS = Pattern.compile("Save as `([^`]+)`:\\s*$");

  /** One step of the page: a file to save, or a command to run. */
  private record Step(String saveAs, String text) {}

  private static List<Step> steps(String page) {
    List<Step> steps = new ArrayList<>();
    Matcher m = FENCE.matcher(page);
    while (m.find()) {
      String before = page.substring(0, m.start()).stripTrailing();
      String paragraph = before.substring(before.lastIndexOf("\n\n") + 1).replaceAll("\\s+", " ");
      Matcher save = SAVE_AS.matcher(paragraph);
      if (m.group(1).equals("json") && save.find()) {
        steps.add(new Step(save.group(1), m.group(2)));
      } else if (m.group(1).equals("bash")) {
        for (String command : m.group(2).replace("\\\n", " ").split("\n")) {
          String line = command.replaceAll("\\s+#.*$", "").strip();
          if (line.startsWith("./healthsim ")) {
            steps.add(new Step(null, line));
          }
        }
      }
    }
    return steps;
  }

  @Test
  void everyCommandOfThePageRunsAsWritten() throws Exception {
    Path project = Path.of("..").toAbsolutePath().normalize();
    Path shared = SharedReferenceData.raw().getParent().getParent();
    Path root = Files.createDirectories(Path.of("target", "getting-started").toAbsolutePath());
    deleteRecursively(root);
    Path work = Files.createDirectories(root.resolve("project"));
    Files.createSymbolicLink(root.resolve("shared"), shared);
    Path script = work.resolve("healthsim");
    Files.writeString(
        script,
        "#!/usr/bin/env bash\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            // Each command is a run of a few seconds: the C2 compiler's work would not pay off.
            + "' -XX:TieredStopAtLevel=1 -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + HealthSimCommand.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<Step> steps =
        steps(Files.readString(project.resolve("docs").resolve("getting-started.md")));

    assertThat(steps).extracting(Step::saveAs).contains("my-cohort.json", "ckd-monitoring.json");
    assertThat(steps.stream().filter(s -> s.saveAs() == null)).hasSizeGreaterThanOrEqualTo(9);
    for (Step step : steps) {
      if (step.saveAs() != null) {
        Files.writeString(work.resolve(step.saveAs()), step.text());
        continue;
      }
      Process shell =
          new ProcessBuilder("bash", "-c", step.text())
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(shell.waitFor()).as(step.text() + "\n" + output).isZero();
    }
    assertThat(work.resolve("out/ckd-monitoring/events.ndjson")).isNotEmptyFile();
    assertThat(work.resolve("out/claims/healthsim.duckdb")).isNotEmptyFile();
    assertThat(work.resolve("out/reference.duckdb")).isNotEmptyFile();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }
}
