package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an extract in parts gives the records of reading it whole, at the same lines. */
class CsvPartsTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("parts.csv");
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** 400 records with quotes inside unquoted fields, escaped quotes, blank lines and bad rows. */
  private static String records(String eol) {
    StringBuilder text = new StringBuilder("id;name;note" + eol);
    for (int i = 0; i < 400; i++) {
      switch (i % 7) {
        case 0 -> text.append(i).append(";5\" tall;x").append(eol); // a quote inside a field
        case 1 -> text.append(i).append(";\"a;b\";\"say \"\"hi\"\"\"").append(eol);
        case 2 -> text.append(eol); // blank line
        case 3 -> text.append(i).append(";\"closed\"trailing;y").append(eol);
        case 4 -> text.append(i).append(";too;many;fields").append(eol);
        default -> text.append(i).append(";plain;z").append(eol);
      }
    }
    return text.toString();
  }

  @ParameterizedTest(name = "line ends {0}")
  @ValueSource(strings = {"LF", "CRLF", "CR"})
  void partsHoldTheRecordsOfTheWholeFileAtTheirLines(String ends) throws IOException {
    String eol = switch (ends) {
      case "LF" -> "\n";
      case "CRLF" -> "\r\n";
      default -> "\r";
    };
    CsvExtract extract = CsvExtract.open(write(records(eol)), "parts.csv");
    List<String> whole = describe(extract.parts(1));
    assertThat(whole).as("every record but the 57 blank lines").hasSize(343);
    for (int n = 2; n <= 5; n++) {
      List<CsvPart> parts = extract.parts(n);
      assertThat(parts).as("cut at line breaks").hasSize(n);
      assertThat(describe(parts)).as("%d parts", n).containsExactlyElementsOf(whole);
    }
  }

  /** Over a megabyte: the scan's buffer ends fall inside records, quotes and line ends. */
  @ParameterizedTest(name = "line ends {0}")
  @ValueSource(strings = {"LF", "CRLF"})
  void partsOfALargeFileHoldTheRecordsOfTheWholeFile(String ends) throws IOException {
    String eol = ends.equals("LF") ? "\n" : "\r\n";
    String body = records(eol).substring(("id;name;note" + eol).length());
    CsvExtract extract = CsvExtract.open(
        write("id;name;note" + eol + body.repeat(150)), "parts.csv");
    List<String> whole = describe(extract.parts(1));
    assertThat(whole).hasSize(343 * 150);
    for (int n = 2; n <= 3; n++) {
      assertThat(describe(extract.parts(n))).as("%d parts", n).containsExactlyElementsOf(whole);
    }
  }

  /** Without its header, the first row is a record at line 1 (after any blank lines), in parts too. */
  @ParameterizedTest(name = "{0} blank lines first")
  @ValueSource(ints = {0, 2})
  void aFileReadWithoutItsHeaderHasItsFirstRowAsARecord(int blankLines) throws IOException {
    String body = records("\n").substring("id;name;note\n".length());
    CsvExtract extract = CsvExtract.open(write("\n".repeat(blankLines) + body), "parts.csv")
        .withoutHeader();
    assertThat(extract.hasHeader()).isFalse();
    assertThat(extract.header()).containsExactly("column 1", "column 2", "column 3");
    List<String> whole = describe(extract.parts(1));
    assertThat(whole).first().isEqualTo((blankLines + 1) + " [0, 5\" tall, x]");
    assertThat(whole).as("every record but the 57 blank lines").hasSize(343);
    for (int n = 2; n <= 4; n++) {
      assertThat(describe(extract.parts(n))).as("%d parts", n).containsExactlyElementsOf(whole);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1;\"two\nlines\";x\n", "1;a\"b;\"open\nclose\"\n"})
  void aQuotedLineBreakKeepsTheFileInOnePart(String record) throws IOException {
    String text = records("\n") + record + records("\n").substring("id;name;note\n".length());
    CsvExtract extract = CsvExtract.open(write(text), "parts.csv");

    assertThat(extract.parts(4)).hasSize(1);
  }

  /** Past the megabyte the parser's text is kept for: a stray quote there loses no record either. */
  @ParameterizedTest(name = "line ends {0}")
  @ValueSource(strings = {"LF", "CRLF"})
  void strayQuotesFarIntoALargeFileLoseNoRecord(String ends) throws IOException {
    String eol = ends.equals("LF") ? "\n" : "\r\n";
    StringBuilder text = new StringBuilder("id;name;note" + eol);
    int records = 60_000;
    for (int i = 0; i < records; i++) {
      boolean stray = i == 35_000 || i == 59_990;
      text.append(i).append(";name ").append(i).append(stray ? ";\"open" : ";\"quoted\"").append(eol);
    }
    CsvExtract extract = CsvExtract.open(write(text.toString()), "parts.csv");
    List<String> rows = describe(extract.parts(4));
    assertThat(rows).hasSize(records);
    for (int i = 0; i < records; i++) {
      String row = rows.get(i);
      assertThat(row).startsWith((i + 2) + " ");
      if (i == 35_000 || i == 59_990) {
        assertThat(row).contains("an unclosed quote joins this line");
      } else {
        assertThat(row).endsWith("[" + i + ", name " + i + ", quoted]");
      }
    }
  }

  private static List<String> describe(List<CsvPart> parts) throws IOException {
    List<String> rows = new ArrayList<>();
    for (CsvPart part : parts) {
      part.read(row -> rows.add(row.location().line() + " " + (row instanceof CsvRow.Accepted a
          ? a.values().toString() : ((CsvRow.Rejected) row).rejection().reason())));
    }
    return rows;
  }
}
