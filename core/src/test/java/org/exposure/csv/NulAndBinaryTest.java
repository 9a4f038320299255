package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.Rejection;
import org.exposure.model.UnusableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NUL bytes in a text extract reject the records that hold them, not the file; a file that is not
 * text (a PDF, an image, an archive, an executable) is refused whole with what it looks like; UTF-16
 * without a byte-order mark is read. Every value is synthetic.
 */
class NulAndBinaryTest {
  private static final String HEADER = "bsn;achternaam;voornaam;geboortedatum;postcode";
  private static final String[] BSNS = {"111222333", "999993653", "999990482", "999992077",
      "999911120", "123456782"};
  private static final AnalysisOptions OPTIONS = AnalysisOptions.builder().threads(1)
      .assessmentDate(LocalDate.of(2025, 7, 1)).build();

  /** A screening extract of {@code records} records, line i + 1 holding record i. */
  private static List<String> lines(int records) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (int i = 0; i < records; i++) {
      lines.add(BSNS[i % BSNS.length] + ";Jansen" + i + ";Anna;03-04-1968;1011 AB");
    }
    return lines;
  }

  private static Path write(Path dir, String name, List<String> lines, Charset charset)
      throws IOException {
    return Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(charset));
  }

  @ParameterizedTest(name = "NULs in records {0}")
  @ValueSource(strings = {"2", "2,17", "1,2,3", "25", "12"})
  void recordsThatHoldNulBytesAreRejectedAndTheOthersAssessed(String marked, @TempDir Path dir)
      throws IOException {
    List<String> lines = lines(25);
    List<Integer> records = Stream.of(marked.split(",")).map(Integer::valueOf).toList();
    for (int record : records) {
      String line = lines.get(record);
      lines.set(record, line.substring(0, 12) + "\0" + line.substring(12));
    }
    Path file = write(dir, "nul.csv", lines, StandardCharsets.UTF_8);

    AnalysisResult r = ExposureAnalysis.of(OPTIONS).assess(List.of(file));

    assertThat(r.skipped()).isEmpty();
    assertThat(r.recordsRead()).isEqualTo(25);
    assertThat(r.recordsRejected()).isEqualTo(records.size());
    assertThat(r.recordsAssessed()).isEqualTo(25 - records.size());
    assertThat(r.rejections()).extracting(x -> x.location().line())
        .containsExactlyElementsOf(records.stream().map(i -> (long) i + 1).toList());
    assertThat(r.rejections()).extracting(Rejection::reason)
        .containsOnly("the record holds NUL bytes");
  }

  @Test
  void nulPaddingAtTheEndIsOneRecordRejected(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((String.join("\n", lines(10)) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[4096]);
    Path file = Files.write(dir.resolve("padded.csv"), bytes.toByteArray());

    AnalysisResult r = ExposureAnalysis.of(OPTIONS).assess(List.of(file));

    assertThat(r.recordsRead()).isEqualTo(11);
    assertThat(r.recordsAssessed()).isEqualTo(10);
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(12);
      assertThat(x.reason()).isEqualTo("the record holds NUL bytes");
    });
  }

  @Test
  void aNulInTheFirstRowMakesNoColumnName(@TempDir Path dir) throws IOException {
    List<String> lines = lines(5);
    lines.set(0, "bsn;achter\0naam;voornaam;geboortedatum;postcode");
    Path file = write(dir, "nul-header.csv", lines, StandardCharsets.UTF_8);

    AnalysisResult r = ExposureAnalysis.of(OPTIONS).assess(List.of(file));

    assertThat(r.recordsRead()).isEqualTo(5);
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .containsExactly("bsn", "column 2", "voornaam", "geboortedatum", "postcode");
  }

  static Stream<Arguments> binaries() {
    byte[] random = new byte[20_000];
    new Random(15).nextBytes(random);
    random[0] = 'x'; // no magic number: the control bytes tell
    return Stream.of(
        Arguments.of("report.pdf", bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>"),
            "looks like a PDF document, not a text extract"),
        Arguments.of("scan.png", bytes("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR"),
            "looks like a PNG image, not a text extract"),
        Arguments.of("photo.csv", bytes("\u00ff\u00d8\u00ff\u00e0\0\u0010JFIF\0"),
            "looks like a JPEG image, not a text extract"),
        Arguments.of("anim.gif", bytes("GIF89a\u0001\0\u0001\0"), "looks like a GIF image"),
        Arguments.of("export.xlsx", bytes("PK\u0003\u0004\u0014\0\u0006\0[Content_Types].xml"),
            "looks like a ZIP archive (damaged), not a text extract"),
        Arguments.of("old.xls", bytes("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\0\0"),
            "looks like an old Office document"),
        Arguments.of("dump.csv.gz", bytes("\u001f\u008b\b\0\0\0\0\0\0\u0003"),
            "looks like a gzip archive, not a text extract"),
        Arguments.of("tool", bytes("\u007fELF\u0002\u0001\u0001\0\0\0"),
            "looks like an ELF executable, not a text extract"),
        Arguments.of("Main.class", bytes("\u00ca\u00fe\u00ba\u00be\0\0\0="),
            "looks like a Java class file, not a text extract"),
        Arguments.of("db.sqlite", bytes("SQLite format 3\0\u0010\0"), "looks like an SQLite database"),
        Arguments.of("dump.bz2", bytes("BZh91AY&SY\u0012\u0034"), "looks like a bzip2 archive"),
        Arguments.of("noise.csv", random,
            "the file holds many control bytes: it looks binary, not a text extract"));
  }

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("binaries")
  void aFileThatIsNotTextIsSkippedWholeWithWhatItLooksLike(String name, byte[] content,
      String reason, @TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve(name), content);
    assertThatThrownBy(() -> CsvExtract.open(file, name))
        .isInstanceOfSatisfying(UnusableSourceException.class,
            e -> assertThat(e.problem()).startsWith(reason));

    // beside a good extract, it is listed as skipped and the extract is read
    Path good = write(dir, "good.csv", lines(3), StandardCharsets.UTF_8);
    AnalysisResult r = ExposureAnalysis.of(OPTIONS).assess(List.of(dir));
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.source()).endsWith(name);
      assertThat(s.reason()).startsWith(reason);
    });
    Files.delete(good);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16WithoutAByteOrderMarkIsRead(String charset, @TempDir Path dir) throws IOException {
    List<String> lines = lines(20);
    lines.set(3, lines.get(3).replace("Anna", "Zo\u00eb"));
    Path file = write(dir, "wide.csv", lines, Charset.forName(charset));

    CsvExtract extract = CsvExtract.open(file, "wide.csv");
    assertThat(extract.charset().name()).isEqualTo(charset);
    assertThat(String.join(";", extract.header())).isEqualTo(HEADER);
    List<CsvRow> rows = new ArrayList<>();
    extract.read(rows::add);
    assertThat(rows).hasSize(20).allMatch(row -> row instanceof CsvRow.Accepted);
    assertThat(((CsvRow.Accepted) rows.get(2)).values()).contains("Zo\u00eb");

    AnalysisResult r = ExposureAnalysis.of(OPTIONS).assess(List.of(file));
    assertThat(r.recordsRead()).isEqualTo(20);
    assertThat(r.recordsAssessed()).isEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
  void utf32IsRefusedWithTheReason(String charset, @TempDir Path dir) throws IOException {
    Path file = write(dir, "wider.csv", lines(5), Charset.forName(charset));
    assertThatThrownBy(() -> CsvExtract.open(file, "wider.csv"))
        .isInstanceOfSatisfying(UnusableSourceException.class,
            e -> assertThat(e.problem()).startsWith("looks like UTF-32 text"));
  }

  @Test
  void textThatStartsAsAMagicNumberWouldIsStillText(@TempDir Path dir) throws IOException {
    // "MZ" and "BZh" start words; without the binary bytes after them they are text.
    Path file = Files.writeString(dir.resolve("mz.csv"),
        "MZ-nummer;bsn\nMZ1;111222333\nMZ2;999993653\n", StandardCharsets.UTF_8);
    assertThat(CsvExtract.open(file, "mz.csv").header()).containsExactly("MZ-nummer", "bsn");
    Path bz = Files.writeString(dir.resolve("bz.csv"), "BZh9;PAR1\nx;y\n", StandardCharsets.UTF_8);
    assertThat(CsvExtract.open(bz, "bz.csv").header()).containsExactly("BZh9", "PAR1");
  }
}
