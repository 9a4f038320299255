package org.exposure.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
    PrintWriter stdout = new PrintableLines(spec.commandLine().getOut());
    PrintWriter stderr = new PrintableLines(spec.commandLine().getErr());
    Path subjects = out.resolve(SubjectsCsv.FILE_NAME);
    Path report = out.resolve(ReportJson.FILE_NAME);
    if (!Files.isRegularFile(subjects) || !Files.isRegularFile(report)) {
      stderr.println("exposure: no finished run in " + out + " (" + SubjectsCsv.FILE_NAME
          + " or report.json missing); run 'exposure assess' first");
      return ExposureCommand.EXIT_UNUSABLE;
    }
    // Read under the readers' lock: no run moves its files in place meanwhile (OutputFolder).
    Optional<Closeable> lock;
    try {
      lock = OutputFolder.readLock(out);
    } catch (IOException e) {
      lock = Optional.empty(); // a read-only marker or folder: the run identity still tells a mix
    }
    try {
      if (OutputFolder.interrupted(out)) {
        stderr.println("exposure: the last run into " + out + " was interrupted while it put its "
            + "files in place; run 'exposure assess' again to finish it");
        return ExposureCommand.EXIT_UNUSABLE;
      }
      JsonNode json = new ObjectMapper().readTree(report.toFile());
      Optional<String> mixed = mixed(json, subjects);
      if (mixed.isPresent()) {
        stderr.println("exposure: the files in " + out + " do not belong to one run (" + mixed.get()
            + "); run 'exposure assess' again");
        return ExposureCommand.EXIT_UNUSABLE;
      }
      Optional<SubjectAssessment> assessment = SubjectsCsv.find(subjects, subject,
          json.at("/assessment/circumstances/unintelligible").asBoolean());
      if (assessment.isEmpty()) {
        stderr.println("exposure: no subject with key " + subject + " in " + subjects);
        return ExposureCommand.EXIT_UNUSABLE;
      }
      stdout.println("Subject " + subject.strip().toLowerCase(Locale.ROOT) + ": "
          + assessment.get().level().displayName() + " (SE " + assessment.get().se() + ")");
      assessment.get().reasons().forEach(reason -> stdout.println("  " + reason));
      return 0;
    } catch (JsonProcessingException e) {
      stderr.println("exposure: " + report + " is not whole JSON (cut short or edited); run "
          + "'exposure assess' again");
      return ExposureCommand.EXIT_UNUSABLE;
    } catch (AccessDeniedException e) {
      stderr.println("exposure: cannot read the run in " + out + ": permission denied");
      return ExposureCommand.EXIT_UNUSABLE;
    } catch (IOException | RuntimeException e) {
      stderr.println("exposure: the files in " + out + " are not as this version of exposure writes "
          + "them; run 'exposure assess' again");
      return ExposureCommand.EXIT_UNUSABLE;
    } finally {
      if (lock.isPresent()) {
        try {
          lock.get().close();
        } catch (IOException e) {
          // released by the OS when the process ends
        }
      }
    }
  }

  /**
   * Why the folder's files are not those of one run, if they are not: report.json's run identity
   * against the one its subjects.csv and notification-list.csv give, and report.html's.
   */
  private Optional<String> mixed(JsonNode json, Path subjects) throws IOException {
    String recorded = ReportJson.runId(json);
    if (recorded.isEmpty()) {
      return Optional.of("report.json records no run identity: written by an earlier version");
    }
    Path list = out.resolve(NotificationList.FILE_NAME);
    if (!Files.isRegularFile(list)) {
      return Optional.of(NotificationList.FILE_NAME + " is missing");
    }
    if (!RunId.of(subjects, list).equals(recorded)) {
      return Optional.of("report.json is not of the run that wrote " + SubjectsCsv.FILE_NAME
          + " and " + NotificationList.FILE_NAME);
    }
    Path html = out.resolve(ReportHtml.FILE_NAME);
    if (!Files.isRegularFile(html)) {
      return Optional.of(ReportHtml.FILE_NAME + " is missing");
    }
    if (!ReportHtml.runId(head(html)).equals(recorded)) {
      return Optional.of(ReportHtml.FILE_NAME + " is not of the run that wrote report.json");
    }
    return Optional.empty();
  }

  /** The beginning of a report.html, where its run identity is. */
  private static String head(Path html) throws IOException {
    try (InputStream in = Files.newInputStream(html)) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
  }
}
