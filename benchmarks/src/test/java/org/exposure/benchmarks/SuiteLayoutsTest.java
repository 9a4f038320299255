package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SuiteLayoutsTest {
  private static final int ROWS = 3_000;
  private static final Pattern SSN = Pattern.compile("9\\d\\d-(\\d\\d)-(\\d{4})");

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(SuiteLayout.class)
  void aLayoutIsTheSameBytesForTheSameSeedAndOtherBytesForAnother(SuiteLayout layout) throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Path other = dir.resolve("other");
    SuiteLayouts.write(layout, ROWS, 7, first);
    SuiteLayouts.write(layout, ROWS, 7, second);
    SuiteLayouts.write(layout, ROWS, 8, other);
    assertThat(contents(second)).isEqualTo(contents(first));
    assertThat(contents(other)).isNotEqualTo(contents(first));
  }

  @ParameterizedTest
  @EnumSource(value = SuiteLayout.class, names = "FHIR", mode = EnumSource.Mode.EXCLUDE)
  void aCsvLayoutHasTheRowsAskedOfOneWidthInItsDeclaredDialect(SuiteLayout layout) throws IOException {
    List<CSVRecord> records = read(layout, ROWS);
    assertThat(records).hasSize(ROWS + 1);
    int width = records.get(0).size();
    assertThat(width).isGreaterThanOrEqualTo(10);
    for (CSVRecord record : records) {
      assertThat(record.size()).as("record %d", record.getRecordNumber()).isEqualTo(width);
    }
  }

  @Test
  void theFhirExportHoldsAPatientPerWomanAndAnObservationPerRecord() throws IOException {
    Path folder = dir.resolve("fhir");
    SuiteLayouts.write(SuiteLayout.FHIR, ROWS, 7, folder);
    assertThat(Files.readAllLines(folder.resolve("Patient.ndjson"))).hasSize(ROWS)
        .allMatch(line -> line.startsWith("{\"resourceType\":\"Patient\""));
    assertThat(Files.readAllLines(folder.resolve("Observation.ndjson")).size()).isGreaterThanOrEqualTo(ROWS);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
          "Patient.ndjson", "Observation.ndjson");
    }
  }

  @Test
  void theWideLayoutHasAtLeastSixtyColumns() throws IOException {
    assertThat(read(SuiteLayout.WIDE, 10).get(0).size()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void theLineBreakLayoutHoldsLineBreaksInsideQuotedCells() throws IOException {
    List<CSVRecord> records = read(SuiteLayout.LINE_BREAKS, ROWS);
    long withBreaks = records.stream().skip(1).filter(r -> r.get(3).contains("\n")).count();
    assertThat(withBreaks).as("every address holds a break").isEqualTo(ROWS);
    assertThat(records.stream().skip(1).filter(r -> r.get(9).contains("\n")).count())
        .as("remarks over lines").isGreaterThan(ROWS / 10);
    String text = Files.readString(dir.resolve(SuiteLayout.LINE_BREAKS.token()));
    assertThat(Pattern.compile("[^\r]\n").matcher(text).find()).as("a bare LF inside a cell").isTrue();
    assertThat(text).as("records end in CRLF").contains("\"\r\n");
  }

  @Test
  void theWindows1252LayoutIsNotUtf8AndHoldsAccentedNames() throws IOException {
    List<CSVRecord> records = read(SuiteLayout.CP1252, ROWS);
    assertThat(records.get(0).get(0)).isEqualTo("Patiëntnummer");
    assertThat(records.stream().skip(1).filter(r -> !r.get(2).chars().allMatch(c -> c < 128)
        || !r.get(4).chars().allMatch(c -> c < 128)).count()).isGreaterThan(ROWS / 10);
    byte[] bytes = Files.readAllBytes(dir.resolve(SuiteLayout.CP1252.token()));
    assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
        .decode(ByteBuffer.wrap(bytes))).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void theLongRemarkLayoutHasRemarksOfSeveralKilobytesOnSomeRows() throws IOException {
    List<CSVRecord> records = read(SuiteLayout.LONG_REMARKS, ROWS);
    long longOnes = records.stream().skip(1).filter(r -> r.get(14).length() >= 2_048).count();
    assertThat(longOnes).isBetween(10L, (long) ROWS / 10);
    assertThat(records.stream().skip(1).mapToInt(r -> r.get(14).length()).max().orElse(0))
        .isGreaterThan(6_000);
  }

  @Test
  void theCombinedLayoutJoinsHpvAndCytologyInOneCell() throws IOException {
    List<String> results = read(SuiteLayout.COMBINED_CELLS, ROWS).stream().skip(1).map(r -> r.get(9)).toList();
    assertThat(results).anyMatch(r -> r.matches("hrHPV positief / Pap \\w+"))
        .anyMatch(r -> r.matches("HPV: positief \\(.+\\); Cytologie: Pap \\w+"))
        .anyMatch(r -> r.equals("hrHPV negatief"));
  }

  @Test
  void thePerResultLayoutRepeatsAWomansNumbersOnEachOfHerRows() throws IOException {
    Map<String, Set<String>> patientNumbers = new HashMap<>();
    Map<String, Integer> rowsPerWoman = new HashMap<>();
    for (CSVRecord r : read(SuiteLayout.PER_RESULT, ROWS).subList(1, ROWS + 1)) {
      patientNumbers.computeIfAbsent(r.get(0), k -> new HashSet<>()).add(r.get(1));
      rowsPerWoman.merge(r.get(0), 1, Integer::sum);
    }
    assertThat(patientNumbers.values()).allMatch(numbers -> numbers.size() == 1);
    assertThat(rowsPerWoman.values()).allMatch(n -> n >= 1 && n <= 8);
    assertThat(rowsPerWoman.size()).as("about three rows per woman").isLessThan(ROWS / 2);
  }

  @ParameterizedTest
  @EnumSource(value = SuiteLayout.class, names = {"REMARKS", "COMBINED_CELLS", "WIDE", "LINE_BREAKS",
      "CP1252", "PER_RESULT"})
  void dutchLayoutsHoldValidBsns(SuiteLayout layout) throws IOException {
    List<CSVRecord> records = read(layout, ROWS);
    int column = records.get(0).toList().stream().map(String::toLowerCase).toList().indexOf("bsn");
    Set<String> bsns = new HashSet<>();
    for (CSVRecord r : records.subList(1, records.size())) {
      assertThat(elevenProof(r.get(column))).as("11-proef").isTrue();
      bsns.add(r.get(column));
    }
    assertThat(bsns.size()).isGreaterThan(layout == SuiteLayout.PER_RESULT ? ROWS / 5 : ROWS - 1);
  }

  @Test
  void usSsnsAreUniqueAndOfTheNeverIssuedNineHundredsArea() throws IOException {
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : read(SuiteLayout.US, ROWS).subList(1, ROWS + 1)) {
      Matcher m = SSN.matcher(r.get("SSN"));
      assertThat(m.matches()).as("9AA-GG-SSSS").isTrue();
      assertThat(m.group(1)).isNotEqualTo("00");
      assertThat(m.group(2)).isNotEqualTo("0000");
      assertThat(seen.add(r.get("SSN"))).as("unique").isTrue();
      assertThat(r.get("ZIP")).matches("\\d{5}");
      assertThat(r.get("PHONE")).matches("\\d{3}-555-\\d{4}");
      assertThat(r.get("BIRTHDATE")).matches("\\d{4}-\\d\\d-\\d\\d");
    }
  }

  @Test
  void ukNhsNumbersPassTheirModulusElevenCheckAndAreUnique() throws IOException {
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : read(SuiteLayout.UK, ROWS).subList(1, ROWS + 1)) {
      String nhs = r.get("nhs_number");
      assertThat(nhs).matches("\\d{3} \\d{3} \\d{4}");
      String digits = nhs.replace(" ", "");
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      assertThat(check).as("check digit of %s", nhs.substring(0, 3) + "...").isEqualTo(digits.charAt(9) - '0');
      assertThat(seen.add(digits)).isTrue();
      assertThat(r.get("postcode")).matches("[A-Z]{1,2}\\d{1,2} \\d[A-Z]{2}");
      assertThat(r.get("date_of_birth")).matches("\\d\\d/\\d\\d/\\d{4}");
    }
  }

  @Test
  void theHeldOutLayoutIsMarkedAndItsNationalNumbersPassTheirCheck() throws IOException {
    assertThat(List.of(SuiteLayout.values())).filteredOn(SuiteLayout::heldOut)
        .containsExactly(SuiteLayout.BE_HELDOUT);
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : read(SuiteLayout.BE_HELDOUT, ROWS).subList(1, ROWS + 1)) {
      String niss = r.get(0);
      assertThat(niss).matches("\\d\\d\\.\\d\\d\\.\\d\\d-\\d{3}\\.\\d\\d");
      String digits = niss.replaceAll("\\D", "");
      long nine = Long.parseLong(digits.substring(0, 9));
      long base = r.get(3).endsWith("/19" + digits.substring(0, 2)) ? nine : 2_000_000_000L + nine;
      assertThat(97 - base % 97).isEqualTo(Long.parseLong(digits.substring(9)));
      assertThat(Integer.parseInt(digits.substring(6, 9)) % 2).as("even serial: a woman").isZero();
      assertThat(seen.add(digits)).isTrue();
    }
    assertThat(Files.readAllBytes(dir.resolve(SuiteLayout.BE_HELDOUT.token()))).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void preparedFilesAreReusedAndNamedForTheirRowsAndSeed() throws IOException {
    Path work = dir.resolve("work");
    Path file = SuiteLayouts.prepare(SuiteLayout.UK, 100, 3, work);
    assertThat(file.getFileName().toString()).isEqualTo("uk-nhs-100-s3.csv");
    Files.writeString(file, "kept");
    assertThat(SuiteLayouts.prepare(SuiteLayout.UK, 100, 3, work)).isEqualTo(file);
    assertThat(Files.readString(file)).isEqualTo("kept");
    assertThat(SuiteLayouts.prepare(SuiteLayout.UK, 101, 3, work)).isNotEqualTo(file);
  }

  /** Writes the layout into the temporary folder and reads it back with its declared dialect. */
  private List<CSVRecord> read(SuiteLayout layout, int rows) throws IOException {
    Path file = dir.resolve(layout.token());
    SuiteLayouts.write(layout, rows, 7, file);
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(layout.delimiter().orElseThrow()).get();
    try (Reader in = new InputStreamReader(Files.newInputStream(file), layout.charset());
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      List<CSVRecord> records = parser.getRecords();
      if (records.get(0).get(0).startsWith("\uFEFF")) {
        assertThat(layout).isEqualTo(SuiteLayout.BE_HELDOUT);
      }
      return named(records, format, file, layout);
    }
  }

  /** The records again, with the header as names, so that tests can ask for a column by name. */
  private static List<CSVRecord> named(List<CSVRecord> plain, CSVFormat format, Path file, SuiteLayout layout)
      throws IOException {
    try (Reader in = new InputStreamReader(Files.newInputStream(file), layout.charset());
        CSVParser parser = CSVParser.builder().setReader(in)
            .setFormat(format.builder().setHeader().setSkipHeaderRecord(false).get()).get()) {
      List<CSVRecord> records = new ArrayList<>(List.of(plain.get(0)));
      for (CSVRecord r : parser) {
        records.add(r);
      }
      return records;
    }
  }

  private static boolean elevenProof(String bsn) {
    if (!bsn.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (bsn.charAt(i) - '0') * (9 - i);
    }
    return (sum - (bsn.charAt(8) - '0')) % 11 == 0;
  }

  private static byte[] contents(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return Files.readAllBytes(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (Path f : files.sorted().toList()) {
        all.writeBytes(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        all.writeBytes(Files.readAllBytes(f));
      }
      return all.toByteArray();
    }
  }
}
