package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.classify.ColumnClassifier;
import org.exposure.classify.ColumnMapping;
import org.exposure.link.ValueFacts;
import org.exposure.model.ExposedRecord;
import org.exposure.model.FieldReport;
import org.exposure.model.SourceLocation;
import org.exposure.model.UnusableSourceException;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.SubjectRef;
import org.exposure.spi.TableSource;

/**
 * The law of {@link org.exposure.spi.Tables}: a table fed as rows of cells is read exactly as the
 * same table saved as CSV (every row padded to the table's width, as Excel's export pads it, but a
 * row with no filled cell a blank line, since it is no record in a table): the
 * same column names, classifications and counts, the same records at the same lines with the same
 * types, the same rejections with the same reasons, or the same refusal.
 */
class TableExtractProperties {
  private static final CsvReader CSV = CsvReader.of(ColumnClassifier.of(LocalDate.of(2025, 7, 1)),
      ColumnMapping.empty(), 1000, 1);

  private static final List<String> HEADERS = List.of("bsn", "naam", "postcode", "geboortedatum",
      "opmerking", "uitslag", "plaats", "code");
  private static final List<String> VALUES = List.of("111222333", "123456782", "999999990",
      "Anna de Vries", "Jansen", "1234 AB", "3511 EF", "01-03-1984", "1975-11-02",
      "belt terug; na 14:00", "zegt \"morgen\"", "hrHPV positief", "Pap 3a2", "Utrecht", "42",
      "007", "", "", "");

  @Provide
  Arbitrary<List<List<String>>> tables() {
    Arbitrary<String> cell = Arbitraries.of(VALUES);
    Arbitrary<List<String>> header = Arbitraries.of(HEADERS).list().ofMinSize(1).ofMaxSize(6);
    return header.flatMap(h -> {
      Arbitrary<List<String>> row = cell.list().ofMinSize(0).ofMaxSize(h.size() + 1);
      Arbitrary<Boolean> titled = Arbitraries.of(true, false);
      return titled.flatMap(t -> row.list().ofMinSize(0).ofMaxSize(30).map(rows -> {
        List<List<String>> table = new ArrayList<>();
        if (t) {
          table.add(List.of("Export uitslagen"));
        }
        table.add(h);
        table.addAll(rows);
        return table;
      }));
    });
  }

  @Property(tries = 300)
  void aTableReadsAsItsCsv(@ForAll("tables") List<List<String>> table) throws IOException {
    int width = table.stream().mapToInt(List::size).max().orElse(0);
    Path file = Files.createTempFile("table-", ".csv");
    try {
      Files.writeString(file, csv(table, width), StandardCharsets.UTF_8);
      List<Extract<?>> opened = CSV.open(List.of(new ExtractSource(file, "t")), (s, why) -> { });
      String fromCsv = opened.isEmpty() ? "refused" : read(opened.get(0));
      String fromTable;
      try {
        fromTable = read(TableExtract.open(new Rows(table, width), CSV));
      } catch (UnusableSourceException e) {
        fromTable = "refused";
      }
      // A table refuses a header alone, or no table at all, where the CSV reader reads no record,
      // and notes in one column, which the CSV reader reads as a one-column table.
      if (fromTable.equals("refused")) {
        assertThat(!fromCsv.contains("add ") || width == 1).as(fromCsv).isTrue();
      } else {
        assertThat(fromTable).isEqualTo(fromCsv);
      }
    } finally {
      Files.delete(file);
    }
  }

  /**
   * The table as a semicolon CSV, every row as wide as the widest, quoted where CSV must; a row with
   * no filled cell a blank line.
   */
  private static String csv(List<List<String>> table, int width) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : table) {
      if (row.stream().allMatch(String::isEmpty)) {
        out.append("\r\n"); // a row with no filled cell is no record: a blank line
        continue;
      }
      for (int c = 0; c < width; c++) {
        String v = c < row.size() ? row.get(c) : "";
        out.append(c > 0 ? ";" : "")
            .append(v.contains(";") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  /** What an extract yields: its columns, each record and rejection in order, its fields' reports. */
  private static String read(Extract<?> extract) throws IOException {
    List<String> events = new ArrayList<>();
    readAll(extract, events);
    for (FieldReport f : extract.fields()) {
      events.add(f.classification().field() + " " + f.classification().type() + " "
          + f.classification().confidence() + " " + f.values() + " " + f.contradicting());
    }
    return String.join("\n", events);
  }

  private static <I> void readAll(Extract<I> extract, List<String> events) throws IOException {
    ExtractSink sink = new ExtractSink() {
      @Override
      public SubjectRef subjectOf(ExposedRecord record) {
        throw new AssertionError("a table names no subject by reference");
      }

      @Override
      public Optional<SubjectRef> add(ExposedRecord record) {
        throw new AssertionError("a table adds what it read");
      }

      @Override
      public void add(ExposedRecord record, SubjectRef subject) {
        throw new AssertionError("a table adds what it read");
      }

      @Override
      public void add(SourceLocation location, List<ValueFacts> facts) {
        events.add("add " + location.line() + " "
            + facts.stream().map(f -> f.type().name()).toList());
      }

      @Override
      public void addRelatedPerson(ExposedRecord record) {
        throw new AssertionError("a table names no related person");
      }

      @Override
      public void reject(long line, String reason) {
        events.add("reject " + line + " " + reason);
      }

      @Override
      public void bytesRead(long bytes) {}
    };
    Extract.Assessor<I> assessor = extract.assessor(1);
    for (Part part : extract.parts(1)) {
      extract.scan(part, 1, sink, item -> assessor.assess(item, sink));
    }
    assessor.finish();
  }

  /** A table in memory, its rows numbered from 1, its width declared. */
  private record Rows(List<List<String>> table, int width) implements TableSource {
    @Override
    public ExtractSource source() {
      return new ExtractSource(Path.of("t"), "t");
    }

    @Override
    public String format() {
      return "test";
    }

    @Override
    public String encoding() {
      return "UTF-8";
    }

    @Override
    public String layout() {
      return "rows";
    }

    @Override
    public long rowCount() {
      return table.size();
    }

    @Override
    public int columnCount() {
      return width;
    }

    @Override
    public long bytes() {
      return 0;
    }

    @Override
    public void read(TableSource.Rows rows) {
      for (int i = 0; i < table.size(); i++) {
        if (rows.wants(i + 1) && !rows.row(i + 1, table.get(i))) {
          return;
        }
      }
    }
  }
}
