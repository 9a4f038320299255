package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class ExposureCommandTest {
  /** A synthetic extract with known identifiers; none of them may reach any output. */
  private static final String EXTRACT = String.join("\r\n",
      "bsn;naam;geboortedatum;postcode;huisnummer;email;uitslag",
      "111222333;Marieke Zonneveld;14-03-1971;2281 AB;12;m.zonneveld@example.nl;hrHPV positief",
      "999993653;Fenna Hoogstraten;1966-09-30;1012 NX;7;fenna.h@example.com;negatief",
      "999990482;Sanne Wildeboer;01-01-1990;3511 AA;3",
      "123456782;Ilse Verbeek;22-08-1984;9711 BC;45;ilse.verbeek@example.org;Pap 3a2",
      "");
  private static final List<String> SECRETS = List.of("111222333", "999993653", "999990482",
      "123456782", "Marieke", "Zonneveld", "Fenna", "Hoogstraten", "Wildeboer", "Verbeek",
      "14-03-1971", "1966-09-30", "m.zonneveld@example.nl", "fenna.h@example.com",
      "ilse.verbeek@example.org", "2281 AB", "1012 NX", "9711 BC");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs the command; an assess run keeps its key file in the test's folder. */
  private int run(String... args) {
    return ExposureCommand.run(withKeyFile(args), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String[] withKeyFile(String... args) {
    if (args.length == 0 || !args[0].equals("assess") || List.of(args).contains("--key-file")
        || List.of(args).contains("--help")) {
      return args;
    }
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--key-file";
    all[args.length + 1] = dir.resolve("exposure.key").toString();
    return all;
  }

  private Path extract() throws IOException {
    return Files.writeString(dir.resolve("lab.csv"), EXTRACT, StandardCharsets.UTF_8);
  }

  @Test
  void assessWritesTheContractReport() throws IOException {
    Path report = dir.resolve("out");
    int code = run("assess", extract().toString(), "--out", report.toString(), "--malicious",
        "--controller", "health", "--assessment-date", "2025-07-01");
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/input/records_read").asLong()).isEqualTo(4);
    assertThat(json.at("/input/records_assessed").asLong()).isEqualTo(3);
    assertThat(json.at("/input/records_rejected").asLong()).isEqualTo(1);
    assertThat(json.at("/input/rejections/0/line").asLong()).isEqualTo(4);
    assertThat(json.at("/input/rejections/0/source").asText()).endsWith("lab.csv");
    assertThat(json.at("/input/rejections/0/reason").asText()).isEqualTo("has 5 fields, the header has 7");
    assertThat(json.at("/fields/0/type").asText()).isEqualTo("NATIONAL_ID");
    assertThat(json.at("/fields/0/confidence").isNumber()).isTrue();
    assertThat(json.at("/fields/0/evidence").asText()).contains("11-proef");
    assertThat(json.at("/subjects").asLong()).isEqualTo(3);
    assertThat(json.at("/severity/very_high").asLong()).isEqualTo(3);
    assertThat(json.at("/severity/low").asLong()).isZero();
    assertThat(json.at("/field_types/NATIONAL_ID").asLong()).isEqualTo(3);
    assertThat(json.at("/notification/supervisory_authority").asBoolean()).isTrue();
    assertThat(json.at("/notification/data_subjects").asLong()).isEqualTo(3);
    assertThat(json.at("/notification/reasons").size()).isPositive();
    assertThat(out.toString()).contains("Subjects: 3").contains("Very high").contains("report.json");
  }

  @Test
  void oneThreadAndFourWriteTheSameReport() throws IOException {
    Path sample = Path.of("..", "examples", "screening-sample.csv");
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");
    for (Path report : List.of(one, four)) {
      int code = run("assess", sample.toString(), extract().toString(), "--out", report.toString(),
          "--assessment-date", "2025-07-01", "--threads", report == one ? "1" : "4");
      assertThat(code).as(err.toString()).isZero();
    }
    assertThat(Files.readAllBytes(four.resolve("report.json")))
        .as("report.json byte for byte").isEqualTo(Files.readAllBytes(one.resolve("report.json")));
    for (String file : List.of("subjects.csv", "notification-list.csv")) {
      assertThat(Files.readAllLines(four.resolve(file))).as(file + ", in any order")
          .containsExactlyInAnyOrderElementsOf(Files.readAllLines(one.resolve(file)));
    }
  }

  @Test
  void contactColumnsAreAddedOnlyWhenAskedAndWithAWarning() throws IOException {
    Path plain = dir.resolve("plain");
    assertThat(run("assess", extract().toString(), "--out", plain.toString())).isZero();
    assertThat(Files.readAllLines(plain.resolve("notification-list.csv")).get(0))
        .doesNotContain("family_name");

    Path withContacts = dir.resolve("contacts");
    int code = run("assess", extract().toString(), "--out", withContacts.toString(),
        "--contact-columns", "--controller", "health", "--malicious");
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(withContacts.resolve("notification-list.csv"));
    assertThat(lines.get(0)).endsWith(",full_name,given_name,initials,family_name,street,"
        + "house_number,postcode,city,phone,email");
    assertThat(lines).hasSize(4).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(16));
    assertThat(String.join("\n", lines)).contains("Marieke Zonneveld", "m.zonneveld@example.nl",
        "2281 AB");
    assertThat(err.toString()).contains("--contact-columns").contains("as safe as the extract");
  }

  @Test
  void contactColumnsComeFromTheFirstOfHerRecordsThatHoldsThem() throws IOException {
    // Read first, a file of results only: her details come from the other file.
    Path results = Files.writeString(dir.resolve("a-results.csv"),
        "bsn;hpv_uitslag\n999911120;hrHPV positief\n", StandardCharsets.UTF_8);
    Path persons = Files.writeString(dir.resolve("b-persons.csv"),
        "bsn;achternaam;voornaam;postcode;woonplaats\n999911120;Zonneveld;Marieke;2281 AB;Rijswijk\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("two-files");
    assertThat(run("assess", results.toString(), persons.toString(), "--out", out.toString(),
        "--contact-columns", "--controller", "health")).as(err.toString()).isZero();

    List<String> lines = Files.readAllLines(out.resolve("notification-list.csv"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains(",Marieke,,Zonneveld,,,2281 AB,Rijswijk,");
  }

  @Test
  void contactColumnsOfAFileWithoutItsHeaderIncludeItsFirstRecord() throws IOException {
    Path dump = Files.writeString(dir.resolve("dump.csv"), String.join("\n",
        "999911120;Zonneveld;Marieke;2281 AB;hrHPV positief",
        "111222333;Hoogstraten;Fenna;1012 NX;hrHPV positief",
        ""), StandardCharsets.UTF_8);
    Path out = dir.resolve("headerless");
    assertThat(run("assess", dump.toString(), "--out", out.toString(), "--contact-columns",
        "--controller", "health")).as(err.toString()).isZero();

    List<String> lines = Files.readAllLines(out.resolve("notification-list.csv"));
    assertThat(lines).hasSize(3);
    assertThat(String.join("\n", lines)).contains("Marieke", "Fenna", "dump.csv:1");
  }

  @Test
  void contactColumnsComeFromTheFhirPatientWhereverHerFileSorts() throws IOException {
    Path export = Files.createDirectory(dir.resolve("export"));
    // Observations sort first: her first location is not her Patient.
    Files.writeString(export.resolve("Observation.ndjson"), "{\"resourceType\":\"Observation\","
        + "\"status\":\"final\",\"code\":{\"text\":\"hrHPV\"},\"subject\":{\"reference\":"
        + "\"Patient/a\"},\"valueString\":\"hrHPV positief\"}\n");
    Files.writeString(export.resolve("Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"a\","
        + "\"identifier\":[{\"system\":\"http://fhir.nl/fhir/NamingSystem/bsn\","
        + "\"value\":\"999911120\"}],\"name\":[{\"family\":\"Zonneveld\",\"given\":[\"Marieke\"]}],"
        + "\"birthDate\":\"1980-03-14\",\"address\":[{\"line\":[\"Dorpsstraat 4\"],"
        + "\"postalCode\":\"2281 AB\",\"city\":\"Rijswijk\"}]}\n");
    Path out = dir.resolve("fhir-contacts");
    assertThat(run("assess", export.toString(), "--out", out.toString(), "--contact-columns",
        "--controller", "health")).as(err.toString()).isZero();

    List<String> lines = Files.readAllLines(out.resolve("notification-list.csv"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains(",Zonneveld,Dorpsstraat 4,,2281 AB,Rijswijk,");
  }

  /** A synthetic FHIR Patient with a BSN, a name, a birth date and a postcode. */
  private static String fhirPatient(String bsn, String family, String given, String postcode) {
    return "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":"
        + "\"http://fhir.nl/fhir/NamingSystem/bsn\",\"value\":\"" + bsn + "\"}],\"name\":[{"
        + "\"family\":\"" + family + "\",\"given\":[\"" + given + "\"]}],\"birthDate\":\"1970-01-01\","
        + "\"address\":[{\"postalCode\":\"" + postcode + "\"}]}";
  }

  private static String oneLineBundle(String... patients) {
    StringBuilder entries = new StringBuilder();
    for (String patient : patients) {
      entries.append(entries.length() == 0 ? "" : ",").append("{\"resource\":").append(patient)
          .append('}');
    }
    return "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[" + entries + "]}";
  }

  /**
   * Patients who share a location (the entries of a Bundle on an NDJSON line, whose entry numbers
   * once passed for the lines after it; a Bundle written on one line) each get their own details,
   * never another woman's.
   */
  @Test
  void contactColumnsNeverGoToAnotherWomanAtTheSameLocation() throws IOException {
    Path export = Files.createDirectory(dir.resolve("shared-lines"));
    Files.writeString(export.resolve("a.ndjson"),
        oneLineBundle(fhirPatient("999911120", "Zonneveld", "Marieke", "2281 AB"),
            fhirPatient("111222333", "Hoogstraten", "Fenna", "1012 NX")) + "\n"
        + fhirPatient("999993653", "Wildeboer", "Sanne", "3511 AA") + "\n");
    Files.writeString(export.resolve("b.json"),
        oneLineBundle(fhirPatient("999990482", "Verbeek", "Ilse", "9711 BC"),
            fhirPatient("123456782", "Dijkstra", "Joke", "8911 AA")));
    Path out = dir.resolve("shared-out");
    assertThat(run("assess", export.toString(), "--out", out.toString(), "--contact-columns",
        "--controller", "health")).as(err.toString()).isZero();

    List<String> rows = Files.readAllLines(out.resolve("notification-list.csv"));
    List<String> families = List.of("Zonneveld", "Hoogstraten", "Wildeboer", "Verbeek", "Dijkstra");
    List<String> givens = List.of("Marieke", "Fenna", "Sanne", "Ilse", "Joke");
    assertThat(rows).hasSize(1 + families.size());
    for (int i = 0; i < families.size(); i++) {
      String family = families.get(i);
      String given = givens.get(i);
      assertThat(rows).as(family).filteredOn(row -> row.contains(family)).singleElement()
          .satisfies(row -> assertThat(row).contains("," + given + ","));
    }
  }

  /**
   * A folder given as input and as --out, holding an extract named subjects.csv: it was skipped
   * without a word and then overwritten by the report. Now nothing is written, and the run says why.
   */
  @ParameterizedTest
  @ValueSource(strings = {"subjects.csv", "report.json", "report.html", "notification-list.csv"})
  void aFileUnderAReportFilesNameThatNoRunWroteIsNeverOverwritten(String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("breach"));
    Path theirs = Files.writeString(folder.resolve(name), EXTRACT, StandardCharsets.UTF_8);
    assertThat(run("assess", folder.toString(), "--out", folder.toString())).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString()
        .startsWith("exposure: " + theirs + " is not a file of an earlier Exposure report");
    assertThat(Files.readString(theirs)).isEqualTo(EXTRACT);
    try (var left = Files.list(folder)) {
      assertThat(left).containsExactly(theirs); // no marker left behind to make it a report's
    }
    // into another folder, the same extract is read
    assertThat(run("assess", folder.toString(), "--out", dir.resolve("out").toString())).isZero();
  }

  /** The key file where the report writes one of its files: the secret would be overwritten. */
  @ParameterizedTest
  @ValueSource(strings = {"report.json", "subjects.csv", ".exposure-report"})
  void aKeyFileWhereTheReportWritesIsRefused(String name) throws IOException {
    Path out = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", out.toString(), "--key-file",
        out.resolve(name).toString())).isEqualTo(1);
    assertThat(err.toString()).contains("keep the key apart from the report");
    assertThat(out.resolve(name)).doesNotExist();
  }

  /** A bad escape in a policy or circumstances file is the file's problem, in one line. */
  @Test
  void aMalformedEscapeInAPropertiesFileIsNamed() throws IOException {
    Path policy = Files.writeString(dir.resolve("p.properties"), "dpc.test_result=\\uZZZZ\n");
    assertThat(run("assess", extract().toString(), "--out", dir.resolve("o").toString(), "--policy",
        policy.toString())).isEqualTo(1);
    Path circumstances = Files.writeString(dir.resolve("c.txt"), "lab.csv.malicious = \\u00\n");
    assertThat(run("assess", extract().toString(), "--out", dir.resolve("o").toString(),
        "--circumstances", circumstances.toString())).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
        .startsWith("exposure: ").contains("a malformed \\u escape").doesNotContain("Exception"));
  }

  /** A name Java cannot make a path of (a NUL; under LANG=C, any letter beyond ASCII) is a usage error. */
  @Test
  void anInputNameThatCannotBeAPathIsAUsageError() {
    assertThat(run("assess", "lab\u0000.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("not a file name this system can use")
        .doesNotContain("Exception");
  }

  /** An empty name is not the working folder: a usage error, whichever option or input it is. */
  @Test
  void anEmptyNameIsAUsageError() throws IOException {
    for (String[] args : List.of(new String[] {"assess", ""},
        new String[] {"assess", extract().toString(), "--out="},
        new String[] {"assess", extract().toString(), "--key-file="},
        new String[] {"assess", extract().toString(), "--policy="})) {
      err.getBuffer().setLength(0);
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString()).contains("an empty name");
    }
  }

  /** A settings file that is a device or a pipe would never end or block the run. */
  @Test
  void aSettingsFileThatIsNotARegularFileIsRefused() throws IOException {
    for (String option : List.of("--policy", "--mapping", "--circumstances")) {
      err.getBuffer().setLength(0);
      assertThat(run("assess", extract().toString(), "--out", dir.resolve("o").toString(), option,
          "/dev/zero")).as(option).isEqualTo(1);
      assertThat(err.toString().lines()).singleElement().asString().endsWith("not a regular file");
    }
  }

  /** explain on a report.json cut short says so, without the parser's exception. */
  @Test
  void explainOnACutShortReportSaysSo() throws IOException {
    Path out = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", out.toString())).isZero();
    String subject = Files.readAllLines(out.resolve("subjects.csv")).get(1).split(",")[0];
    byte[] json = Files.readAllBytes(out.resolve("report.json"));
    Files.write(out.resolve("report.json"), java.util.Arrays.copyOf(json, json.length / 2));
    err.getBuffer().setLength(0);
    assertThat(run("explain", "--out", out.toString(), "--subject", subject)).isEqualTo(1);
    assertThat(err.toString().lines()).singleElement().asString()
        .contains("is not whole JSON").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "257", "1000000", "2147483647"})
  void aThreadCountOutOfRangeIsAUsageError(String threads) throws IOException {
    assertThat(run("assess", extract().toString(), "--threads", threads)).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be 1 to 256, was " + threads);
  }

  @Test
  void noIdentifierReachesAnyOutput() throws IOException {
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString())).isZero();
    StringBuilder everything = new StringBuilder(out.toString()).append(err);
    try (Stream<Path> files = Files.list(report)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        everything.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertThat(SECRETS).noneMatch(s -> everything.toString().contains(s));
  }

  @Test
  void missingInputIsAOneLineErrorWithExitOne() {
    int code = run("assess", dir.resolve("nope.csv").toString(), "--out", dir.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("exposure: input not found: ").doesNotContain("\n");
  }

  @Test
  void emptyBinaryAndUnusableFolderAreClearErrors() throws IOException {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    Path binary = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Files.write(folder.resolve("empty.csv"), new byte[0]);
    for (Path input : List.of(empty, binary, folder)) {
      StringWriter e = new StringWriter();
      int code = ExposureCommand.run(withKeyFile("assess", input.toString(), "--out",
          dir.resolve("o").toString()), new PrintWriter(new StringWriter(), true), new PrintWriter(e, true));
      assertThat(code).as(input.toString()).isEqualTo(1);
      assertThat(e.toString().strip()).startsWith("exposure: ").doesNotContain("\n")
          .contains("no file could be read as an extract");
    }
  }

  @Test
  void unwritableOutputIsAClearError() throws IOException {
    Path notAFolder = Files.writeString(dir.resolve("file"), "x");
    int code = run("assess", extract().toString(), "--out", notAFolder.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("exposure: cannot write the report to ");
  }

  @Test
  void wrongOptionsAreUsageErrors() throws IOException {
    assertThat(run("assess", extract().toString(), "--confidentiality", "everyone")).isEqualTo(2);
    assertThat(err.toString()).contains("--confidentiality").contains("Try 'exposure assess --help'");
    assertThat(run("assess")).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void helpListsEveryOptionWithItsDefault() {
    assertThat(run("assess", "--help")).isZero();
    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(help).contains("--out", "default: exposure-report", "--confidentiality",
        "default: unknown", "--integrity", "--availability", "--malicious", "--unintelligible",
        "--controller", "default: general", "--format", "--assessment-date");
  }

  @Test
  void aMappingFileSetsColumnTypes() throws IOException {
    Path rules = Files.writeString(dir.resolve("mapping.txt"),
        "# the lab says\nuitslag = ignore\nlab.csv: email = RECORD_ID\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString(), "--mapping",
        rules.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/fields/6/type").asText()).isEqualTo("OTHER");
    assertThat(json.at("/fields/6/evidence").asText()).isEqualTo("ignored by the mapping file, line 2");
    assertThat(json.at("/fields/5/type").asText()).isEqualTo("RECORD_ID");
    assertThat(json.at("/field_types/TEST_RESULT").asLong()).isZero();
  }

  @Test
  void aBadMappingFileIsAOneLineErrorNamingItsLine() throws IOException {
    Path rules = Files.writeString(dir.resolve("mapping.txt"), "bsn = NATIONAL_ID\nnaam = NAAM\n",
        StandardCharsets.UTF_8);
    assertThat(run("assess", extract().toString(), "--mapping", rules.toString())).isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("exposure: " + rules + ":2: unknown type 'NAAM'")
        .doesNotContain("\n");
    StringWriter e = new StringWriter();
    ExposureCommand.run(withKeyFile("assess", "x.csv", "--mapping", dir.resolve("none").toString()),
        new PrintWriter(new StringWriter(), true), new PrintWriter(e, true));
    assertThat(e.toString()).startsWith("exposure: mapping file not found: ");
  }

  @Test
  void explainTellsWhyASubjectGotHerLevel() throws IOException {
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString(), "--malicious",
        "--controller", "health", "--assessment-date", "2025-07-01")).isZero();
    List<String> rows = Files.readAllLines(report.resolve("subjects.csv"), StandardCharsets.UTF_8);
    assertThat(rows).hasSize(4).first().asString().startsWith("subject,level,se,");
    String abnormal = rows.stream().filter(r -> r.contains("STIGMA")).findFirst().orElseThrow();
    String key = abnormal.substring(0, abnormal.indexOf(','));
    assertThat(key).matches("[0-9a-f]{16}");
    out.getBuffer().setLength(0);
    assertThat(run("explain", "--subject", key, "--out", report.toString())).isZero();
    assertThat(out.toString())
        .startsWith("Subject " + key + ": Very high (SE 5.0)")
        .contains("DPC 4: an actual test result, diagnosis, medication or procedure was exposed.")
        .contains("EI 1: a national ID together with a name.")
        .contains("malicious intent +0.5")
        .contains("stigma (TEST_RESULT)");
    assertThat(run("explain", "--subject", "0123456789abcdef", "--out", report.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no subject with key 0123456789abcdef");
    assertThat(run("explain", "--subject", key, "--out", dir.resolve("nothing").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("run 'exposure assess' first");
  }

  @Test
  void theKeyFileKeepsSubjectKeysStableAndIsPrivate() throws IOException {
    Path keyFile = dir.resolve("keys/secret.key");
    assertThat(run("assess", extract().toString(), "--out", dir.resolve("a").toString(),
        "--key-file", keyFile.toString())).isZero();
    assertThat(err.toString()).contains("created a new subject-key secret in " + keyFile);
    assertThat(Files.readString(keyFile).strip()).matches("[0-9a-f]{64}");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    assertThat(run("assess", extract().toString(), "--out", dir.resolve("b").toString(),
        "--key-file", keyFile.toString())).isZero();
    assertThat(Files.readAllLines(dir.resolve("a/subjects.csv")).stream().sorted().toList())
        .isEqualTo(Files.readAllLines(dir.resolve("b/subjects.csv")).stream().sorted().toList());
    Path other = dir.resolve("other.key");
    assertThat(run("assess", extract().toString(), "--out", dir.resolve("c").toString(),
        "--key-file", other.toString())).isZero();
    assertThat(Files.readAllLines(dir.resolve("c/subjects.csv")).get(1).substring(0, 16))
        .isNotIn(Files.readAllLines(dir.resolve("a/subjects.csv")).stream()
            .map(l -> l.substring(0, 16)).toList());
    Files.writeString(other, "not hex\n");
    assertThat(run("assess", extract().toString(), "--key-file", other.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("cannot use the key file " + other);
  }

  @Test
  void theRunsOwnKeyFileAndReportsInTheInputFolderAreNotRead() throws IOException {
    Path breach = Files.createDirectories(dir.resolve("breach"));
    Files.writeString(breach.resolve("lab.csv"), EXTRACT, StandardCharsets.UTF_8);
    Path keyFile = breach.resolve("exposure.key");
    Path report = breach.resolve("exposure-report");
    for (int run = 0; run < 2; run++) { // the second run finds the first one's reports in the folder
      assertThat(run("assess", breach.toString(), "--out", report.toString(), "--key-file",
          keyFile.toString())).isZero();
    }
    String secret = Files.readString(keyFile).strip();
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.get("input").get("records_read").asLong()).isEqualTo(4);
    assertThat(json.get("input").get("sources")).hasSize(1);
    assertThat(json.get("input").get("sources").get(0).get("source").asText()).endsWith("lab.csv");
    for (String file : List.of("report.json", "report.html", "subjects.csv",
        "notification-list.csv")) {
      assertThat(Files.readString(report.resolve(file))).doesNotContain(secret);
    }
  }

  @Test
  void aPolicyFileIsAppliedAndPrinted() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.properties"),
        "version = test-policy/2\ninform.from = very_high\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString(), "--policy",
        policy.toString())).isZero();
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/policy/version").asText()).isEqualTo("test-policy/2");
    assertThat(json.at("/policy/inform.from").asText()).isEqualTo("very_high");
    assertThat(json.at("/reidentification/subjects_with_quasi_identifiers").asLong()).isEqualTo(3);
    Files.writeString(policy, "dpc.nonsense = 4\n", StandardCharsets.UTF_8);
    assertThat(run("assess", extract().toString(), "--policy", policy.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("unknown key dpc.nonsense");
  }

  @Test
  void circumstancesPerSourceReachTheReportAndTheSubjects() throws IOException {
    Path rules = Files.writeString(dir.resolve("c.properties"), "lab.csv.confidentiality = known\n"
        + "lab-2042.csv.malicious = false\n", StandardCharsets.UTF_8);
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString(), "--circumstances",
        rules.toString())).isZero();
    assertThat(err.toString()).contains("the circumstances file names lab-2042.csv, which is none of "
        + "the files read").doesNotContain("names lab.csv");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(json.at("/assessment/circumstances/confidentiality").asText()).isEqualTo("unknown");
    assertThat(json.at("/assessment/circumstances_by_source/lab.csv/confidentiality").asText())
        .isEqualTo("known");
    assertThat(Files.readAllLines(report.resolve("subjects.csv")).subList(1, 4))
        .allMatch(row -> row.contains(",KNOWN,NONE,NONE,false"));
    Files.writeString(rules, "lab.csv.confidentiality = everyone\n", StandardCharsets.UTF_8);
    assertThat(run("assess", extract().toString(), "--circumstances", rules.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("'everyone' is not a value of confidentiality");
  }

  @Test
  void theNotificationListNamesWhomToInformAndWhereToFindHer() throws IOException {
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString(), "--malicious",
        "--controller", "health", "--assessment-date", "2025-07-01")).isZero();
    List<String> rows = Files.readAllLines(report.resolve("notification-list.csv"));
    assertThat(rows.get(0)).isEqualTo("subject,level,se,harms,records,locations");
    JsonNode json = new ObjectMapper().readTree(report.resolve("report.json").toFile());
    assertThat(rows).hasSize(1 + json.at("/notification/data_subjects").asInt());
    assertThat(rows.subList(1, rows.size())).allMatch(r -> r.matches("[0-9a-f]{16},VERY_HIGH,5\\.0,.*,1,.*lab\\.csv:[235]"));
    Path encrypted = dir.resolve("encrypted");
    assertThat(run("assess", extract().toString(), "--out", encrypted.toString(), "--unintelligible"))
        .isZero();
    assertThat(Files.readAllLines(encrypted.resolve("notification-list.csv"))).hasSize(1);
  }

  @Test
  void breakdownsSuppressSmallCells() throws IOException {
    Path report = dir.resolve("out");
    assertThat(run("assess", extract().toString(), "--out", report.toString())).isZero();
    JsonNode b = new ObjectMapper().readTree(report.resolve("report.json").toFile()).at("/breakdowns");
    assertThat(b.at("/small_cell_threshold").asInt()).isEqualTo(5);
    // three subjects: every cell is below five, so none is published
    assertThat(b.at("/regions").size()).isZero();
    assertThat(b.at("/age_bands").size()).isZero();
    assertThat(b.at("/level_by_field_type/very_high").size()).isZero();
    assertThat(b.at("/suppressed_cells").asInt()).isPositive();
  }

  @Test
  void versionIsPrinted() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("exposure ");
  }
}
