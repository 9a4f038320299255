package org.exposure.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exposure.score.SubjectAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code exposure explain}: why one subject of a finished run got her severity, in plain language. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = ExposureCommand.Version.class,
    description = "Explains the severity of one subject of a finished run: which exposed data set DPC "
        + "and EI, the circumstances behind CB, the adjustments, the harms, and what the level means.",
    sortOptions = false,
    usageHelpWidth = 100)
final class ExplainCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--subject", required = true, paramLabel = "KEY",
      description = "The subject's pseudonymous key, as in subjects.csv.")
  private String subject;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "exposure-report",
      description = "The folder of the finished run (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Path subjects = out.resolve(SubjectsCsv.FILE_NAME);
    Path report = out.resolve(ReportJson.FILE_NAME);
    if (!Files.isRegularFile(subjects) || !Files.isRegularFile(report)) {
      stderr.println("exposure: no finished run in " + out + " (" + SubjectsCsv.FILE_NAME
          + " or report.json missing); run 'exposure assess' first");
      return ExposureCommand.EXIT_UNUSABLE;
    }
    try {
      Optional<SubjectAssessment> assessment =
          SubjectsCsv.find(subjects, subject, unintelligible(report));
      if (assessment.isEmpty()) {
        stderr.println("exposure: no subject with key " + subject + " in " + subjects);
        return ExposureCommand.EXIT_UNUSABLE;
      }
      stdout.println("Subject " + subject.strip().toLowerCase(Locale.ROOT) + ": "
          + assessment.get().level().displayName() + " (SE " + assessment.get().se() + ")");
      assessment.get().reasons().forEach(reason -> stdout.println("  " + reason));
      return 0;
    } catch (IOException | RuntimeException e) {
      stderr.println("exposure: cannot read the run in " + out + " ("
          + e.getClass().getSimpleName() + "); was it written by this version of exposure?");
      return ExposureCommand.EXIT_UNUSABLE;
    }
  }

  /** Whether the run took the data to be unintelligible, from its report. */
  private static boolean unintelligible(Path report) throws IOException {
    return new ObjectMapper().readTree(report.toFile())
        .at("/assessment/circumstances/unintelligible").asBoolean();
  }
}
