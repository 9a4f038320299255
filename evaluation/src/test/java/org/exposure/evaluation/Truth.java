package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * What a layout's files hold, written by the generator beside them ({@code NAME.truth.tsv}) and read
 * back by the evaluation: never taken from the classifier. TAB-separated, UTF-8, one line per fact:
 *
 * <pre>
 * # comment
 * layout  NAME  COUNTRY  KIND
 * field   FILE  INDEX  HEADER-OR-ELEMENT  FIELD_TYPE
 * subject ID    GRADE  FILE:LINE:ENTRY[ FILE:LINE:ENTRY...]
 * </pre>
 *
 * <p>A CSV field is a column (1-based index, header verbatim); a FHIR field is an element group
 * ({@code Resource.element}, index 0, file {@code *}). A subject lists where each of her records
 * starts; her grade is the worst of her results ({@link ResultGrade#NONE} when none was exposed).
 *
 * @param kind {@code csv} or {@code fhir}
 */
record Truth(String layout, Country country, String kind, List<Field> fields,
    List<Subject> subjects) {

  record Field(String file, int index, String name, FieldType type) {}

  record Subject(int id, ResultGrade grade, List<String> locations) {}

  Truth {
    fields = List.copyOf(fields);
    subjects = List.copyOf(subjects);
  }

  boolean isFhir() {
    return kind.equals("fhir");
  }

  void write(Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("# Truth for layout ").append(layout)
        .append(": written by CorpusGenerator, never by the classifier (docs/evaluation.md).\n");
    s.append("layout\t").append(layout).append('\t').append(country).append('\t').append(kind)
        .append('\n');
    for (Field f : fields) {
      s.append("field\t").append(f.file()).append('\t').append(f.index()).append('\t')
          .append(f.name()).append('\t').append(f.type()).append('\n');
    }
    for (Subject subject : subjects) {
      s.append("subject\t").append(subject.id()).append('\t').append(subject.grade()).append('\t')
          .append(String.join(" ", subject.locations())).append('\n');
    }
    Files.writeString(file, s, UTF_8);
  }

  static Truth read(Path file) throws IOException {
    String layout = null;
    Country country = null;
    String kind = null;
    List<Field> fields = new ArrayList<>();
    List<Subject> subjects = new ArrayList<>();
    for (String line : Files.readAllLines(file, UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] p = line.split("\t", -1);
      switch (p[0]) {
        case "layout" -> {
          layout = p[1];
          country = Country.valueOf(p[2]);
          kind = p[3];
        }
        case "field" -> fields.add(new Field(p[1], Integer.parseInt(p[2]), p[3],
            FieldType.valueOf(p[4])));
        case "subject" -> subjects.add(new Subject(Integer.parseInt(p[1]),
            ResultGrade.valueOf(p[2]), Arrays.asList(p[3].split(" "))));
        default -> throw new IllegalStateException(file.getFileName() + ": unknown line kind "
            + p[0]);
      }
    }
    if (layout == null) {
      throw new IllegalStateException(file.getFileName() + ": no layout line");
    }
    return new Truth(layout, country, kind, fields, subjects);
  }
}
