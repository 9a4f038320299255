package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortGeneratorTest {

  private static final int WOMEN = 20_000;
  private static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3} [A-Z]{2}$");
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);
  private static final String[] NL_COLUMNS = {"bsn", "achternaam", "tussenvoegsel", "voorletters", "voornaam",
    "geboortedatum", "straat", "huisnummer", "postcode", "woonplaats", "huisarts", "agb_huisarts",
    "soort_onderzoek", "monsternummer", "afnamedatum", "hpv_uitslag", "hpv_genotype", "pap_klasse", "kopac_b",
    "bethesda"};
  private static final String[] EN_COLUMNS = {"bsn", "family_name", "prefix", "initials", "given_name",
    "birth_date", "street", "house_number", "postal_code", "city", "gp_name", "gp_agb", "test_type",
    "sample_id", "sample_date", "hpv_result", "hpv_genotype", "pap_class", "kopac_b", "bethesda"};

  /** 20k women, every result shown, one record each: the basis for the rate checks. */
  private static List<CSVRecord> allResults;

  @BeforeAll
  static void generateCohort() throws IOException {
    allResults = records(spec().rows(WOMEN).resultShare(1.0).build());
  }

  private static CohortSpec.Builder spec() {
    return CohortSpec.builder().seed(42);
  }

  private static byte[] bytes(CohortSpec spec) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CohortGenerator().write(spec, out);
    return out.toByteArray();
  }

  private static String text(CohortSpec spec) throws IOException {
    String text = new String(bytes(spec), spec.encoding().charset());
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static List<CSVRecord> records(CohortSpec spec) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(spec.delimiter())
        .setHeader()
        .setSkipHeaderRecord(true)
        .get();
    try (CSVParser parser = CSVParser.parse(text(spec), format)) {
      assertThat(parser.getHeaderNames()).containsExactly(spec.headers().columns());
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).allMatch(record -> record.size() == 20, "has 20 fields");
      return records;
    }
  }

  /** The 11-proef, written out independently of the generator. */
  private static boolean passesElevenProef(String bsn) {
    if (!bsn.matches("[0-9]{9}") || bsn.equals("000000000")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (bsn.charAt(i) - '0') * (9 - i);
    }
    sum -= bsn.charAt(8) - '0';
    return sum % 11 == 0;
  }

  @Test
  void elevenProefHelperAgreesWithKnownNumbers() {
    assertThat(passesElevenProef("111222333")).isTrue();
    assertThat(passesElevenProef("012345672")).isTrue();
    assertThat(passesElevenProef("900186021")).isTrue();
    assertThat(passesElevenProef("123456789")).isFalse();
    assertThat(passesElevenProef("000000000")).isFalse();
  }

  @Test
  void sameSeedAndOptionsGiveIdenticalBytes() throws IOException {
    CohortSpec spec = spec().rows(3_000).splitRows(true).headers(CohortSpec.HeaderStyle.EN)
        .encoding(CohortSpec.OutputEncoding.UTF_8_BOM).build();
    assertThat(bytes(spec)).isEqualTo(bytes(spec));
    assertThat(bytes(spec)).isNotEqualTo(bytes(spec.toBuilder().seed(43).build()));
  }

  @Test
  void aSmallerCohortIsTheHeadOfALargerOne() throws IOException {
    String small = text(spec().rows(500).splitRows(true).build());
    String large = text(spec().rows(1_500).splitRows(true).build());
    assertThat(large).startsWith(small);
    List<CSVRecord> fewerResults = records(spec().rows(500).resultShare(0.2).build());
    List<CSVRecord> moreResults = records(spec().rows(500).resultShare(0.8).build());
    for (int i = 0; i < 500; i++) {
      for (int column = 0; column < 15; column++) { // everything up to the sample date
        assertThat(moreResults.get(i).get(column)).isEqualTo(fewerResults.get(i).get(column));
      }
    }
  }

  @Test
  void formatOptionsChangeLayoutButNotContent() throws IOException {
    CohortSpec dutch = spec().rows(2_000).build();
    CohortSpec english = spec().rows(2_000).headers(CohortSpec.HeaderStyle.EN).delimiter('|')
        .dateStyle(CohortSpec.DateStyle.DUTCH).lineEnding(CohortSpec.LineEnding.LF)
        .encoding(CohortSpec.OutputEncoding.WINDOWS_1252).build();
    List<CSVRecord> a = records(dutch);
    List<CSVRecord> b = records(english);
    assertThat(b).hasSameSizeAs(a);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).values()).containsExactly(a.get(i).values());
    }
  }

  @Test
  void everyBsnPassesTheElevenProefAndIsUnique() {
    Set<String> seen = new HashSet<>();
    List<String> invalid = new ArrayList<>();
    for (CSVRecord record : allResults) {
      String bsn = record.get("bsn");
      if (!passesElevenProef(bsn)) {
        invalid.add(bsn);
      }
      seen.add(bsn);
    }
    assertThat(invalid).isEmpty();
    assertThat(seen).as("distinct BSNs").hasSize(WOMEN);
  }

  @Test
  void sampleNumbersAreUniqueAndAgbCodesAreGpCodes() {
    Set<String> samples = new HashSet<>();
    Pattern sampleId = Pattern.compile("CD[0-9]{10}");
    Pattern agb = Pattern.compile("01[0-9]{6}");
    List<CSVRecord> bad = new ArrayList<>();
    for (CSVRecord record : allResults) {
      samples.add(record.get("monsternummer"));
      String code = record.get("agb_huisarts");
      boolean ok = sampleId.matcher(record.get("monsternummer")).matches()
          && (code.isEmpty() ? record.get("huisarts").isEmpty() : agb.matcher(code).matches());
      if (!ok) {
        bad.add(record);
      }
    }
    assertThat(bad).isEmpty();
    assertThat(samples).hasSize(WOMEN);
  }

  @Test
  void womenAreThirtyToSixtyFiveOnTheReferenceDate() throws IOException {
    LocalDate reference = CohortSpec.DEFAULT_REFERENCE_DATE;
    Set<Integer> ages = new HashSet<>();
    Set<LocalDate> sampleDates = new HashSet<>();
    for (CSVRecord record : allResults) {
      ages.add(Period.between(LocalDate.parse(record.get("geboortedatum"), DUTCH_DATE), reference).getYears());
      sampleDates.add(LocalDate.parse(record.get("afnamedatum"), DUTCH_DATE));
    }
    assertThat(ages).contains(30, 65).allSatisfy(age -> assertThat(age).isBetween(30, 65));
    assertThat(sampleDates).allSatisfy(
        d -> assertThat(d).isBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)));

    // A leap-day reference date and ISO dates.
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    ages.clear();
    sampleDates.clear();
    for (CSVRecord record : records(spec().rows(5_000).referenceDate(leapDay)
        .dateStyle(CohortSpec.DateStyle.ISO).build())) {
      ages.add(Period.between(LocalDate.parse(record.get("geboortedatum")), leapDay).getYears());
      sampleDates.add(LocalDate.parse(record.get("afnamedatum")));
    }
    assertThat(ages).contains(30, 65).allSatisfy(age -> assertThat(age).isBetween(30, 65));
    assertThat(sampleDates).allSatisfy(d -> assertThat(d).isBefore(leapDay));
  }

  @Test
  void hpvResultsHaveRealisticRates() {
    int negative = 0;
    Map<String, Integer> genotypes = new HashMap<>();
    Map<String, Integer> papToBethesda = new HashMap<>();
    Pattern kopacB = Pattern.compile("[1-9]{6}");
    List<CSVRecord> bad = new ArrayList<>();
    for (CSVRecord record : allResults) {
      String hpv = record.get("hpv_uitslag");
      String cytology = record.get("pap_klasse") + record.get("kopac_b") + record.get("bethesda");
      if (hpv.equals("hrHPV negatief")) {
        negative++;
        if (!(record.get("hpv_genotype") + cytology).isEmpty()) {
          bad.add(record);
        }
      } else if (hpv.equals("hrHPV positief")) {
        genotypes.merge(record.get("hpv_genotype"), 1, Integer::sum);
        String pap = record.get("pap_klasse");
        // A self-sampler who never had the follow-up smear has no cytology.
        if (!pap.isEmpty() || !cytology.isEmpty()) {
          papToBethesda.merge(pap + " " + record.get("bethesda"), 1, Integer::sum);
          if (!kopacB.matcher(record.get("kopac_b")).matches()) {
            bad.add(record);
          }
        }
      } else {
        bad.add(record);
      }
    }
    assertThat(bad).isEmpty();
    assertThat((double) negative / WOMEN).isBetween(0.88, 0.92);
    assertThat(genotypes.keySet()).containsExactlyInAnyOrder("HPV16", "HPV18", "overig hrHPV");
    int positive = WOMEN - negative;
    assertThat((double) genotypes.get("HPV16") / positive).isBetween(0.20, 0.30);
    assertThat(papToBethesda.keySet()).containsExactlyInAnyOrder("Pap1 NILM", "Pap2 ASC-US", "Pap3a1 LSIL",
        "Pap3a2 HSIL", "Pap3a2 ASC-H", "Pap3b HSIL", "Pap4 HSIL", "Pap5 SCC", "Pap0 unsatisfactory");
    int cytologies = papToBethesda.values().stream().mapToInt(Integer::intValue).sum();
    assertThat((double) papToBethesda.get("Pap1 NILM") / cytologies).isBetween(0.60, 0.70);
  }

  @Test
  void resultShareHidesResultsButKeepsParticipation() throws IOException {
    List<CSVRecord> records = records(spec().rows(5_000).resultShare(0.4).build());
    long shown = records.stream().filter(r -> !r.get("hpv_uitslag").isEmpty()).count();
    assertThat((double) shown / records.size()).isBetween(0.38, 0.42);
    assertThat(records.stream().map(r -> r.get("soort_onderzoek")).distinct())
        .containsExactlyInAnyOrder("uitstrijkje", "zelfafnameset");
    assertThat(records).noneMatch(r -> r.get("monsternummer").isEmpty())
        .noneMatch(r -> r.get("hpv_uitslag").isEmpty() && !r.get("pap_klasse").isEmpty());
    assertThat(records(spec().rows(1_000).resultShare(0.0).build()))
        .allSatisfy(r -> assertThat(r.get("hpv_uitslag") + r.get("pap_klasse")).isEmpty());
  }

  @Test
  void postcodesAreDutchAndAvoidTheForbiddenLetterPairs() {
    Pattern houseNumber = Pattern.compile("[1-9][0-9]*([a-d]|-[1-3]| hs)?");
    Set<String> postcodes = new HashSet<>();
    List<String> badHouseNumbers = new ArrayList<>();
    for (CSVRecord record : allResults) {
      postcodes.add(record.get("postcode"));
      if (!houseNumber.matcher(record.get("huisnummer")).matches() || record.get("woonplaats").isEmpty()) {
        badHouseNumbers.add(record.get("huisnummer") + " " + record.get("woonplaats"));
      }
    }
    assertThat(postcodes).allSatisfy(postcode -> {
      assertThat(postcode).matches(POSTCODE);
      assertThat(postcode.substring(5)).isNotIn("SA", "SD", "SS");
    });
    assertThat(badHouseNumbers).isEmpty();
  }

  @Test
  void namesLookDutch() {
    long withPrefix = allResults.stream().filter(r -> !r.get("tussenvoegsel").isEmpty()).count();
    assertThat((double) withPrefix / WOMEN).isBetween(0.27, 0.33);
    Pattern initials = Pattern.compile("([A-Z]\\.)+");
    List<String> bad = new ArrayList<>();
    for (CSVRecord record : allResults) {
      String voorletters = record.get("voorletters");
      if (!initials.matcher(voorletters).matches()
          || !voorletters.contains(record.get("voornaam").substring(0, 1) + ".")) {
        bad.add(voorletters + " " + record.get("voornaam"));
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void uniqueValuesAcrossTheCohortLookVaried() {
    Set<String> cities = new LinkedHashSet<>();
    Set<String> names = new HashSet<>();
    for (CSVRecord record : allResults) {
      cities.add(record.get("woonplaats"));
      names.add(record.get("voornaam"));
    }
    assertThat(cities).hasSizeGreaterThan(40).contains("'s-Gravenhage", "Amsterdam");
    assertThat(names).hasSizeGreaterThan(90);
  }
  @Test
  void splitRowsPutCytologyOnASecondRecordForTheSameWoman() throws IOException {
    CohortSpec split = spec().rows(3_000).resultShare(1.0).splitRows(true).build();
    List<CSVRecord> records = records(split);
    List<CSVRecord> single = records(split.toBuilder().splitRows(false).build());
    assertThat(records.size()).isGreaterThan(single.size());

    Map<String, List<CSVRecord>> byBsn = new HashMap<>();
    for (CSVRecord record : records) {
      byBsn.computeIfAbsent(record.get("bsn"), k -> new ArrayList<>()).add(record);
    }
    assertThat(byBsn).hasSize(single.size());
    int pairs = 0;
    for (List<CSVRecord> rows : byBsn.values()) {
      assertThat(rows).hasSizeBetween(1, 2);
      if (rows.size() == 2) {
        pairs++;
        CSVRecord hpv = rows.get(0);
        CSVRecord cytology = rows.get(1);
        for (int i = 0; i < 12; i++) { // person, address and GP columns
          assertThat(cytology.get(i)).isEqualTo(hpv.get(i));
        }
        assertThat(hpv.get("hpv_uitslag")).isEqualTo("hrHPV positief");
        assertThat(hpv.get("pap_klasse")).isEmpty();
        assertThat(cytology.get("hpv_uitslag")).isEmpty();
        assertThat(cytology.get("pap_klasse")).isNotEmpty();
        assertThat(cytology.get("soort_onderzoek")).isEqualTo("uitstrijkje");
      }
    }
    assertThat(pairs).isEqualTo(records.size() - single.size());
  }

  @Test
  void windows1252OutputCarriesTheAccentedNames() throws IOException {
    CohortSpec spec = spec().rows(5_000).encoding(CohortSpec.OutputEncoding.WINDOWS_1252).build();
    byte[] raw = bytes(spec);
    String decoded = new String(raw, Charset.forName("windows-1252"));
    assertThat(decoded).contains("Zoë", "Renée", "Inés", "Çelik", "Öztürk", "Daniëlle");
    assertThat(decoded).doesNotContain("?", "Ã");
    assertThat(indexOf(raw, new byte[] {'Z', 'o', (byte) 0xEB, ';'})).isNotNegative(); // ë is one byte
    assertThat(indexOf(raw, "ë".getBytes(StandardCharsets.UTF_8))).isNegative();
  }

  @Test
  void encodingsAndByteOrderMark() throws IOException {
    byte[] bom = bytes(spec().rows(10).encoding(CohortSpec.OutputEncoding.UTF_8_BOM).build());
    assertThat(bom).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'b', (byte) 's', (byte) 'n');
    byte[] plain = bytes(spec().rows(10).build());
    assertThat(plain).startsWith((byte) 'b', (byte) 's', (byte) 'n');
    assertThat(new String(plain, StandardCharsets.UTF_8))
        .isEqualTo(new String(bom, StandardCharsets.UTF_8).substring(1));
  }

  @Test
  void headerStylesAndTheirDefaults() throws IOException {
    CohortSpec dutch = spec().rows(50).build();
    assertThat(dutch.delimiter()).isEqualTo(';');
    assertThat(dutch.dateStyle()).isEqualTo(CohortSpec.DateStyle.DUTCH);
    assertThat(text(dutch)).startsWith(String.join(";", NL_COLUMNS) + "\r\n");

    CohortSpec english = spec().rows(50).headers(CohortSpec.HeaderStyle.EN).build();
    assertThat(english.delimiter()).isEqualTo(',');
    assertThat(english.dateStyle()).isEqualTo(CohortSpec.DateStyle.ISO);
    assertThat(text(english)).startsWith(String.join(",", EN_COLUMNS) + "\r\n");
    assertThat(records(english)).allSatisfy(r -> {
      assertThat(r.get("birth_date")).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
      assertThat(r.get("sample_date")).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    });
    assertThat(records(dutch)).allSatisfy(r -> assertThat(r.get("geboortedatum")).matches("[0-9]{2}-[0-9]{2}-[0-9]{4}"));
  }

  @Test
  void delimitersAndLineEndings() throws IOException {
    for (char delimiter : new char[] {';', ',', '\t', '|'}) {
      CohortSpec spec = spec().rows(2_000).delimiter(delimiter).lineEnding(CohortSpec.LineEnding.LF).build();
      assertThat(records(spec)).hasSize(2_000);
      String text = text(spec);
      assertThat(text).doesNotContain("\r").endsWith("\n");
      assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(String.valueOf(delimiter), NL_COLUMNS));
    }
    // Only fields that need it are quoted: GP names with a comma under ','.
    String comma = text(spec().rows(2_000).delimiter(',').build());
    String semicolon = text(spec().rows(2_000).build());
    assertThat(comma).contains("\"Huisartsen ");
    assertThat(semicolon).doesNotContain("\"Huisartsen ");
    assertThat(semicolon.split("\r\n", -1)).hasSize(2_002); // header, records, empty after last CRLF
  }

  @Test
  void emptyCohortIsJustTheHeader() throws IOException {
    assertThat(text(spec().rows(0).build())).isEqualTo(String.join(";", NL_COLUMNS) + "\r\n");
  }

  @Test
  void specRejectsBadValues() {
    assertThatThrownBy(() -> spec().rows(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> spec().rows(CohortSpec.MAX_ROWS + 1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> spec().resultShare(1.5).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> spec().resultShare(Double.NaN).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> spec().delimiter('"').build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> spec().delimiter('\u0100').encoding(CohortSpec.OutputEncoding.WINDOWS_1252).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatCode(() -> spec().delimiter('\u20AC').encoding(CohortSpec.OutputEncoding.WINDOWS_1252).build())
        .doesNotThrowAnyException();
  }

  @Test
  void commandLineWritesTheFileAndASummaryWithoutValues(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("cohort.csv");
    Result result = run("--rows", "300", "--seed", "7", "--out", out.toString(), "--headers", "en",
        "--delimiter", "tab", "--encoding", "utf-8-bom", "--date-format", "dutch", "--split-rows",
        "--result-share", "0.5", "--reference-date", "2025-01-01", "--line-ending", "lf");
    assertThat(result.code).isZero();
    assertThat(result.out).isEmpty();
    assertThat(result.err.lines().count()).isEqualTo(1);
    assertThat(result.err).contains("300 women", out.toString());
    CohortSpec same = CohortSpec.builder().rows(300).seed(7).headers(CohortSpec.HeaderStyle.EN).delimiter('\t')
        .encoding(CohortSpec.OutputEncoding.UTF_8_BOM).dateStyle(CohortSpec.DateStyle.DUTCH)
        .splitRows(true).resultShare(0.5).referenceDate(LocalDate.of(2025, 1, 1))
        .lineEnding(CohortSpec.LineEnding.LF).build();
    assertThat(Files.readAllBytes(out)).isEqualTo(bytes(same));
    for (CSVRecord record : records(same)) {
      assertThat(result.err).doesNotContain(record.get("bsn"));
    }
  }

  @Test
  void commandLineRejectsBadOptionsWithExitCodeTwo(@TempDir Path dir) {
    String out = dir.resolve("x.csv").toString();
    List<String[]> bad = List.of(
        new String[] {"--rows", "10"},
        new String[] {"--out", out, "--rows", "many"},
        new String[] {"--out", out, "--rows", "-5"},
        new String[] {"--out", out, "--headers", "de"},
        new String[] {"--out", out, "--delimiter", ":"},
        new String[] {"--out", out, "--encoding", "latin-1"},
        new String[] {"--out", out, "--result-share", "1.2"},
        new String[] {"--out", out, "--reference-date", "01-07-2025"},
        new String[] {"--out", out, "--frobnicate"},
        new String[] {"--out", out, "--seed"},
        new String[] {"--out", out, "--out", out},
        new String[] {"--out", out, "stray"});
    for (String[] args : bad) {
      Result result = run(args);
      assertThat(result.code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err.lines().count()).as(String.join(" ", args)).isEqualTo(1);
    }
    assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
  }

  @Test
  void commandLineHelp() {
    Result result = run("--help");
    assertThat(result.code).isZero();
    assertThat(result.out).contains("--rows", "--split-rows", "--reference-date");
    assertThat(result.err).isEmpty();
  }

  @Test
  void commandLineReportsAnUnwritableFile(@TempDir Path dir) {
    Result result = run("--rows", "5", "--out", dir.resolve("missing").resolve("x.csv").toString());
    assertThat(result.code).isEqualTo(1);
    assertThat(result.err.lines().count()).isEqualTo(1);
  }

  @Test
  void bundledSampleIsUpToDate() throws IOException {
    Path sample = Path.of("..", "examples", "screening-sample.csv");
    Assumptions.assumeTrue(Files.exists(sample), "no bundled sample");
    CohortSpec spec = CohortSpec.builder().rows(2_000).seed(2025).headers(CohortSpec.HeaderStyle.NL)
        .delimiter(';').encoding(CohortSpec.OutputEncoding.UTF_8_BOM).dateStyle(CohortSpec.DateStyle.DUTCH)
        .splitRows(true).resultShare(0.4).build();
    assertThat(Files.readAllBytes(sample))
        .as("examples/screening-sample.csv is stale: regenerate it with the command in examples/README.md")
        .isEqualTo(bytes(spec));
  }

  private record Result(int code, String out, String err) {
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = CohortCommandLine.run(args, o, e);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
