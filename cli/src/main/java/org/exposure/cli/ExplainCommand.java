package org.exposure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exposure.ReportFolder;
import org.exposure.report.ReportException;
import org.exposure.report.ReportReader;
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
    PrintWriter stdout = new PrintableLines(spec.commandLine().getOut());
    PrintWriter stderr = new PrintableLines(spec.commandLine().getErr());
    if (!ReportReader.isFinished(out)) {
      return fail(stderr, "no finished run in " + out + " (" + ReportFolder.SUBJECTS
          + " or report.json missing); run 'exposure assess' first");
    }
    // Read under the readers' lock: no run moves its files in place meanwhile.
    try (ReportReader report = ReportReader.open(out)) {
      if (report.interrupted()) {
        return fail(stderr, "the last run into " + out + " was interrupted while it put its files in "
            + "place; run 'exposure assess' again to finish it");
      }
      Optional<String> mixed = report.mixed();
      if (mixed.isPresent()) {
        return fail(stderr, "the files in " + out + " do not belong to one run (" + mixed.get()
            + "); run 'exposure assess' again");
      }
      Optional<SubjectAssessment> assessment = report.subject(subject);
      if (assessment.isEmpty()) {
        return fail(stderr, "no subject with key " + subject + " in "
            + out.resolve(ReportFolder.SUBJECTS));
      }
      stdout.println("Subject " + subject.strip().toLowerCase(Locale.ROOT) + ": "
          + assessment.get().level().displayName() + " (SE " + assessment.get().se() + ")");
      assessment.get().reasons().forEach(reason -> stdout.println("  " + reason));
      return 0;
    } catch (ReportException e) {
      return fail(stderr, e.getMessage());
    } catch (AccessDeniedException e) {
      return fail(stderr, "cannot read the run in " + out + ": permission denied");
    } catch (IOException | RuntimeException e) {
      return fail(stderr, "the files in " + out + " are not as this version of exposure writes "
          + "them; run 'exposure assess' again");
    }
  }

  private static int fail(PrintWriter stderr, String message) {
    stderr.println("exposure: " + message);
    return ExposureCommand.EXIT_UNUSABLE;
  }
}
