package org.exposure.cli.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.exposure.cli.hostile.HostileCorpus.GOOD;
import static org.exposure.cli.hostile.HostileCorpus.assess;
import static org.exposure.cli.hostile.HostileCorpus.attack;
import static org.exposure.cli.hostile.HostileCorpus.concat;
import static org.exposure.cli.hostile.HostileCorpus.inWithGood;
import static org.exposure.cli.hostile.HostileCorpus.people;
import static org.exposure.cli.hostile.HostileCorpus.secretsOf;
import static org.exposure.cli.hostile.HostileCorpus.write;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.exposure.cli.hostile.Attack.Expect;
import org.exposure.cli.hostile.Attack.Plan;
import org.exposure.cli.hostile.HostileCorpus.Person;

/**
 * Hostile FHIR extracts: JSON (RFC 8259), NDJSON and XML (XML 1.0, XInclude), with the attacks of the
 * OWASP XXE prevention cheat sheet, CWE-611/776 and the numbers of the FHIR R4 datatypes (decimal,
 * integer) pushed past what a BigDecimal can hold.
 */
final class FhirAttacks {
  private FhirAttacks() {}

  static List<Attack> all() {
    List<Attack> a = new ArrayList<>();
    json(a);
    numbers(a);
    ndjson(a);
    xml(a);
    return a;
  }

  static String patientJson(Person p, String id) {
    return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"identifier\":[{\"system\":"
        + "\"http://fhir.nl/fhir/NamingSystem/bsn\",\"value\":\"" + p.bsn() + "\"}],\"name\":[{"
        + "\"family\":\"" + p.family() + "\",\"given\":[\"" + p.given() + "\"]}],\"birthDate\":\""
        + isoBirth(p) + "\",\"address\":[{\"postalCode\":\"" + p.postcode() + "\",\"city\":\""
        + p.city() + "\"}]}";
  }

  static String isoBirth(Person p) {
    String[] dmy = p.birth().split("-");
    return dmy[2] + "-" + dmy[1] + "-" + dmy[0];
  }

  static String observationJson(String patientId, String value) {
    return "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"hrHPV\"},"
        + "\"subject\":{\"reference\":\"Patient/" + patientId + "\"}," + value + "}";
  }

  static String patientXml(Person p) {
    return "<Patient xmlns=\"http://hl7.org/fhir\"><identifier><system value=\""
        + "http://fhir.nl/fhir/NamingSystem/bsn\"/><value value=\"" + p.bsn() + "\"/></identifier>"
        + "<name><family value=\"" + p.family() + "\"/><given value=\"" + p.given() + "\"/></name>"
        + "<birthDate value=\"" + isoBirth(p) + "\"/></Patient>";
  }

  /** good.csv and the hostile file side by side in {@code dir/in}; every entry read or listed. */
  private static Attack.Setup beside(String file, Function<Path, byte[]> content) {
    return dir -> {
      Path in = inWithGood(dir);
      write(in.resolve(file), content.apply(dir));
      return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
    };
  }

  private static Attack.Setup beside(String file, String text) {
    return beside(file, d -> text.getBytes(UTF_8));
  }

  /** rc 0, good.csv read whole, accounting exact, no secret of good.csv or of the attack. */
  private static Expect besideGood(List<String> secrets) {
    return Expect.rc(0).source("good.csv", 5).secrets(secretsOf(GOOD)).secrets(secrets);
  }

  private static void json(List<Attack> a) {
    Person p = HostileCorpus.person(1000);
    a.add(attack("json", "nesting-100k-arrays", "", "RFC 8259 s.9 (nesting limits); CWE-674",
        beside("deep.json", "{\"resourceType\":\"Patient\",\"extension\":"
            + "[".repeat(HostileCorpus.NESTING) + "]".repeat(HostileCorpus.NESTING) + "}"),
        besideGood(List.of())));
    a.add(attack("json", "nesting-100k-objects", "", "RFC 8259 s.9; CWE-674",
        beside("deep2.json", "{\"resourceType\":\"Bundle\",\"x\":" + "{\"a\":".repeat(HostileCorpus.NESTING)
            + "1" + "}".repeat(HostileCorpus.NESTING) + "}"),
        besideGood(List.of())));
    a.add(attack("json", "duplicate-keys", "", "RFC 8259 s.4 (names SHOULD be unique)",
        beside("dup.json", patientJson(p, "a").replace("\"name\":[", "\"name\":[{\"family\":\""
            + HostileCorpus.person(1001).family() + "\"}],\"name\":[")),
        besideGood(List.of(p.bsn(), p.family(), p.given(), HostileCorpus.person(1001).family()))));
    a.add(attack("json", "unknown-resource-type", "", "FHIR R4 (resourceType)",
        beside("odd.json", patientJson(p, "a").replace("\"Patient\"", "\"Xyzzyqwrt\"")),
        besideGood(List.of(p.bsn(), p.family(), p.given()))));
    a.add(attack("json", "resource-type-not-a-string", "", "FHIR R4 JSON (resourceType)",
        beside("odd2.json", "{\"name\":[{\"family\":\"" + p.family() + "\"}],\"resourceType\":[5,{}]}"),
        besideGood(List.of(p.family()))));
    a.add(attack("json", "bundle-100k-empty-entries", "", "FHIR R4 Bundle.entry (0..*)",
        beside("bundle.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + String.join(",", java.util.Collections.nCopies(HostileCorpus.BUNDLE_ENTRIES, "{}"))
            + "]}"),
        besideGood(List.of())));
    a.add(attack("json", "bundle-entry-an-object", "", "FHIR R4 Bundle.entry (0..*); a stranger's finding",
        beside("odd.json", "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":"
            + "{\"resource\":" + patientJson(p, "a") + "}}"),
        besideGood(p.secrets()).source("odd.json", 1).rejection("entry is not a JSON array")));
    List<Person> three = people(1300, 3);
    a.add(attack("json", "resources-one-after-another", "", "pretty-printed resources in one file; "
        + "a stranger's finding",
        beside("patients.json", String.join("\n", three.stream()
            .map(x -> patientJson(x, x.bsn()).replace(",", ",\n  ")).toList()) + "\n"),
        besideGood(secretsOf(three)).source("patients.json", 3).check((dir, o) -> {
          com.fasterxml.jackson.databind.JsonNode r = HostileCorpusTest.report(dir.resolve("out"));
          return r != null && r.at("/input/records_rejected").asLong() == 0 ? null
              : "resources one after another were rejected";
        })));
    a.add(attack("json", "truncated-bundle", "", "RFC 8259 (unterminated text)",
        beside("cut.json", d -> {
          String b = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
              + patientJson(p, "a") + "},{\"resource\":" + patientJson(HostileCorpus.person(1002), "b");
          return b.substring(0, b.length() - 20).getBytes(UTF_8);
        }),
        besideGood(List.of(p.bsn(), p.family(), p.given()))));
    a.add(attack("json", "narrative-10mb", "2", "issue 15 item 2; FHIR R4 Narrative (xhtml)",
        beside("narrative.json", d -> patientJson(p, "a").replace("\"identifier\"",
            "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
            + "x".repeat(HostileCorpus.NARRATIVE_BYTES) + "</div>\"},\"identifier\"").getBytes(UTF_8)),
        besideGood(List.of(p.bsn(), p.family(), p.given()))));
    a.add(attack("json", "invalid-surrogates", "", "RFC 8259 s.8.2 (unpaired surrogates)",
        beside("surrogates.json", patientJson(p, "a").replace("\"given\":[\"",
            "\"given\":[\"\\uD800\\uDC00\\uDFFF\\uD800x")),
        besideGood(List.of(p.bsn(), p.family(), p.given()))));
    a.add(attack("json", "bad-escapes", "", "RFC 8259 s.7 (escapes)",
        beside("escapes.json", patientJson(p, "a").replace("\"given\":[\"",
            "\"given\":[\"\\u12\\x41\\q\\")),
        besideGood(List.of(p.bsn(), p.family()))));
    a.add(attack("json", "bom-and-whitespace", "", "RFC 8259 s.8.1 (BOM), s.2 (whitespace)",
        beside("bom.json", d -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
            (" \r\n\t \n" + patientJson(p, "a")).getBytes(UTF_8))),
        besideGood(List.of(p.bsn(), p.family(), p.given())).source("bom.json", 1)));
    a.add(attack("json", "utf16le-no-bom", "8", "RFC 8259 s.8.1; RFC 4627 s.3 (encoding detection)",
        beside("u16.json", d -> patientJson(p, "a").getBytes(StandardCharsets.UTF_16LE)),
        besideGood(List.of(p.bsn(), p.family(), p.given())).notCsv("u16.json")));
    a.add(attack("json", "utf32be-no-bom", "8", "RFC 4627 s.3 (00 00 00 xx)",
        beside("u32.json", d -> patientJson(p, "a").getBytes(Charset.forName("UTF-32BE"))),
        besideGood(List.of(p.bsn(), p.family(), p.given())).notCsv("u32.json")));
    a.add(attack("json", "non-json-literals", "", "RFC 8259 s.6 (no NaN, Infinity, comments)",
        beside("lit.json", patientJson(p, "a").replace("\"identifier\"",
            "/* c */\"extension\":[{\"url\":\"x\",\"valueDecimal\":NaN},{\"url\":\"y\","
            + "\"valueDecimal\":-Infinity}],\"identifier\"")),
        besideGood(List.of(p.bsn(), p.family(), p.given()))));
  }

  /** Issue item 3: numbers that make HAPI build huge BigDecimals, in every numeric FHIR type. */
  private static void numbers(List<Attack> a) {
    String huge = "1" + "9".repeat(HostileCorpus.DIGITS);
    String[][] cases = {
        {"quantity-1e9999999", "\"valueQuantity\":{\"value\":1e9999999,\"unit\":\"mg\"}"},
        {"quantity-1e2147483647", "\"valueQuantity\":{\"value\":1e2147483647}"},
        {"quantity-minus-1e-2147483648", "\"valueQuantity\":{\"value\":-1e-2147483648}"},
        {"quantity-1e1000000", "\"valueQuantity\":{\"value\":1E+1000000}"},
        {"quantity-100k-digits", "\"valueQuantity\":{\"value\":" + huge + "}"},
        {"quantity-100k-fraction-digits", "\"valueQuantity\":{\"value\":0." + huge + "}"},
        {"range-low-1e9999999", "\"valueRange\":{\"low\":{\"value\":1e9999999},\"high\":{\"value\":2}}"},
        {"ratio-1e9999999", "\"valueRatio\":{\"numerator\":{\"value\":1e9999999},\"denominator\":"
            + "{\"value\":1e-9999999}}"},
        {"integer-1e9999999", "\"valueInteger\":1e9999999"},
        {"integer-100k-digits", "\"valueInteger\":" + huge},
        {"reference-range-1e9999999", "\"valueString\":\"x\",\"referenceRange\":[{\"low\":{\"value\":"
            + "1e9999999}}]"},
        {"sampled-data-1e9999999", "\"valueSampledData\":{\"origin\":{\"value\":1e9999999},"
            + "\"period\":1e9999999,\"dimensions\":1,\"data\":\"1 2\"}"},
        {"component-1e9999999", "\"component\":[{\"code\":{\"text\":\"x\"},\"valueQuantity\":"
            + "{\"value\":1e9999999}}]"},
        {"extension-decimal-1e9999999", "\"extension\":[{\"url\":\"http://example.org/x\","
            + "\"valueDecimal\":1e9999999}],\"valueString\":\"x\""},
        {"string-number-1e9999999", "\"valueQuantity\":{\"value\":\"1e9999999\"}"},
    };
    for (String[] c : cases) {
      Person p = HostileCorpus.person(1100 + c[0].length());
      a.add(attack("json", "number-" + c[0], "3", "issue 15 item 3; FHIR R4 decimal/integer; "
          + "RFC 8259 s.6", beside("numbers.ndjson", patientJson(p, "a") + "\n"
              + observationJson("a", c[1]) + "\n"
              + observationJson("a", "\"valueString\":\"hrHPV positief\"") + "\n"),
          besideGood(List.of(p.bsn(), p.family(), p.given())).source("numbers.ndjson", 3)));
    }
  }

  private static void ndjson(List<Attack> a) {
    List<Person> w = people(1200, 3);
    a.add(attack("ndjson", "garbage-between-lines", "", "NDJSON spec (each line a JSON text)",
        beside("mixed.ndjson", patientJson(w.get(0), "a") + "\nnot json at all " + w.get(1).family()
            + "\n" + patientJson(w.get(1), "b") + "\n{\"resourceType\":\"Patient\",\n"
            + patientJson(w.get(2), "c") + "\n"),
        besideGood(secretsOf(w)).source("mixed.ndjson", 5).rejection("")));
    a.add(attack("ndjson", "blank-and-crlf-lines", "", "NDJSON spec (CRLF accepted, blank lines)",
        beside("crlf.ndjson", "\r\n" + patientJson(w.get(0), "a") + "\r\n\r\n   \r\n"
            + patientJson(w.get(1), "b") + "\r\n"),
        besideGood(secretsOf(w.subList(0, 2))).source("crlf.ndjson", 2)));
    a.add(attack("ndjson", "bom-on-every-line", "", "RFC 8259 s.8.1 (BOM); a stranger's finding",
        beside("boms.ndjson", "\uFEFF" + patientJson(w.get(0), "a") + "\n\uFEFF" + patientJson(w.get(1), "b")
            + "\n"),
        besideGood(secretsOf(w.subList(0, 2))).source("boms.ndjson", 2).check((dir, o) -> {
          com.fasterxml.jackson.databind.JsonNode r = HostileCorpusTest.report(dir.resolve("out"));
          return r != null && r.at("/input/records_rejected").asLong() == 0 ? null
              : "a line starting with a byte-order mark was rejected";
        })));
    a.add(attack("ndjson", "narrative-10mb-line", "2", "issue 15 item 2 (500 MB narrative, scaled)",
        beside("big.ndjson", d -> (patientJson(w.get(0), "a") + "\n" + patientJson(w.get(1), "b")
            .replace("\"identifier\"", "\"text\":{\"status\":\"generated\",\"div\":\"<div>"
                + "y".repeat(HostileCorpus.NARRATIVE_BYTES) + "</div>\"},\"identifier\"") + "\n"
            + patientJson(w.get(2), "c") + "\n").getBytes(UTF_8)),
        besideGood(secretsOf(w)).source("big.ndjson", 3)));
    a.add(attack("ndjson", "line-of-1m-spaces", "", "NDJSON spec; RFC 8259 s.2",
        beside("spaces.ndjson", patientJson(w.get(0), "a") + "\n" + " ".repeat(HostileCorpus.REMARK_LETTERS)
            + "\n" + patientJson(w.get(1), "b") + "\n"),
        besideGood(secretsOf(w.subList(0, 2)))));
    a.add(attack("ndjson", "bundle-on-a-line", "", "FHIR bulk data (Bundle among resources)",
        beside("bundle.ndjson", patientJson(w.get(0), "a") + "\n{\"resourceType\":\"Bundle\","
            + "\"type\":\"collection\",\"entry\":[{\"resource\":" + patientJson(w.get(1), "b")
            + "},{\"resource\":" + patientJson(w.get(2), "c") + "}]}\n"),
        besideGood(secretsOf(w))));
    a.add(attack("ndjson", "json-text-sequence-rs", "", "RFC 7464 (RS-separated JSON)",
        beside("seq.json-seq", "\u001e" + patientJson(w.get(0), "a") + "\n\u001e"
            + patientJson(w.get(1), "b") + "\n"),
        besideGood(secretsOf(w.subList(0, 2)))));
  }

  private static void xml(List<Attack> a) {
    Person p = HostileCorpus.person(1300);
    String passwdLine = passwdFirstLine();
    a.add(attack("xml", "xxe-etc-passwd", "", "OWASP XXE Prevention Cheat Sheet; CWE-611",
        beside("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY xxe SYSTEM "
            + "\"file:///etc/passwd\">]>\n" + patientXml(p).replace("<family value=\"" + p.family()
            + "\"/>", "<family value=\"&xxe;\"/><text value=\"&xxe;\"/>")),
        besideGood(List.of(p.bsn(), p.given(), passwdLine))));
    a.add(attack("xml", "xxe-secret-file", "", "OWASP XXE Prevention Cheat Sheet; CWE-611",
        dir -> {
          Path secret = write(dir.resolve("secret.txt"), "Qxxesecret Vlmnrtzwaard");
          Path in = inWithGood(dir);
          write(in.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY xxe "
              + "SYSTEM \"" + secret.toUri() + "\">]>\n" + patientXml(p).replace(p.family(), "&xxe;"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        besideGood(List.of(p.bsn(), p.given(), "Qxxesecret", "Vlmnrtzwaard"))));
    a.add(attack("xml", "xxe-parameter-entity", "", "OWASP XXE (parameter entities); CWE-611",
        dir -> {
          Path secret = write(dir.resolve("secret.txt"), "Qparamsecret Zwxlmvoort");
          Path dtd = write(dir.resolve("evil.dtd"), "<!ENTITY % file SYSTEM \"" + secret.toUri()
              + "\">\n<!ENTITY % wrap \"<!ENTITY leak '%file;'>\">\n%wrap;\n");
          Path in = inWithGood(dir);
          write(in.resolve("param.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY % ext "
              + "SYSTEM \"" + dtd.toUri() + "\"> %ext;]>\n" + patientXml(p).replace(p.family(), "&leak;"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        besideGood(List.of(p.bsn(), p.given(), "Qparamsecret", "Zwxlmvoort"))));
    a.add(attack("xml", "external-dtd", "", "XML 1.0 s.2.8 (external subset); CWE-611",
        dir -> {
          Path dtd = write(dir.resolve("ext.dtd"), "<!ENTITY who \"Qdtdsecret Kwplanteijn\">\n");
          Path in = inWithGood(dir);
          write(in.resolve("dtd.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient SYSTEM \""
              + dtd.toUri() + "\">\n" + patientXml(p).replace(p.family(), "&who;"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        besideGood(List.of(p.bsn(), p.given(), "Qdtdsecret", "Kwplanteijn"))));
    a.add(attack("xml", "external-dtd-http", "", "OWASP XXE (SSRF to a closed local port)",
        beside("http.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient SYSTEM "
            + "\"http://127.0.0.1:9/evil.dtd\">\n" + patientXml(p)),
        besideGood(List.of(p.bsn(), p.given(), p.family()))));
    a.add(attack("xml", "billion-laughs", "", "CWE-776 (billion laughs)",
        beside("lol.xml", billionLaughs() + patientXml(p).replace(p.family(), "&lol9;")),
        besideGood(List.of(p.bsn(), p.given()))));
    a.add(attack("xml", "quadratic-blowup", "", "CWE-776 (quadratic blowup)",
        beside("quad.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [<!ENTITY a \""
            + "a".repeat(50_000 / HostileCorpus.DIVISOR) + "\">]>\n"
            + patientXml(p).replace(p.family(), "&a;".repeat(50_000 / HostileCorpus.DIVISOR))),
        besideGood(List.of(p.bsn(), p.given()))));
    a.add(attack("xml", "xinclude-secret", "", "XInclude 1.0 (parse=\"text\"); OWASP XXE",
        dir -> {
          Path secret = write(dir.resolve("secret.txt"), "Qxincludesecret Brmwoldt");
          Path in = inWithGood(dir);
          write(in.resolve("xi.xml"), "<?xml version=\"1.0\"?>\n" + patientXml(p).replace(
              "<name>", "<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\" "
              + "xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + secret.toUri()
              + "\" parse=\"text\"/></div></text><name>"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        besideGood(List.of(p.bsn(), p.given(), p.family(), "Qxincludesecret", "Brmwoldt"))));
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + patientXml(p);
    a.add(attack("xml", "utf16le-no-bom", "8", "issue 15 item 8; XML 1.0 Appendix F.1",
        beside("u16le.xml", d -> xml.getBytes(StandardCharsets.UTF_16LE)),
        besideGood(List.of(p.bsn(), p.given(), p.family())).notCsv("u16le.xml").source("u16le.xml", 1)));
    a.add(attack("xml", "utf16be-no-bom", "8", "issue 15 item 8; XML 1.0 Appendix F.1",
        beside("u16be.xml", d -> xml.getBytes(StandardCharsets.UTF_16BE)),
        besideGood(List.of(p.bsn(), p.given(), p.family())).notCsv("u16be.xml").source("u16be.xml", 1)));
    String xml32 = "<?xml version=\"1.0\" encoding=\"UTF-32\"?>\n" + patientXml(p);
    a.add(attack("xml", "utf32le-no-bom", "8", "issue 15 item 8; XML 1.0 Appendix F.1 (3C 00 00 00)",
        beside("u32le.xml", d -> xml32.replace("UTF-32", "UTF-32LE").getBytes(Charset.forName("UTF-32LE"))),
        besideGood(List.of(p.bsn(), p.given(), p.family())).notCsv("u32le.xml")));
    a.add(attack("xml", "utf32be-no-bom", "8", "issue 15 item 8; XML 1.0 Appendix F.1 (00 00 00 3C)",
        beside("u32be.xml", d -> xml32.replace("UTF-32", "UTF-32BE").getBytes(Charset.forName("UTF-32BE"))),
        besideGood(List.of(p.bsn(), p.given(), p.family())).notCsv("u32be.xml")));
    String script = "<script>alert('qx20')</script>";
    a.add(attack("xml", "cdata-script", "", "XML 1.0 s.2.7 (CDATA); OWASP XSS",
        beside("cdata.xml", "<?xml version=\"1.0\"?>\n" + patientXml(p).replace("<name>",
            "<text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\"><![CDATA["
            + script + "]]></div></text><name>").replace("<given value=\"" + p.given() + "\"/>",
            "<given value=\"" + p.given() + "\"/><suffix value=\"&lt;script&gt;qx21\"/>")),
        besideGood(List.of(p.bsn(), p.given(), p.family(), "qx20", "qx21")).html(script)));
    a.add(attack("xml", "processing-instructions", "", "XML 1.0 s.2.6 (PIs)",
        beside("pi.xml", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" "
            + "href=\"javascript:alert('qx22')\"?>\n<?php system('id'); ?>\n"
            + patientXml(p).replace("<name>", "<?qxpi " + p.city() + "?><name>")),
        besideGood(List.of(p.bsn(), p.given(), p.family(), p.city()))));
    a.add(attack("xml", "attribute-1m-chars", "2", "CWE-400 (long attribute value)",
        beside("attr.xml", "<?xml version=\"1.0\"?>\n" + patientXml(p).replace("<name>",
            "<name><text value=\"" + "n".repeat(HostileCorpus.REMARK_LETTERS) + "\"/>")),
        besideGood(List.of(p.bsn(), p.given(), p.family()))));
    a.add(attack("xml", "not-fhir-xml", "", "XML 1.0 (well-formed, not FHIR)",
        beside("svg.xml", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<text>" + p.family() + "</text></svg>"),
        besideGood(List.of(p.family())).skipped("svg.xml", "")));
  }

  static String billionLaughs() {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Patient [\n"
        + "<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      s.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        s.append(i == 1 ? "&lol;" : "&lol" + (i - 1) + ";");
      }
      s.append("\">\n");
    }
    return s.append("]>\n").toString();
  }

  /** The first line of /etc/passwd, the secret an XXE would leak; a stand-in where there is none. */
  static String passwdFirstLine() {
    try {
      List<String> lines = Files.readAllLines(Path.of("/etc/passwd"));
      if (!lines.isEmpty() && lines.get(0).length() > 8) {
        return lines.get(0);
      }
    } catch (IOException | RuntimeException e) {
      // no /etc/passwd here: the stand-in is as good a secret
    }
    return "root:x:0:0:root:/root:/bin/bash";
  }
}
