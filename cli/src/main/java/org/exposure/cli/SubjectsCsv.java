package org.exposure.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.exposure.AssessedSubject;
import org.exposure.ReportFolder;
import org.exposure.model.FieldType;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.DpcRule;
import org.exposure.score.EiRule;
import org.exposure.score.Harm;
import org.exposure.score.SubjectAssessment;

/**
 * {@code subjects.csv}: one row per subject with her pseudonymous key, her severity and the rules behind
 * it, so that {@code exposure explain} can explain her later. Rule and type names only; no extract value.
 */
final class SubjectsCsv implements Closeable {
  static final String FILE_NAME = ReportFolder.SUBJECTS;
  private static final String HEADER = "subject,level,se,dpc,ei,cb,dpc_rule,basic_dpc,minor_raise,"
      + "ei_rule,class_size,harms,field_types,confidentiality,integrity,availability,malicious";

  private final BufferedWriter out;

  private SubjectsCsv(BufferedWriter out) {
    this.out = out;
  }

  static SubjectsCsv create(Path file) throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write(HEADER);
    out.write('\n');
    return new SubjectsCsv(out);
  }

  void write(AssessedSubject subject) throws IOException {
    SubjectAssessment a = subject.assessment();
    out.write(String.join(",", subject.key(), a.level().name(), number(a.se()),
        String.valueOf(a.dpc()), number(a.ei()), number(a.cb()), a.dpcRule().name(),
        String.valueOf(a.basicDpc()), String.valueOf(a.minorRaise()), a.eiRule().name(),
        String.valueOf(a.classSize()), names(a.harms()), names(a.exposed()),
        a.circumstances().confidentiality().name(), a.circumstances().integrity().name(),
        a.circumstances().availability().name(), String.valueOf(a.circumstances().malicious())));
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** The assessment of the subject with the given key, as the run made it. */
  static Optional<SubjectAssessment> find(Path file, String key, boolean unintelligible)
      throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.readLine(); // header
      String prefix = key.strip().toLowerCase(Locale.ROOT) + ",";
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith(prefix)) {
          String[] f = line.split(",", -1);
          BreachCircumstances circumstances = new BreachCircumstances(
              BreachCircumstances.Confidentiality.valueOf(f[13]),
              BreachCircumstances.Integrity.valueOf(f[14]),
              BreachCircumstances.Availability.valueOf(f[15]), Boolean.parseBoolean(f[16]),
              unintelligible);
          return Optional.of(new SubjectAssessment(DpcRule.valueOf(f[6]), Integer.parseInt(f[7]),
              Integer.parseInt(f[8]), EiRule.valueOf(f[9]), Double.parseDouble(f[4]),
              Integer.parseInt(f[10]), circumstances, enums(f[12], FieldType.class),
              enums(f[11], Harm.class)));
        }
      }
    }
    return Optional.empty();
  }

  private static String number(double value) {
    return String.valueOf(value);
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(" "));
  }

  private static <E extends Enum<E>> Set<E> enums(String names, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    Arrays.stream(names.split(" ")).filter(n -> !n.isEmpty()).forEach(n -> set.add(Enum.valueOf(type, n)));
    return set;
  }
}
