package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.FieldReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether a CSV file's first row is a header, decided as {@link CsvReader#openCsv} decides it:
 * files exported without their header (first rows of names, results, places, GP names, remarks,
 * numbers, one column...) keep their first record and publish none of its cells; real headers, Dutch,
 * English, abbreviated, with units, with a word the dictionary does not know, are still read as such.
 * Every value is synthetic.
 */
class HeaderlessExtractTest {
  private static final long SEED = 20261207L;
  private static final int RECORDS = 21;

  /** A kind of column: names a header may give it, and a generator of its values. */
  record Kind(String name, List<String> headers, Function<Random, String> value) {}

  private static String pick(Random random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static final String[] GIVEN = {"Anna", "Marieke", "Sanne", "Fenna", "Xiomara", "Ilse",
      "Yara", "Noor", "Eline", "Aylin", "Wilhelmina", "Gonneke", "Precious", "Tjitske"};
  private static final String[] FAMILY = {"de Vries", "Jansen", "Bakker", "Visser", "Oyelaran",
      "van der Meer", "Brouwer", "Kaya", "Hoekstra", "Zonneveld", "Nguyen", "Dijkstra", "Oudshoorn"};
  private static final String[] CITIES = {"Amsterdam", "Utrecht", "Zwaag", "Rijswijk", "Delfzijl",
      "Oudeschild", "Groningen", "Ter Apel", "Hoogkarspel", "Nieuw-Vennep"};

  /** Kinds whose values pass none of the checks the old rule ran: the leak of issue 15. */
  static final List<Kind> WORDS = List.of(
      new Kind("name", List.of("Naam", "Patient Name", "naam_client", "NAME", "Volledige naam"),
          r -> pick(r, GIVEN) + " " + pick(r, FAMILY)),
      new Kind("given", List.of("Voornaam", "Roepnaam", "First name", "FIRST", "given_name"),
          r -> pick(r, GIVEN)),
      new Kind("family", List.of("Achternaam", "Surname", "LAST", "family_name", "Geslachtsnaam"),
          r -> pick(r, FAMILY)),
      new Kind("result", List.of("Uitslag HPV", "Uitslag cytologie", "Result", "hpv_uitslag",
          "Pap klasse", "hrHPV"),
          r -> pick(r, "HPV positief", "HPV negatief", "hrHPV positief", "Pap 1", "Pap 3a2", "NILM",
              "LSIL", "geen afwijkingen", "Onbeoordeelbaar materiaal")),
      new Kind("city", List.of("Woonplaats", "Plaats", "City", "CITY", "woonplaats_client"),
          r -> pick(r, CITIES)),
      new Kind("gp", List.of("Huisarts", "GP Name", "naam_huisarts", "Praktijk", "Naam huisarts"),
          r -> pick(r, "Huisartsenpraktijk ", "Gezondheidscentrum ", "Dr. ", "Huisartsen ")
              + pick(r, FAMILY).replace("de ", "De ").replace("van ", "Van ")),
      new Kind("remark", List.of("Opmerking", "Opmerkingen", "Notes", "toelichting", "Remarks"),
          r -> pick(r, "belt terug na de vakantie", "wil de uitslag per post",
              "Patiënte gaf aan liever gebeld te worden door de praktijk", "herhaling over een jaar",
              "verhuisd, nieuw adres onbekend", "Akkoord")),
      new Kind("count", List.of("Aantal", "Count", "aantal_monsters", "Ronde"),
          r -> Integer.toString(r.nextInt(40))),
      new Kind("amount", List.of("Bedrag (EUR)", "Premie", "Prijs"),
          r -> r.nextInt(300) + "." + (10 + r.nextInt(90))),
      new Kind("test", List.of("Soort onderzoek", "Test", "test_type", "Onderzoek"),
          r -> pick(r, "HPV-test", "Uitstrijkje", "Zelfafname", "Cytologie", "Zelfafnameset")),
      new Kind("sex", List.of("Geslacht", "Sex", "GENDER", "M/V"), r -> pick(r, "V", "M", "vrouw")),
      new Kind("street", List.of("Adres", "Straat + nr", "Address", "straat_huisnr"),
          r -> pick(r, "Kerkstraat ", "Dorpsweg ", "Laan van Meerdervoort ", "Hoofdstraat ")
              + (1 + r.nextInt(200))),
      new Kind("code", List.of("Monsternummer", "Sample ID", "labnr", "Accession #"),
          r -> "T" + (20 + r.nextInt(6)) + "-" + (100000 + r.nextInt(900000))));

  /** Kinds whose values pass a validator: first rows with one of these were caught before. */
  static final List<Kind> VALUES = List.of(
      new Kind("bsn", List.of("BSN", "Burgerservicenummer", "bsn_patient"),
          r -> pick(r, "111222333", "999993653", "999990482", "999992077", "999911120")),
      new Kind("date", List.of("Geboortedatum", "Geb. datum (dd-mm-jjjj)", "DOB", "datum_afname"),
          r -> String.format(Locale.ROOT, "%02d-%02d-%d", 1 + r.nextInt(28), 1 + r.nextInt(12),
              1950 + r.nextInt(50))),
      new Kind("postcode", List.of("Postcode", "PC6", "Zip"),
          r -> (1000 + r.nextInt(8999)) + " " + pick(r, "AB", "GH", "NX", "CD")),
      new Kind("email", List.of("E-mail", "emailadres", "Email Address"),
          r -> pick(r, "a.devries", "m.jansen", "s.bakker") + r.nextInt(99) + "@example.nl"),
      new Kind("phone", List.of("Telefoon", "Mobiel", "Phone"),
          r -> "06-" + (10000000 + r.nextInt(89999999))));

  /** A layout: the kinds of its columns, in order. */
  private static List<Kind> layout(Random random, boolean withValues) {
    List<Kind> kinds = new ArrayList<>();
    int columns = 1 + random.nextInt(8);
    for (int i = 0; i < columns; i++) {
      List<Kind> from = withValues && random.nextInt(3) == 0 ? VALUES : WORDS;
      kinds.add(from.get(random.nextInt(from.size())));
    }
    return kinds;
  }

  private static List<List<String>> records(Random random, List<Kind> kinds, int count) {
    List<List<String>> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(kinds.stream().map(k -> k.value().apply(random)).collect(Collectors.toList()));
    }
    return rows;
  }

  private static String text(List<List<String>> rows, char delimiter) {
    StringBuilder b = new StringBuilder();
    for (List<String> row : rows) {
      b.append(row.stream().map(v -> v.indexOf(delimiter) >= 0 ? '"' + v + '"' : v)
          .collect(Collectors.joining(String.valueOf(delimiter)))).append('\n');
    }
    return b.toString();
  }

  @Test
  void noFileWithoutItsHeaderHasItsFirstRecordReadAsOne(@TempDir Path dir) throws IOException {
    Random random = new Random(SEED);
    int files = 2000;
    List<String> misread = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      List<Kind> kinds = layout(random, i % 4 == 0);
      char delimiter = pick(random, ";", ",", "\t", "|").charAt(0);
      List<List<String>> rows = records(random, kinds, RECORDS);
      Path file = Files.writeString(dir.resolve("dump" + i + ".csv"), text(rows, delimiter),
          StandardCharsets.UTF_8);
      if (CsvReader.openCsv(file, "dump.csv").hasHeader()) {
        misread.add(String.join(";", rows.get(0)));
      }
    }
    assertThat(misread).as("first records read as headers, of %d files", files).isEmpty();
  }

  @Test
  void realHeadersAboveTheSameRecordsAreStillHeaders(@TempDir Path dir) throws IOException {
    Random random = new Random(SEED + 1);
    int files = 2000;
    List<String> misread = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      List<Kind> kinds = layout(random, i % 2 == 0);
      List<List<String>> rows = new ArrayList<>();
      rows.add(kinds.stream().map(k -> k.headers().get(random.nextInt(k.headers().size())))
          .collect(Collectors.toList()));
      rows.addAll(records(random, kinds, RECORDS - 1));
      Path file = Files.writeString(dir.resolve("export" + i + ".csv"), text(rows, ';'),
          StandardCharsets.UTF_8);
      if (!CsvReader.openCsv(file, "export.csv").hasHeader()) {
        misread.add(String.join(";", rows.get(0)));
      }
    }
    assertThat(misread).as("headers read as data, of %d", files).isEmpty();
  }

  /** The assessment of files without a header: all records read, no cell of the first in any output. */
  @Test
  void anAssessmentOfFilesWithoutTheirHeaderPublishesNoCellOfTheirFirstRecord(@TempDir Path dir)
      throws IOException {
    Random random = new Random(SEED + 2);
    AnalysisOptions options = AnalysisOptions.builder().threads(1)
        .assessmentDate(LocalDate.of(2025, 7, 1)).build();
    for (int i = 0; i < 150; i++) {
      List<Kind> kinds = i == 0 ? List.of(WORDS.get(0), WORDS.get(3), WORDS.get(4), WORDS.get(5))
          : layout(random, i % 3 == 0);
      List<List<String>> rows = records(random, kinds, RECORDS);
      Path file = Files.writeString(dir.resolve("dump" + i + ".csv"), text(rows, ';'),
          StandardCharsets.UTF_8);
      AnalysisResult r = ExposureAnalysis.of(options).assess(List.of(file));

      assertThat(r.recordsRead()).as("records of %s", kinds).isEqualTo(RECORDS);
      assertThat(r.recordsAssessed() + r.recordsRejected()).isEqualTo(RECORDS);
      assertThat(r.fields()).extracting(f -> f.classification().field())
          .allMatch(name -> name.startsWith("column "));
      String published = published(r);
      for (String cell : rows.get(0)) {
        if (cell.length() >= 4) {
          assertThat(published).as("layout %s", kinds.stream().map(Kind::name).toList())
              .doesNotContain(cell);
        }
      }
    }
  }

  /** Every text of a result that a report shows. */
  static String published(AnalysisResult r) {
    StringBuilder b = new StringBuilder(r.toString());
    for (FieldReport f : r.fields()) {
      b.append('\n').append(f.classification().source()).append('\n')
          .append(f.classification().field()).append('\n').append(f.classification().evidence());
    }
    r.sources().forEach(s -> b.append('\n').append(s));
    r.skipped().forEach(s -> b.append('\n').append(s.source()).append(s.reason()));
    r.rejections().forEach(x -> b.append('\n').append(x.location()).append(x.reason()));
    r.notification().reasons().forEach(x -> b.append('\n').append(x));
    return b.toString();
  }

  @Test
  void theFirstRowOfTheIssueIsARecordOfItsFile(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("Anna de Vries;HPV positief;Amsterdam;Huisartsenpraktijk Jansen");
    Random random = new Random(SEED + 3);
    for (int i = 0; i < 20; i++) {
      lines.add(pick(random, GIVEN) + " " + pick(random, FAMILY) + ";"
          + pick(random, "HPV positief", "HPV negatief") + ";" + pick(random, CITIES)
          + ";Huisartsenpraktijk " + pick(random, "Bakker", "Visser", "Dijkstra"));
    }
    Path file = Files.writeString(dir.resolve("dump.csv"), String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
    AnalysisResult r = ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1)).build()).assess(List.of(file));
    assertThat(r.recordsRead()).isEqualTo(21);
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .containsExactly("column 1", "column 2", "column 3", "column 4");
    assertThat(published(r)).doesNotContain("Anna", "Vries", "HPV positief", "Amsterdam",
        "Jansen");
  }

  /** Real headers, each alone in its file: the words decide. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,LAST,SUFFIX,MAIDEN,MARITAL,RACE,"
          + "ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,"
          + "HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME",
      "Monsternummer;Achternaam;Voorletters;Geboortedatum;Postcode;Huisarts;Uitslag HPV;"
          + "Uitslag cytologie",
      "Patient ID,First Name,Last Name,Date of Birth,Address,City,Phone,Email,Test,Result",
      "bsn;naam;geboortedatum (jjjj-mm-dd);afnamedatum (dd-mm-jjjj);gewicht (kg);uitslag",
      "naam;bsn;Kolom3",
      "kolom1;kolom2;kolom3;kolom4",
      "bsn",
      "Opmerkingen",
      "MSH-4|PID-3|PID-5|PID-7|OBX-5",
      "client_bsn|client_achternaam|ha_naam|monster_id|hpv_res",
      "Cliëntnummer;BSN;Naam cliënt;Geb.datum;Tel.;E-mail;Huisarts;Bijzonderheden",
  })
  void aRealHeaderAloneIsAHeader(String header, @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("header.csv"), header + "\n", StandardCharsets.UTF_8);
    CsvExtract extract = CsvReader.openCsv(file, "header.csv");
    assertThat(extract.hasHeader()).isTrue();
    // alone, it shows the names it knows; the others are numbered (they may be a lone record's)
    String[] names = header.split("[,;|]");
    assertThat(extract.header()).hasSize(names.length);
    for (int i = 0; i < names.length; i++) {
      assertThat(extract.header().get(i)).isIn(names[i], "column " + (i + 1));
    }
    assertThat(extract.header()).filteredOn(n -> !n.startsWith("column ")).isNotEmpty();
  }

  /** A lone record that reads as a header for one known word publishes nothing else. */
  @ParameterizedTest
  @ValueSource(strings = {"diagnose;HIV positief", "adres;Kerkstraat 5", "naam;Jantje Pietersen",
      "uitslag;Pap 3b;Jantje Pietersen", "email,Marietje Klaassen"})
  void aLoneRecordPublishesNoCellButKnownNames(String row, @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("one.csv"), row + "\n", StandardCharsets.UTF_8);
    CsvExtract extract = CsvReader.openCsv(file, "one.csv");
    String[] cells = row.split("[,;]");
    for (int i = 1; i < cells.length; i++) {
      assertThat(extract.header()).doesNotContain(cells[i]);
    }
  }

  /** Every extract of the test corpora has a header, and keeps it. */
  @ParameterizedTest
  @MethodSource("corpus")
  void everyHeaderOfTheCorporaIsStillAHeader(Path file) throws IOException {
    CsvExtract extract = CsvReader.openCsv(file, file.getFileName().toString());
    assertThat(extract.hasHeader()).isTrue();
    assertThat(extract.header()).noneMatch(name -> name.matches("column \\d+"));
  }

  static Stream<Path> corpus() throws Exception {
    Path resources = Path.of(HeaderlessExtractTest.class.getResource("/eval").toURI()).getParent();
    List<Path> files;
    try (Stream<Path> all = Files.walk(resources)) {
      files = all.filter(p -> p.toString().endsWith(".csv"))
          .filter(p -> Files.isRegularFile(p) && !p.startsWith(resources.resolve("csv")))
          .sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSizeGreaterThan(60);
    return files.stream();
  }
}
