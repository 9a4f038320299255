package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exposure.classify.ColumnClassifier;
import org.exposure.classify.ColumnMapping;
import org.exposure.csv.CsvReader;
import org.exposure.csv.CsvRow;
import org.exposure.link.ValueFacts;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SourceLocation;
import org.exposure.model.SubjectExposure;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.SubjectRef;
import org.junit.jupiter.api.Test;

/** No value of an extract may reach a toString(), and so a log line or a message. */
class PrivacyTest {

  @Test
  void valuesCarriersAreRedacted() throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    Path file = ExposureAnalysisTest.fixture("screening.csv");
    Extract<?> extract = CsvReader.of(ColumnClassifier.of(LocalDate.of(2025, 7, 1)),
        ColumnMapping.empty(), 100, 1).open(List.of(new ExtractSource(file, "s.csv")),
            (source, why) -> texts.add(why)).get(0);
    List<CsvRow> rows = new ArrayList<>();
    ExtractSink rejections = new ExtractSink() {
      @Override
      public SubjectRef subjectOf(ExposedRecord record) {
        throw new AssertionError();
      }

      @Override
      public Optional<SubjectRef> add(ExposedRecord record) {
        throw new AssertionError();
      }

      @Override
      public void add(ExposedRecord record, SubjectRef subject) {
        throw new AssertionError();
      }

      @Override
      public void add(SourceLocation location, List<ValueFacts> facts) {
        texts.add(facts.toString());
      }

      @Override
      public void addRelatedPerson(ExposedRecord record) {
        throw new AssertionError();
      }

      @Override
      public void reject(long line, String reason) {
        texts.add(reason);
      }

      @Override
      public void bytesRead(long bytes) {}
    };
    for (Part part : extract.parts(1)) {
      extract.scan(part, 1, rejections, row -> rows.add((CsvRow) row));
    }
    for (CsvRow row : rows) {
      texts.add(row.toString());
      if (row instanceof CsvRow.Accepted) {
        List<ExposedValue> values = new ArrayList<>();
        for (String cell : ((CsvRow.Accepted) row).values()) {
          if (cell.length() >= 3) {
            cells.add(cell);
            values.add(new ExposedValue(FieldType.OTHER, cell));
          }
        }
        texts.add(values.toString());
        texts.add(new ExposedRecord(row.location(), values).toString());
      }
    }

    texts.add(new SubjectExposure(EnumSet.of(FieldType.BIRTH_DATE), ResultGrade.NONE,
        QuasiIdentifiers.none().withBirthDate(LocalDate.of(1968, 4, 3)).withPostcode("2281 AB")
            .withSex("F").withAge(57), 1, Set.of("s.csv")).toString());
    assertThat(cells).isNotEmpty();
    for (String text : texts) {
      assertThat(cells).noneMatch(text::contains);
      assertThat(text).doesNotContain("1968").doesNotContain("2281").doesNotContain("57");
    }
  }

  @Test
  void fixtureValuesNeverReachRejectionsOrEvidence() throws IOException {
    AnalysisResult r = ExposureAnalysis.of(AnalysisOptions.builder()
            .assessmentDate(LocalDate.of(2025, 7, 1)).build())
        .assess(List.of(ExposureAnalysisTest.fixture("screening.csv")));
    List<String> texts = new ArrayList<>();
    r.rejections().forEach(x -> texts.add(x.toString()));
    r.fields().forEach(x -> texts.add(x.toString()));
    r.notification().reasons().forEach(texts::add);
    for (String text : texts) {
      assertThat(ExposureAnalysisTest.FIXTURE_VALUES).noneMatch(text::contains);
    }
  }
}
