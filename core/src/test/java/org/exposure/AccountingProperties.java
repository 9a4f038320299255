package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import java.util.Optional;
import org.exposure.classify.ColumnClassifier;
import org.exposure.classify.ColumnMapping;
import org.exposure.csv.CsvExtract;
import org.exposure.csv.CsvReader;
import org.exposure.link.ValueFacts;
import org.exposure.model.ExposedRecord;
import org.exposure.model.FieldReport;
import org.exposure.model.SourceLocation;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.SubjectRef;
import org.exposure.csv.CsvPart;
import org.exposure.csv.CsvRow;

/**
 * Every record read is assessed or rejected, whatever the file looks like: generated CSV extracts (3-8
 * columns, 0-200 good records with values that need quoting, 0-20 injected bad records, any delimiter,
 * line ending and encoding) must add up. All values are synthetic.
 */
class AccountingProperties {
  private static final LocalDate ASSESSMENT_DATE = LocalDate.of(2025, 7, 1);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Stands for the invalid bytes of a bad-bytes record until the text is encoded; never in a value. */
  private static final char MARK = '\u0007';
  /** Eight valid two-byte UTF-8 sequences: with them a bad-bytes record still reads as UTF-8. */
  private static final String ACCENTED_PADDING = "Zo\u00eb Ren\u00e9e Fran\u00e7oise H\u00e9l\u00e8ne "
      + "Ana\u00efs No\u00ebl Chlo\u00eb";
  /** Byte sequences that are not valid UTF-8 (the last but one is a surrogate, which Java refuses). */
  private static final List<byte[]> INVALID_UTF8 = List.of(
      new byte[] {(byte) 0xff},
      new byte[] {(byte) 0xfe},
      new byte[] {(byte) 0x80},
      new byte[] {(byte) 0xbf},
      new byte[] {(byte) 0xc3},
      new byte[] {(byte) 0xe9},
      new byte[] {(byte) 0xe2, (byte) 0x82},
      new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
      new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
      new byte[] {(byte) 0xc0, (byte) 0xaf});

  private static final String CANDIDATE_DELIMITERS = ",;\t|";

  enum Encoding {
    UTF8(StandardCharsets.UTF_8, new byte[0]),
    UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}),
    WINDOWS_1252_PLAIN(WINDOWS_1252, new byte[0]),
    UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe});

    final Charset charset;
    private final byte[] bom;

    Encoding(Charset charset, byte[] bom) {
      this.charset = charset;
      this.bom = bom;
    }

    boolean isUtf8() {
      return charset.equals(StandardCharsets.UTF_8);
    }
  }

  enum Kind { GOOD, WRONG_FIELD_COUNT, INVALID_BYTES }

  /**
   * One generated record.
   *
   * @param values its fields; an {@link Kind#INVALID_BYTES} record has {@link #MARK} in one of them
   * @param invalidBytes what the mark becomes in the file, for {@link Kind#INVALID_BYTES}
   * @param invalidColumn the column holding the mark, for {@link Kind#INVALID_BYTES}
   */
  record Rec(Kind kind, List<String> values, byte[] invalidBytes, int invalidColumn) {
    static Rec good(List<String> values) {
      return new Rec(Kind.GOOD, values, null, -1);
    }

    boolean bad() {
      return kind != Kind.GOOD;
    }

    @Override
    public String toString() { // values are synthetic, but keep shrinking reports short
      return kind + "[" + values.size() + " fields]";
    }
  }

  /** A bad record and where to put it among the good ones. */
  record Placed(Rec rec, int position) {}

  /** A generated extract: what to write, and what reading it must give. */
  record Extract(
      List<String> header,
      List<Rec> records,
      char delimiter,
      String eol,
      Encoding encoding,
      boolean finalEol,
      boolean quoteAll) {

    long good() {
      return records.stream().filter(r -> !r.bad()).count();
    }

    long bad() {
      return records.stream().filter(Rec::bad).count();
    }

    /** The file's bytes, and the 1-based line each record starts on. */
    Written write() {
      StringBuilder text = new StringBuilder();
      List<Long> lines = new ArrayList<>();
      text.append(String.join(String.valueOf(delimiter), header));
      long line = 1;
      for (Rec rec : records) {
        text.append(eol);
        line++;
        lines.add(line);
        String record = rec.values().stream().map(this::field)
            .collect(Collectors.joining(String.valueOf(delimiter)));
        text.append(record);
        line += lineBreaks(record);
      }
      if (finalEol) {
        text.append(eol);
      }
      byte[] encoded = text.toString().getBytes(encoding.charset);
      ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + 64);
      out.writeBytes(encoding.bom);
      Iterator<byte[]> invalid = records.stream()
          .filter(r -> r.kind() == Kind.INVALID_BYTES)
          .map(Rec::invalidBytes)
          .iterator();
      for (byte b : encoded) {
        if (b == MARK) {
          out.writeBytes(invalid.next());
        } else {
          out.write(b);
        }
      }
      assertThat(invalid.hasNext()).as("every mark replaced").isFalse();
      return new Written(out.toByteArray(), lines, text.chars().anyMatch(c -> c > 0x7f));
    }

    private String field(String value) {
      boolean needsQuotes = quoteAll
          || value.chars().anyMatch(c -> CANDIDATE_DELIMITERS.indexOf(c) >= 0
              || c == '"' || c == '\r' || c == '\n');
      return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "Extract[%d columns, %d good, %d bad, delimiter %s, eol %s, %s, finalEol %s, quoteAll %s]",
          header.size(), good(), bad(), delimiter == '\t' ? "tab" : String.valueOf(delimiter),
          eol.replace("\r", "CR").replace("\n", "LF"), encoding, finalEol, quoteAll);
    }
  }

  record Written(byte[] bytes, List<Long> lines, boolean nonAscii) {}

  // ---------------------------------------------------------------------------------------------
  // Properties

  @Property(tries = 200)
  void everyRecordReadIsAssessedOrRejected(@ForAll("extracts") Extract extract) throws IOException {
    Written written = extract.write();
    Path file = Files.createTempFile("accounting-", ".csv");
    try {
      Files.write(file, written.bytes());

      AnalysisResult result = ExposureAnalysis.of(
          AnalysisOptions.builder().assessmentDate(ASSESSMENT_DATE).build()).assess(List.of(file));

      assertThat(result.skipped()).isEmpty();
      assertThat(result.sources()).hasSize(1);
      assertThat(result.recordsRead())
          .isEqualTo(result.recordsAssessed() + result.recordsRejected())
          .isEqualTo(extract.good() + extract.bad());
      assertThat(result.recordsRejected()).isEqualTo(extract.bad());
      assertThat(result.recordsAssessed()).isEqualTo(extract.good());
      SourceSummary source = result.sources().get(0);
      assertThat(source.recordsRead()).isEqualTo(result.recordsRead());
      assertThat(source.recordsRejected()).isEqualTo(result.recordsRejected());
      assertThat(result.rejections()).hasSize((int) Math.min(extract.bad(), 100));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The seam a distributed engine uses: the parts of an extract, shipped as serialised values and read
   * in any order, each on an extract opened afresh (another thread, another machine), yield the
   * records, locations, rejections and field counts of the whole file read here.
   */
  @Property(tries = 60)
  void aPartReadAnywhereYieldsWhatTheWholeFileYields(@ForAll("extracts") Extract extract,
      @ForAll @IntRange(min = 2, max = 6) int parts, @ForAll java.util.Random random)
      throws Exception {
    Path file = Files.createTempFile("parts-", ".csv");
    try {
      Files.write(file, extract.write().bytes());
      ExtractSource source = new ExtractSource(file, "generated.csv");

      org.exposure.spi.Extract<?> whole = openCsv(source, 1);
      List<String> expected = new ArrayList<>();
      for (Part part : whole.parts(1)) {
        readPart(whole, part, expected);
      }

      List<Part> shipped = new ArrayList<>();
      for (Part part : openCsv(source, parts).parts(parts)) {
        shipped.add(roundTrip(part));
      }
      java.util.Collections.shuffle(shipped, random);
      List<List<String>> byIndex = new ArrayList<>();
      shipped.forEach(p -> byIndex.add(null));
      long[] values = new long[whole.fields().size()];
      for (Part part : shipped) {
        org.exposure.spi.Extract<?> elsewhere = openCsv(source, 1);
        List<String> events = new ArrayList<>();
        readPart(elsewhere, part, events);
        byIndex.set(part.index(), events);
        for (int c = 0; c < values.length; c++) {
          values[c] += elsewhere.fields().get(c).values();
        }
      }
      assertThat(byIndex.stream().flatMap(List::stream).toList())
          .containsExactlyElementsOf(expected);
      assertThat(values).containsExactly(
          whole.fields().stream().mapToLong(FieldReport::values).toArray());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static org.exposure.spi.Extract<?> openCsv(ExtractSource source, int parts)
      throws IOException {
    List<org.exposure.spi.Extract<?>> opened = CsvReader.of(ColumnClassifier.of(ASSESSMENT_DATE),
        ColumnMapping.empty(), 500, parts).open(List.of(source), (s, why) -> {
          throw new AssertionError("skipped: " + why);
        });
    assertThat(opened).hasSize(1);
    return opened.get(0);
  }

  private static Part roundTrip(Part part) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(part);
    }
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (Part) in.readObject();
    }
  }

  /** Scans and assesses one part, noting each record added (location and types) or rejected. */
  private static <I> void readPart(org.exposure.spi.Extract<I> extract, Part part,
      List<String> events) throws IOException {
    ExtractSink sink = new ExtractSink() {
      @Override
      public SubjectRef subjectOf(ExposedRecord record) {
        throw new AssertionError("CSV names no subject by reference");
      }

      @Override
      public Optional<SubjectRef> add(ExposedRecord record) {
        throw new AssertionError("CSV adds what it read");
      }

      @Override
      public void add(ExposedRecord record, SubjectRef subject) {
        throw new AssertionError("CSV adds what it read");
      }

      @Override
      public void add(SourceLocation location, List<ValueFacts> facts) {
        events.add("add " + location + " " + facts.stream().map(f -> f.type().name()).toList());
      }

      @Override
      public void addRelatedPerson(ExposedRecord record) {
        throw new AssertionError("CSV names no related person");
      }

      @Override
      public void reject(long line, String reason) {
        events.add("reject " + line + " " + reason);
      }

      @Override
      public void bytesRead(long bytes) {}
    };
    org.exposure.spi.Extract.Assessor<I> assessor = extract.assessor(1);
    extract.scan(part, 1, sink, item -> assessor.assess(item, sink));
    assessor.finish();
  }

  /** The same extracts read row by row: each record at its line, with its values or the right reason. */
  @Property(tries = 100)
  void everyRecordComesOutAtItsLine(@ForAll("extracts") Extract extract,
      @ForAll @IntRange(min = 1, max = 4) int parts) throws IOException {
    Written written = extract.write();
    Path file = Files.createTempFile("accounting-", ".csv");
    try {
      Files.write(file, written.bytes());

      CsvExtract csv = CsvExtract.open(file, "generated.csv");
      assertThat(csv.delimiter()).isEqualTo(extract.delimiter());
      assertThat(csv.header()).containsExactlyElementsOf(extract.header());
      Charset expectedCharset = extract.encoding() == Encoding.WINDOWS_1252_PLAIN
          && !written.nonAscii() ? StandardCharsets.UTF_8 : extract.encoding().charset;
      assertThat(csv.charset()).isEqualTo(expectedCharset);

      int i = 0;
      List<CsvRow> rows = new ArrayList<>();
      for (CsvPart part : csv.parts(parts)) { // read in parts, the records are the file's
        part.read(rows::add);
      }
      for (CsvRow row : rows) {
        assertThat(i).as("more rows than records").isLessThan(extract.records().size());
        Rec rec = extract.records().get(i);
        long line = written.lines().get(i);
        assertThat(row.location().line()).as("line of record #%d", i + 1).isEqualTo(line);
        switch (rec.kind()) {
          case GOOD -> {
            assertThat(row).as("record #%d on line %d", i + 1, line)
                .isInstanceOf(CsvRow.Accepted.class);
            assertThat(((CsvRow.Accepted) row).values()).isEqualTo(rec.values());
          }
          case WRONG_FIELD_COUNT -> {
            assertThat(row).as("record #%d on line %d", i + 1, line)
                .isInstanceOf(CsvRow.Rejected.class);
            assertThat(((CsvRow.Rejected) row).rejection().reason()).startsWith(String.format(
                Locale.ROOT, "has %d fields, the header has %d", rec.values().size(),
                extract.header().size()));
          }
          case INVALID_BYTES -> {
            assertThat(row).as("record #%d on line %d", i + 1, line)
                .isInstanceOf(CsvRow.Rejected.class);
            assertThat(((CsvRow.Rejected) row).rejection().reason()).isEqualTo(String.format(
                Locale.ROOT, "column '%s' (#%d) holds bytes that are not valid UTF-8",
                extract.header().get(rec.invalidColumn()), rec.invalidColumn() + 1));
          }
        }
        i++;
      }
      assertThat(i).as("rows read").isEqualTo(extract.records().size());

    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** A fixed example of the accounting: 3 good records, 2 with the wrong field count, 1 invalid byte. */
  @Example
  void aFixedExtractAddsUp() throws IOException {
    byte[] bytes = concat(
        ("bsn;achternaam;voornaam;postcode\r\n"
            + "111222333;Jansen;Ren\u00e9e;2281 AB\r\n"
            + "999993653;\"de Vries; van\";Zo\u00eb;1234 AB\r\n"
            + "999990482;Bakker\r\n"
            + "999992077;H\u00e9bert;C\u00e9line;3511 CD;extra\r\n"
            + "\r\n"
            + "123456782;Lef\u00e8vre;Aim\u00e9e;").getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xff},
        ("\r\n111222333;Jansen;\"Ren\u00e9e\nPieter\";2281 AB\r\n").getBytes(StandardCharsets.UTF_8));
    Path file = Files.createTempFile("accounting-", ".csv");
    try {
      Files.write(file, bytes);

      AnalysisResult result = ExposureAnalysis.of(
          AnalysisOptions.builder().assessmentDate(ASSESSMENT_DATE).build()).assess(List.of(file));

      assertThat(result.recordsRead()).isEqualTo(6);
      assertThat(result.recordsAssessed()).isEqualTo(3);
      assertThat(result.recordsRejected()).isEqualTo(3);
      assertThat(result.sources()).singleElement().satisfies(s -> {
        assertThat(s.encoding()).isEqualTo("UTF-8");
        assertThat(s.delimiter()).isEqualTo(";");
      });
      assertThat(result.rejections()).extracting(r -> r.location().line(), r -> r.reason())
          .containsExactly(
              tuple(4L, "has 2 fields, the header has 4"),
              tuple(5L, "has 5 fields, the header has 4"),
              tuple(7L, "column 'postcode' (#4) holds bytes that are not valid UTF-8"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  @Provide
  Arbitrary<Extract> extracts() {
    Arbitrary<Integer> columns = Arbitraries.integers().between(3, 8);
    Arbitrary<Encoding> encodings = Arbitraries.of(Encoding.class);
    return Combinators.combine(columns, encodings).flatAs((n, encoding) -> {
      Arbitrary<List<Rec>> good = goodRecord(n).list().ofMaxSize(200);
      Arbitrary<List<Placed>> bad = Combinators.combine(
              badRecord(n, encoding.isUtf8()), Arbitraries.integers().between(0, 10_000))
          .as(Placed::new)
          .list().ofMaxSize(20);
      return Combinators.combine(
              headerNames(n),
              good,
              bad,
              Arbitraries.of(',', ';', '\t', '|'),
              Arbitraries.of("\n", "\r\n", "\r"),
              Arbitraries.of(true, false),
              Arbitraries.of(false, false, false, true))
          .as((header, goodRecords, badRecords, delimiter, eol, finalEol, quoteAll) -> {
            List<Rec> records = new ArrayList<>(goodRecords);
            for (Placed placed : badRecords) {
              records.add(Math.floorMod(placed.position(), records.size() + 1), placed.rec());
            }
            return new Extract(header, records, delimiter, eol, encoding, finalEol, quoteAll);
          });
    });
  }

  /**
   * Distinct names without delimiter candidates, quotes or a leading '{' or '<'. An invented name is
   * a snake_case identifier: a first row of words no one knows is read as a record.
   */
  private static Arbitrary<List<String>> headerNames(int columns) {
    Arbitrary<String> known = Arbitraries.of(
        "bsn", "achternaam", "voornaam", "geboortedatum", "postcode", "diagnose", "huisarts");
    Arbitrary<String> invented = Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz_\u00e9").ofMinLength(1).ofMaxLength(12)
        .filter(s -> Character.isLetter(s.charAt(0)))
        .map(s -> s.indexOf('_') < 0 ? s + "_id" : s);
    return Arbitraries.oneOf(List.of(known, invented)).list().ofSize(columns).uniqueElements();
  }

  /**
   * A value: plain text with now and then a character that needs quotes (a delimiter candidate, a quote,
   * CR or LF), or synthetic personal data.
   */
  private static Arbitrary<String> value() {
    Arbitrary<String> text = Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -./'")
        .withChars("\u00eb\u00e9\u00ef\u00f6\u00fc\u00e7\u00e8")
        .withChars(",;\t|\"\r\n")
        .ofMaxLength(12);
    Arbitrary<String> personal = Arbitraries.of("111222333", "999993653", "999990482",
        "999992077", "123456782", "2281 AB", "1234 AB", "Zo\u00eb", "Ren\u00e9e", "de Vries",
        "1980-03-14", "14-03-1980", "\"Piet\"", "Jansen, P.", "regel een\r\nregel twee");
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, text), Tuple.of(1, personal)));
  }

  /** A record with one field per column, not all of them blank (an all-blank line is no record). */
  private static Arbitrary<Rec> goodRecord(int columns) {
    return value().list().ofSize(columns)
        .filter(values -> values.stream().anyMatch(v -> !v.isBlank()))
        .map(Rec::good);
  }

  private static Arbitrary<Rec> badRecord(int columns, boolean utf8) {
    Arbitrary<Integer> wrongCount = Arbitraries.oneOf(List.of(
        Arbitraries.integers().between(1, columns - 1),
        Arbitraries.integers().between(columns + 1, columns + 3)));
    Arbitrary<Rec> wrongFieldCount = wrongCount.flatMap(count -> value().list().ofSize(count))
        // a single empty field would be a blank line, not a record
        .map(values -> values.size() == 1 ? List.of("x" + values.get(0)) : values)
        .map(values -> new Rec(Kind.WRONG_FIELD_COUNT, values, null, -1));
    if (!utf8) {
      return wrongFieldCount;
    }
    Arbitrary<Rec> invalidBytes = Combinators.combine(
            value().list().ofSize(columns),
            Arbitraries.integers().between(0, columns - 1),
            Arbitraries.of(INVALID_UTF8))
        .as((values, column, bytes) -> {
          List<String> marked = new ArrayList<>(values);
          marked.set(column, values.get(column) + ACCENTED_PADDING + MARK + " " + ACCENTED_PADDING);
          return new Rec(Kind.INVALID_BYTES, List.copyOf(marked), bytes, column);
        });
    return Arbitraries.oneOf(List.of(wrongFieldCount, invalidBytes));
  }

  /** Line breaks as Commons CSV counts them: CRLF, CR and LF each count once. */
  private static long lineBreaks(String s) {
    long count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        count++;
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n') {
        count++;
      }
    }
    return count;
  }
}
