package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exposure.model.UnusableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the byte-exact fixtures under {@code src/test/resources/csv/}. All data there is synthetic: BSNs
 * from the public test set, invented names, sample postcodes.
 */
class CsvExtractTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final List<String> HEADER =
      List.of("bsn", "achternaam", "voornaam", "geboortedatum", "postcode");
  private static final List<String> REMARK_HEADER =
      List.of("bsn", "achternaam", "voornaam", "opmerking", "postcode");

  private static final List<String> JANSEN =
      List.of("111222333", "Jansen", "Pieter", "1980-03-14", "2281 AB");
  private static final List<String> DE_VRIES =
      List.of("999993653", "de Vries", "Anna", "1975-11-02", "1234 AB");
  private static final List<String> BAKKER =
      List.of("999990482", "Bakker", "Sanne", "2001-06-30", "3511 CD");

  /** The same three people, as the delimiter and plain-encoding fixtures hold them on lines 2-4. */
  private static final List<Row> PLAIN_ROWS =
      List.of(Row.accepted(2, JANSEN), Row.accepted(3, DE_VRIES), Row.accepted(4, BAKKER));

  /** The same with accented first names, as the UTF-8, Windows-1252 and UTF-16 fixtures hold them. */
  private static final List<Row> ACCENTED_ROWS = List.of(
      Row.accepted(2, List.of("111222333", "Jansen", "Zo\u00eb", "1980-03-14", "2281 AB")),
      Row.accepted(3, List.of("999993653", "de Vries", "Ren\u00e9e", "1975-11-02", "1234 AB")),
      Row.accepted(4, BAKKER));

  // ---------------------------------------------------------------------------------------------
  // Delimiters

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", value = {
      "delimiter-comma.csv     => ,",
      "delimiter-semicolon.csv => ;",
      "delimiter-tab.csv       => TAB",
      "delimiter-pipe.csv      => |",
  })
  void detectsTheDelimiter(String fixture, String delimiterName) throws Exception {
    char expected = "TAB".equals(delimiterName) ? '\t' : delimiterName.charAt(0);

    CsvExtract extract = open(fixture);
    assertThat(extract.delimiter()).isEqualTo(expected);
    assertThat(extract.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(extract.header()).containsExactlyElementsOf(HEADER);
    assertThat(extract.source()).isEqualTo(fixture);
    assertThat(rows(extract)).containsExactlyElementsOf(PLAIN_ROWS);
  }

  // ---------------------------------------------------------------------------------------------
  // Encodings

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("utf8-bom.csv", StandardCharsets.UTF_8, ';', PLAIN_ROWS),
        Arguments.of("utf8-accents.csv", StandardCharsets.UTF_8, ',', ACCENTED_ROWS),
        Arguments.of("windows-1252.csv", WINDOWS_1252, ';', ACCENTED_ROWS),
        Arguments.of("utf16le-bom.txt", StandardCharsets.UTF_16LE, '\t', ACCENTED_ROWS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void detectsTheEncoding(String fixture, Charset charset, char delimiter, List<Row> expected)
      throws Exception {
    CsvExtract extract = open(fixture);
    assertThat(extract.charset()).isEqualTo(charset);
    assertThat(extract.delimiter()).isEqualTo(delimiter);
    assertThat(extract.header()).containsExactlyElementsOf(HEADER);
    assertThat(rows(extract)).containsExactlyElementsOf(expected);
  }

  /** Excel's first line {@code sep=;} names the delimiter: it is neither a record nor the header. */
  @ParameterizedTest
  @ValueSource(strings = {"sep=;", "SEP=;", "\"sep=;\"", "sep=;  ", "\n\nsep=;", "sep=;;;", "\"sep=;\";;"})
  void anExcelSeparatorLineNamesTheDelimiter(String directive, @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("excel.csv"), directive + "\nbsn;naam;diagnose\n"
        + "111222333;Jantje Pietersen;B20\n123456782;Marietje Klaassen;E11.9\n", StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "excel.csv");

    assertThat(extract.delimiter()).isEqualTo(';');
    assertThat(extract.header()).containsExactly("bsn", "naam", "diagnose");
    assertThat(rows(extract)).extracting(Row::line).hasSize(2);
    assertThat(rows(extract)).allMatch(r -> r.reason() == null);
    // a "sep=" line that is not the first is a record like any other
    Path late = Files.writeString(dir.resolve("late.csv"), "bsn;naam\nsep=;\n111222333;Anna\n",
        StandardCharsets.UTF_8);
    assertThat(rows(CsvExtract.open(late, "late.csv"))).hasSize(2);
  }

  @Test
  void anExcelSeparatorLineNamesATab(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("tab.csv"), "sep=\t\nbsn\tnaam\n111222333\tAnna\n",
        StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "tab.csv");
    assertThat(extract.delimiter()).isEqualTo('\t');
    assertThat(extract.header()).containsExactly("bsn", "naam");
  }

  /** A title or note above the table is told from its header, and its lines are handed back. */
  @ParameterizedTest
  @ValueSource(strings = {"Export patientenlijst", "# export 2024", "Rapport HIV-poli\n\n",
      "Export 2024-03-01,,,", ",,,", "Lab X\nExport 2024-03-01"})
  void aTitleAboveTheTableIsNotItsHeader(String title, @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("titled.csv"), title + "\nbsn,naam,geboortedatum,diagnose\n"
        + "111222333,Jantje Pietersen,03-04-1968,B20\n123456782,Marietje Klaassen,12-11-1975,E11.9\n",
        StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "titled.csv");
    long titleLines = title.lines().filter(l -> !l.replace(",", "").isBlank()).count();
    assertThat(extract.header()).containsExactly("bsn", "naam", "geboortedatum", "diagnose");
    assertThat(extract.preamble()).hasSize((int) titleLines);
    assertThat(rows(extract)).hasSize(2).allMatch(r -> r.reason() == null);
  }

  /** A header that ends in a delimiter names an empty last column: records without it are whole. */
  @Test
  void aHeaderEndingInADelimiterTakesRecordsWithoutIt(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("trailing.csv"), "bsn,naam,diagnose,\n"
        + "111222333,Jantje Pietersen,B20\n123456782,Marietje Klaassen,E11.9,\n1,2\n",
        StandardCharsets.UTF_8);
    List<Row> rows = rows(CsvExtract.open(file, "trailing.csv"));
    assertThat(rows).extracting(Row::reason).containsExactly(null, null,
        "has 2 fields, the header has 4");
    assertThat(rows.get(0).values()).containsExactly("111222333", "Jantje Pietersen", "B20", "");
  }

  /** Without a table below, a first line filling one cell is the header still (one column). */
  @Test
  void aOneColumnFileHasNoTitle(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("one.csv"), "naam\nAnna\nSanne\n", StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "one.csv");
    assertThat(extract.header()).containsExactly("naam");
    assertThat(extract.preamble()).isEmpty();
  }

  /** An export that writes its header again every page: each repeat is rejected, not a record. */
  @Test
  void aRowRepeatingTheHeaderIsRejectedAsSuch(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder("bsn,naam,diagnose\n");
    String[] repeats = {"bsn,naam,diagnose", " BSN , Naam ,DIAGNOSE", "\uFEFFbsn,,"};
    for (int i = 1; i <= 30; i++) {
      text.append(i % 10 == 0 ? repeats[i / 10 - 1] + "\n" : "111222333,Jantje Pietersen,B20\n");
    }
    Path file = Files.writeString(dir.resolve("pages.csv"), text, StandardCharsets.UTF_8);
    List<Row> rows = rows(CsvExtract.open(file, "pages.csv"));

    assertThat(rows).hasSize(30);
    assertThat(rows).filteredOn(r -> r.reason() != null).extracting(Row::line, Row::reason)
        .containsExactly(tuple(11L, "repeats the header row"), tuple(21L, "repeats the header row"),
            tuple(31L, "repeats the header row"));
  }

  @Test
  void skipsTheUtf8ByteOrderMark() throws Exception {
    assertThat(bytes("utf8-bom.csv")).startsWith((byte) 0xef, (byte) 0xbb, (byte) 0xbf, (byte) 'b');

    CsvExtract extract = open("utf8-bom.csv");
    assertThat(extract.header().get(0)).isEqualTo("bsn").doesNotContain("\uFEFF");
  }

  @Test
  void readsWindows1252() throws Exception {
    byte[] bytes = bytes("windows-1252.csv");
    assertThat(bytes).contains((byte) 0xeb).contains((byte) 0xe9); // the ë of Zoë, the é of Renée

    CsvExtract extract = open("windows-1252.csv");
    assertThat(extract.charset().name()).isEqualTo("windows-1252");
    List<Row> rows = rows(extract);
    assertThat(rows).extracting(r -> r.values().get(2)).containsExactly("Zo\u00eb", "Ren\u00e9e", "Sanne");
  }

  @Test
  void readsUtf16LittleEndianWithByteOrderMark() throws Exception {
    assertThat(bytes("utf16le-bom.txt")).startsWith((byte) 0xff, (byte) 0xfe, (byte) 'b', (byte) 0);

    CsvExtract extract = open("utf16le-bom.txt");
    assertThat(extract.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(extract.delimiter()).isEqualTo('\t');
    assertThat(extract.header().get(0)).isEqualTo("bsn");
  }

  // ---------------------------------------------------------------------------------------------
  // Quoting, line endings, blank lines

  @Test
  void readsQuotedDelimitersDoubledQuotesAndLineBreaks() throws Exception {
    CsvExtract extract = open("quoted.csv");
    assertThat(extract.delimiter()).isEqualTo(',');
    assertThat(extract.header()).containsExactlyElementsOf(REMARK_HEADER);
    assertThat(rows(extract)).containsExactly(
        // lines 2-3: one record with a line break inside quotes
        Row.accepted(2,
            List.of("111222333", "Jansen, van", "Pieter", "eerste regel\ntweede regel", "2281 AB")),
        Row.accepted(4, List.of("999993653", "de Vries", "Anna \"Ans\"", "geen", "1234 AB")),
        Row.accepted(5, List.of("999990482", "Bakker; Bos", "Sanne", "a|b", "3511 CD")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"eol-crlf.csv, CRLF", "eol-lf.csv, LF", "eol-cr.csv, CR"})
  void readsEveryLineEndingAlike(String fixture, String ending) throws Exception {
    String eol = switch (ending) {
      case "CRLF" -> "\r\n";
      case "LF" -> "\n";
      case "CR" -> "\r";
      default -> throw new IllegalArgumentException(ending);
    };
    assertThat(new String(bytes(fixture), StandardCharsets.US_ASCII).split(eol, -1))
        .as("the fixture's line endings").hasSize(6)
        .allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n"));

    CsvExtract extract = open(fixture);
    assertThat(extract.header()).containsExactlyElementsOf(REMARK_HEADER);
    assertThat(rows(extract)).containsExactly(
        Row.accepted(2, List.of("111222333", "Jansen", "Pieter", "geen", "2281 AB")),
        // lines 3-4: the line break inside quotes is kept as written
        Row.accepted(3,
            List.of("999993653", "de Vries", "Anna", "eerste regel" + eol + "tweede regel", "1234 AB")),
        Row.accepted(5, List.of("999990482", "Bakker", "Sanne", "geen", "3511 CD")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"blank-lines-lf.csv", "blank-lines-crlf.csv"})
  void skipsBlankLinesWithoutShiftingLineNumbers(String fixture) throws Exception {
    // line 1 header, 2 Jansen, 3 blank, 4 de Vries, 5-6 blank, 7 Bakker, 8 blank
    CsvExtract extract = open(fixture);
    assertThat(extract.header()).containsExactlyElementsOf(HEADER);
    assertThat(rows(extract)).containsExactly(
        Row.accepted(2, JANSEN), Row.accepted(4, DE_VRIES), Row.accepted(7, BAKKER));
  }

  // ---------------------------------------------------------------------------------------------
  // Rejected records

  @Test
  void rejectsRecordsWithTheWrongNumberOfFields() throws Exception {
    CsvExtract extract = open("field-count.csv");
    List<CsvRow> raw = new ArrayList<>();
    extract.read(raw::add);

    assertThat(raw).extracting(CsvExtractTest::toRow).containsExactly(
        Row.accepted(2, JANSEN),
        Row.rejected(3, "has 2 fields, the header has 5"),
        Row.accepted(4, DE_VRIES),
        Row.rejected(5, "has 6 fields, the header has 5"),
        Row.accepted(6, BAKKER),
        Row.accepted(7, List.of("999992077", "Smit", "Lotte", "1990-01-01", "2281 AB")));
    assertThat(raw.get(1)).isInstanceOf(CsvRow.Rejected.class);
    assertThat(raw.get(1).location().source()).isEqualTo("field-count.csv");
    // a rejection quotes no value of the record
    assertThat(raw.get(1).toString()).doesNotContain("999993653", "de Vries");
    assertThat(raw.get(3).toString()).doesNotContain("999990482", "Bakker", "extra");
  }

  @Test
  void rejectsTheRecordWithAnInvalidUtf8Byte() throws Exception {
    byte[] bytes = bytes("invalid-utf8.csv");
    assertThat(bytes).contains((byte) 0xff);

    CsvExtract extract = open("invalid-utf8.csv");
    assertThat(extract.charset()).isEqualTo(StandardCharsets.UTF_8);
    List<Row> rows = rows(extract);
    assertThat(rows).containsExactly(
        Row.accepted(2, List.of("111222333", "Jansen", "Ren\u00e9e", "1980-03-14", "2281 AB")),
        Row.accepted(3,
            List.of("999993653", "H\u00e9bert", "C\u00e9line", "1975-11-02", "1234 AB")),
        Row.rejected(4, "column 'voornaam' (#3) holds bytes that are not valid UTF-8"),
        Row.accepted(5,
            List.of("999992077", "Lef\u00e8vre", "Aim\u00e9e", "1990-01-01", "2281 AB")),
        Row.accepted(6, List.of("123456782", "Dupr\u00e9", "Ren\u00e9", "1966-05-05", "3511 CD")));
    assertThat(rows.get(2).reason()).contains("voornaam", "not valid UTF-8");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"unclosed-quote.csv", "unclosed-quote-no-final-eol.csv"})
  void rejectsTheLineOfAnUnclosedQuoteAndReadsTheLinesItJoined(String fixture) throws Exception {
    // line 3 opens a quote that is never closed: it joined line 4 to it, and Bakker was lost
    CsvExtract extract = open(fixture);
    List<Row> rows = rows(extract);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(Row.accepted(2, JANSEN));
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(1).values()).isNull();
    assertThat(rows.get(1).reason()).startsWith("an unclosed quote joins this line");
    assertThat(rows.get(2)).isEqualTo(Row.accepted(4, BAKKER));
  }

  /**
   * A stray quote in the last column closes at the next line's first quote: the field count comes out
   * right, but the record holds a record's worth of delimiters past its line break.
   */
  @Test
  void aStrayQuoteThatClosesOnALaterLineLosesNoRecord(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("stray.csv"), String.join("\r\n",
        "bsn,naam,opmerking",
        "111222333,Jansen,\"controle",
        "999993653,de Vries,\"geen bijzonderheden\"",
        "999990482,Bakker,ok",
        "123456782,Verbeek,\"two",
        "lines\"",
        ""), StandardCharsets.UTF_8);
    List<Row> rows = rows(CsvExtract.open(file, "stray.csv"));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(rows.get(0).reason()).startsWith("an unclosed quote joins this line");
    assertThat(rows.get(1)).isEqualTo(
        Row.accepted(3, List.of("999993653", "de Vries", "geen bijzonderheden")));
    assertThat(rows.get(2)).isEqualTo(Row.accepted(4, List.of("999990482", "Bakker", "ok")));
    // A quoted line break with no delimiters after it is a field over two lines, as written.
    assertThat(rows.get(3)).isEqualTo(
        Row.accepted(5, List.of("123456782", "Verbeek", "two\r\nlines")));
  }

  // ---------------------------------------------------------------------------------------------
  // Unusable sources, header only, missing file

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", value = {
      "empty.csv            => the file is empty; expected a header row",
      "bom-only.csv         => the file is empty; expected a header row",
      "binary.csv           => looks like a PNG image, not a text extract",
      "blank-lines-only.csv => the file holds only blank lines; expected a header row",
  })
  void refusesUnusableSources(String fixture, String problem) throws Exception {
    Path file = fixture(fixture);

    assertThatThrownBy(() -> CsvExtract.open(file, fixture))
        .isInstanceOfSatisfying(UnusableSourceException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.getMessage()).isEqualTo(fixture + ": " + problem);
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"empty.csv", "bom-only.csv"})
  void saysAnEmptySourceIsEmpty(String fixture) throws Exception {
    Path file = fixture(fixture);
    assertThat(Files.size(file)).isLessThanOrEqualTo(3);

    assertThatThrownBy(() -> CsvExtract.open(file, fixture))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageStartingWith(fixture)
        .hasMessageContaining("empty");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"header-only.csv", "header-only-no-final-eol.csv"})
  void readsAHeaderOnlyFileAsZeroRows(String fixture) throws Exception {
    CsvExtract extract = open(fixture);
    assertThat(extract.header()).containsExactlyElementsOf(HEADER);
    assertThat(extract.delimiter()).isEqualTo(';');
    assertThat(rows(extract)).isEmpty();
  }

  @Test
  void throwsNoSuchFileForAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.csv");

    assertThatThrownBy(() -> CsvExtract.open(missing, "missing.csv"))
        .isInstanceOf(NoSuchFileException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Redaction

  @Test
  void acceptedRowsToStringRedactsTheValues() throws Exception {
    CsvExtract extract = open("delimiter-comma.csv");
    for (CsvRow row : all(extract)) {
      assertThat(row).isInstanceOf(CsvRow.Accepted.class);
      List<String> values = ((CsvRow.Accepted) row).values();
      String text = row.toString();
      for (String value : values) {
        assertThat(text.contains(value)).as("toString() of the row on line %d quotes a value",
            row.location().line()).isFalse();
      }
      assertThat(text).contains("delimiter-comma.csv:" + row.location().line(), "redacted");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Known bugs in main code (see the report)

  @Test
  void detectsTheDelimiterBehindLeadingBlankLines() throws Exception {
    // lines 1-2 blank, 3 header, 4-6 records
    CsvExtract extract = open("leading-blank-lines.csv");
    assertThat(extract.delimiter()).isEqualTo(';');
    assertThat(extract.header()).containsExactlyElementsOf(HEADER);
    assertThat(rows(extract)).containsExactly(
        Row.accepted(4, JANSEN), Row.accepted(5, DE_VRIES), Row.accepted(6, BAKKER));
  }

  @Test
  void aLineHoldingOnlyAQuotedEmptyFieldCarriesNoDataAndIsSkippedLikeABlankLine() throws Exception {
    // Commons CSV does not tell "" from an empty line; neither holds a value.
    CsvExtract extract = open("quoted-empty-line.csv");
    assertThat(rows(extract)).containsExactly(
        Row.accepted(2, JANSEN),
        Row.accepted(4, DE_VRIES));
  }

  // ---------------------------------------------------------------------------------------------
  // A header is one physical line

  private static final String UTF8_BOM = "\uFEFF";

  static Stream<Arguments> brokenHeaderLayouts() {
    return Stream.of(
        Arguments.of("", "\n"), Arguments.of("", "\r\n"), Arguments.of("", "\r"),
        Arguments.of(UTF8_BOM, "\n"), Arguments.of("\n\n", "\n"), Arguments.of("\r\n", "\r\n"),
        Arguments.of(UTF8_BOM + "\n", "\n"));
  }

  /**
   * A header with a stray quote joined every line after it into its last column: no record was read,
   * and the names and BSNs became a column name. The header is its first line, read leniently, and the
   * lines after it are records at their own lines.
   */
  @ParameterizedTest(name = "{index}")
  @MethodSource("brokenHeaderLayouts")
  void aHeaderWithAStrayQuoteIsItsFirstLineAndTheLinesAfterItAreRecords(String before, String eol,
      @TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("broken-header.csv"), before + String.join(eol,
        "id,\"naam,geb",
        "1,Jansen,999993653",
        "2,de Vries,111222333",
        "3,Bakker",
        "",
        "4,Smit,999990482",
        "5,Verbeek"), StandardCharsets.UTF_8);
    long first = before.replace(UTF8_BOM, "").replace("\r\n", "\n").length() + 1L; // the header's line
    CsvExtract extract = CsvExtract.open(file, "broken-header.csv");

    assertThat(extract.header()).containsExactly("id", "naam,geb");
    assertThat(String.join("|", extract.header()))
        .doesNotContain("Jansen", "999993653", "Vries", "111222333", "Bakker", "Smit", "999990482",
            "\n", "\r");
    List<Row> expected = List.of(
        Row.rejected(first + 1, "has 3 fields, the header has 2"),
        Row.rejected(first + 2, "has 3 fields, the header has 2"),
        Row.accepted(first + 3, List.of("3", "Bakker")),
        Row.rejected(first + 5, "has 3 fields, the header has 2"),
        Row.accepted(first + 6, List.of("5", "Verbeek")));
    assertThat(rows(extract)).containsExactlyElementsOf(expected);
    for (int n = 1; n <= 4; n++) {
      List<Row> inParts = new ArrayList<>();
      for (CsvPart part : extract.parts(n)) {
        part.read(row -> inParts.add(toRow(row)));
      }
      assertThat(inParts).as("%d parts", n).containsExactlyElementsOf(expected);
    }
    assertThat(extract.firstRecords(2)).extracting(CsvExtractTest::toRow)
        .containsExactlyElementsOf(expected.subList(0, 2));
    // read without a header, the header's line is a record: its stray quote rejects it alone
    List<Row> headerless = rows(extract.withoutHeader());
    assertThat(headerless).first().satisfies(row -> {
      assertThat(row.line()).isEqualTo(first);
      assertThat(row.reason()).startsWith("an unclosed quote joins this line");
    });
    assertThat(headerless.subList(1, headerless.size())).containsExactlyElementsOf(expected);
  }

  /** The same with the stray quote in the last of three columns: the records fit the header. */
  @Test
  void aHeaderWithAStrayQuoteInItsLastColumnKeepsEveryRecord(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("broken-header.csv"), String.join("\n",
        "id,naam,\"bsn",
        "1,Jansen,999993653",
        "2,de Vries,111222333",
        ""), StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "broken-header.csv");

    assertThat(extract.header()).containsExactly("id", "naam", "bsn");
    assertThat(rows(extract)).containsExactly(
        Row.accepted(2, List.of("1", "Jansen", "999993653")),
        Row.accepted(3, List.of("2", "de Vries", "111222333")));
  }

  /** A quoted line break in the header no longer carries the next line into a column name. */
  @Test
  void aHeaderCellHoldingALineBreakCarriesNoDataIntoAColumnName(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("multiline-header.csv"), String.join("\r\n",
        "id,\"naam",
        "999993653 Jansen\",bsn",
        "1,Jansen,999993653",
        ""), StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "multiline-header.csv");

    assertThat(extract.header()).containsExactly("id", "naam");
    assertThat(rows(extract)).containsExactly(
        Row.accepted(2, List.of("999993653 Jansen\"", "bsn")),
        Row.rejected(3, "has 3 fields, the header has 2"));
  }

  /** A large file with a broken header: the records after it are split and sampled as any other. */
  @Test
  void aLargeFileWithABrokenHeaderIsSplitAndSampledFromItsRecords(@TempDir Path dir)
      throws Exception {
    StringBuilder text = new StringBuilder("id,\"naam\n");
    int records = 30_000;
    for (int i = 0; i < records; i++) {
      text.append(i).append(",name ").append(i).append('\n');
    }
    Path file = Files.writeString(dir.resolve("large.csv"), text, StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "large.csv");

    assertThat(extract.header()).containsExactly("id", "naam");
    List<CsvPart> parts = extract.parts(4);
    assertThat(parts).as("the header's quote does not keep the file whole").hasSize(4);
    List<Row> rows = new ArrayList<>();
    for (CsvPart part : parts) {
      part.read(row -> rows.add(toRow(row)));
    }
    assertThat(rows).hasSize(records);
    for (int i = 0; i < records; i += 997) {
      assertThat(rows.get(i)).isEqualTo(Row.accepted(i + 2, List.of(String.valueOf(i), "name " + i)));
    }
    List<List<String>> sample = extract.spreadSample(64);
    assertThat(sample).isNotEmpty()
        .allSatisfy(values -> assertThat(values.get(1)).isEqualTo("name " + values.get(0)));
  }

  /** A normal header with a blank-looking {@code ""} line before it: the header is the next line. */
  @Test
  void aQuotedEmptyLineBeforeTheHeaderIsABlankLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("quoted-blank.csv"),
        "\"\"\n\nid,naam\n1,Jansen\n", StandardCharsets.UTF_8);
    CsvExtract extract = CsvExtract.open(file, "quoted-blank.csv");
    assertThat(extract.header()).containsExactly("id", "naam");
    assertThat(rows(extract)).containsExactly(Row.accepted(4, List.of("1", "Jansen")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void aBrokenHeaderInUtf16IsItsFirstLine(String charset, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken-header-utf16.txt");
    Files.write(file, ("\uFEFF\r\nid\t\"naam\r\n1\tJansen\r\n2\tde Vries\t999993653\r\n")
        .getBytes(Charset.forName(charset)));
    CsvExtract extract = CsvExtract.open(file, "broken-header-utf16.txt");
    assertThat(extract.charset()).isEqualTo(Charset.forName(charset));
    assertThat(extract.header()).containsExactly("id", "naam");
    assertThat(rows(extract)).containsExactly(
        Row.accepted(3, List.of("1", "Jansen")),
        Row.rejected(4, "has 3 fields, the header has 2"));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /**
   * What a {@link CsvRow} says, in a form that compares by value: the line, and the values of an
   * accepted row or the reason of a rejected one.
   */
  record Row(long line, List<String> values, String reason) {
    static Row accepted(long line, List<String> values) {
      return new Row(line, values, null);
    }

    static Row rejected(long line, String reason) {
      return new Row(line, null, reason);
    }
  }

  private static Row toRow(CsvRow row) {
    if (row instanceof CsvRow.Accepted accepted) {
      return Row.accepted(accepted.location().line(), accepted.values());
    }
    CsvRow.Rejected rejected = (CsvRow.Rejected) row;
    return Row.rejected(rejected.location().line(), rejected.rejection().reason());
  }

  private static List<CsvRow> all(CsvExtract extract) throws IOException {
    List<CsvRow> rows = new ArrayList<>();
    extract.read(rows::add);
    return rows;
  }

  private static List<Row> rows(CsvExtract extract) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (CsvRow row : all(extract)) {
      assertThat(row.location().source()).isEqualTo(extract.source());
      rows.add(toRow(row));
    }
    return rows;
  }

  private static CsvExtract open(String fixture) throws IOException, URISyntaxException {
    return CsvExtract.open(fixture(fixture), fixture);
  }

  private static Path fixture(String name) throws URISyntaxException {
    URL url = CsvExtractTest.class.getResource("/csv/" + name);
    assertThat(url).as("test resource /csv/%s", name).isNotNull();
    return Path.of(url.toURI());
  }

  private static byte[] bytes(String fixture) throws IOException, URISyntaxException {
    return Files.readAllBytes(fixture(fixture));
  }
}
