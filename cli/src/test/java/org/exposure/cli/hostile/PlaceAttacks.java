package org.exposure.cli.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.exposure.cli.hostile.HostileCorpus.GOOD;
import static org.exposure.cli.hostile.HostileCorpus.assess;
import static org.exposure.cli.hostile.HostileCorpus.attack;
import static org.exposure.cli.hostile.HostileCorpus.extract;
import static org.exposure.cli.hostile.HostileCorpus.inWithGood;
import static org.exposure.cli.hostile.HostileCorpus.mkfifo;
import static org.exposure.cli.hostile.HostileCorpus.people;
import static org.exposure.cli.hostile.HostileCorpus.secretsOf;
import static org.exposure.cli.hostile.HostileCorpus.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.exposure.cli.hostile.Attack.Expect;
import org.exposure.cli.hostile.Attack.Needs;
import org.exposure.cli.hostile.Attack.Plan;
import org.exposure.cli.hostile.HostileCorpus.Person;

/** Attacks on the places the command reads and writes: key file, output folder, inputs, arguments. */
final class PlaceAttacks {
  private PlaceAttacks() {}

  static List<Attack> all() {
    List<Attack> a = new ArrayList<>();
    key(a);
    out(a);
    inputs(a);
    commandLine(a);
    strangers(a);
    return a;
  }

  /** good.csv assessed with {@code --key-file <key>}, the key file made by {@code make}. */
  private interface KeyMaker {
    Path make(Path dir) throws java.io.IOException;
  }

  private static Attack keyAttack(String name, String item, String source, KeyMaker make,
      Expect expect) {
    return attack("key", name, item, source, dir -> {
      Path in = inWithGood(dir);
      Path key = make.make(dir);
      return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in.resolve("good.csv"),
          "--key-file", key));
    }, expect.secrets(secretsOf(GOOD)));
  }

  private static void key(List<Attack> a) {
    a.add(keyAttack("empty", "", "CWE-20", d -> write(d.resolve("k.key"), ""),
        Expect.rc(1).stderr("key file")));
    a.add(keyAttack("a-folder", "", "CWE-20", d -> Files.createDirectories(d.resolve("k.key")),
        Expect.rc(1).stderr("key file")));
    a.add(keyAttack("fifo", "8", "issue 15 item 8; CWE-400 (blocking read)", d -> {
      mkfifo(d.resolve("k.key"));
      return d.resolve("k.key");
    }, Expect.rc(1).stderr("key file").needs(Needs.POSIX)));
    a.add(keyAttack("unreadable", "", "CWE-732", d -> {
      Path k = write(d.resolve("k.key"), HostileCorpus.KEY);
      Files.setPosixFilePermissions(k, Set.of());
      return k;
    }, Expect.rc(1).stderr("key file").needs(Needs.NOT_ROOT)));
    a.add(keyAttack("too-short", "", "CWE-326 (short secret)",
        d -> write(d.resolve("k.key"), "0123456789abcdef\n"), Expect.rc(1).stderr("key file")));
    a.add(keyAttack("binary-garbage", "", "CWE-20", d -> {
      byte[] b = new byte[4096];
      new java.util.Random(15).nextBytes(b);
      return HostileCorpus.write(d.resolve("k.key"), b);
    }, Expect.rc(1).stderr("key file")));
    a.add(keyAttack("symlink-dev-zero", "8", "CWE-59, CWE-400 (endless file)", d -> {
      Path k = d.resolve("k.key");
      Files.createSymbolicLink(k, Path.of("/dev/zero"));
      return k;
    }, Expect.rc(1).stderr("key file").needs(Needs.POSIX)));
    a.add(keyAttack("symlink-dev-urandom", "8", "CWE-59, CWE-400 (endless file)", d -> {
      Path k = d.resolve("k.key");
      Files.createSymbolicLink(k, Path.of("/dev/urandom"));
      return k;
    }, Expect.rc(1).stderr("key file").needs(Needs.POSIX)));
    List<Person> w = people(1500, 3);
    a.add(keyAttack("holds-names", "", "CWE-209 (message echoing a file)",
        d -> write(d.resolve("k.key"), w.get(0).name() + "\n" + w.get(1).bsn() + "\n"),
        Expect.rc(1).stderr("key file").secrets(secretsOf(w.subList(0, 2)))));
    a.add(keyAttack("is-the-extract", "", "CWE-209 (the extract given as key)",
        d -> d.resolve("in/good.csv"), Expect.rc(1).stderr("key file")));
    a.add(keyAttack("huge-hex", "", "CWE-400 (100 MB of hex digits)", d -> {
      Path k = d.resolve("k.key");
      try (var out = Files.newBufferedWriter(k)) {
        String chunk = "0123456789abcdef".repeat(4096);
        for (int i = 0; i < 1600 / HostileCorpus.DIVISOR; i++) {
          out.write(chunk);
        }
      }
      return k;
    }, Expect.rc(0, 1)));
    a.add(keyAttack("parent-is-a-file", "", "CWE-20",
        d -> write(d.resolve("plain"), "x").resolve("k.key"), Expect.rc(1).stderr("key file")));
    a.add(attack("key", "six-first-runs-race", "8", "issue 15 item 8 (race on a new key file)",
        dir -> {
          Path in = inWithGood(dir);
          Path key = dir.resolve("new/exposure.key");
          List<List<String>> runs = new ArrayList<>();
          for (int i = 0; i < 6; i++) {
            runs.add(assess(dir.resolve("out" + i), in.resolve("good.csv"), "--key-file", key));
          }
          Plan plan = new Plan(List.of(), runs, dir.resolve("out0"), List.of(dir.resolve("out0")), null);
          for (int i = 1; i < 6; i++) {
            plan = plan.scanning(dir.resolve("out" + i));
          }
          return plan;
        },
        Expect.rc(0).secrets(secretsOf(GOOD)).check((dir, o) -> {
          String key = Files.readString(dir.resolve("new/exposure.key")).strip();
          if (!key.matches("[0-9a-f]{64}")) {
            return "the key file does not hold 64 hex digits";
          }
          List<String> first = firstColumn(dir.resolve("out0/subjects.csv"));
          for (int i = 1; i < 6; i++) {
            if (!firstColumn(dir.resolve("out" + i + "/subjects.csv")).equals(first)) {
              return "run " + i + " used another secret than run 0";
            }
          }
          return null;
        })));
  }

  static List<String> firstColumn(Path csv) throws java.io.IOException {
    return HostileCorpus.sortedLines(csv).stream().map(l -> l.split(",", -1)[0]).toList();
  }

  private static void out(List<Attack> a) {
    a.add(attack("out", "is-a-file", "", "CWE-20",
        dir -> {
          Path in = inWithGood(dir);
          Path out = write(dir.resolve("out"), "not a folder");
          return Plan.of(null, assess(out, in));
        }, Expect.rc(1).stderr("cannot write").secrets(secretsOf(GOOD))));
    a.add(attack("out", "dev-null", "", "CWE-20 (a device as folder)",
        dir -> Plan.of(null, assess(Path.of("/dev/null"), inWithGood(dir))),
        Expect.rc(1).secrets(secretsOf(GOOD))));
    a.add(attack("out", "read-only-folder", "", "CWE-732",
        dir -> {
          Path in = inWithGood(dir);
          Path out = Files.createDirectories(dir.resolve("out"));
          Files.setPosixFilePermissions(out, Set.of(PosixFilePermission.OWNER_READ,
              PosixFilePermission.OWNER_EXECUTE));
          return Plan.of(out, assess(out, in));
        }, Expect.rc(1).stderr("cannot write").needs(Needs.NOT_ROOT).secrets(secretsOf(GOOD))));
    a.add(attack("out", "inside-input-folder", "7", "issue 15 item 7",
        dir -> {
          Path in = inWithGood(dir);
          Plan run = Plan.of(in.resolve("report"), assess(in.resolve("report"), in));
          return run.withBefore(assess(in.resolve("report"), in));
        }, Expect.rc(0).records(5, 5, 0).source("good.csv", 5).secrets(secretsOf(GOOD))
            .check(onlySource("good.csv"))));
    a.add(attack("out", "same-as-input-folder", "7", "issue 15 item 7",
        dir -> {
          Path in = inWithGood(dir);
          return Plan.of(in, assess(in, in)).withBefore(assess(in, in));
        }, Expect.rc(0).records(5, 5, 0).secrets(secretsOf(GOOD)).check(onlySource("good.csv"))));
    a.add(attack("out", "earlier-report-inside-input", "7", "issue 15 item 7",
        dir -> {
          Path in = inWithGood(dir);
          Path old = in.resolve("exposure-report-2025-06");
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in))
              .withBefore(assess(old, in.resolve("good.csv"), "--contact-columns"))
              .scanning(old);
        }, Expect.rc(0).records(5, 5, 0).source("good.csv", 5).skipped("exposure-report-2025-06", "")
            .secrets(secretsOf(GOOD)).check(onlySource("good.csv"))));
    a.add(attack("out", "earlier-report-deep-inside-input", "7", "issue 15 item 7",
        dir -> {
          Path in = inWithGood(dir);
          Path old = in.resolve("archive/2025/run-1");
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in))
              .withBefore(assess(old, in.resolve("good.csv"))).scanning(old);
        }, Expect.rc(0).records(5, 5, 0).skipped("run-1", "").secrets(secretsOf(GOOD))
            .check(onlySource("good.csv"))));
    a.add(attack("out", "failed-run-keeps-earlier-report", "4", "issue 15 item 4",
        dir -> {
          Path in = inWithGood(dir);
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in.resolve("good.csv"),
              in.resolve("gone.csv"))).withBefore(assess(dir.resolve("out"), in.resolve("good.csv")));
        }, Expect.rc(1).stderr("not found").secrets(secretsOf(GOOD)).check(intact())));
    a.add(attack("out", "failed-read-keeps-earlier-report", "4", "issue 15 item 4",
        dir -> {
          Path in = inWithGood(dir);
          Path bad = Files.createDirectories(dir.resolve("bad"));
          write(bad.resolve("empty.csv"), "");
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), bad))
              .withBefore(assess(dir.resolve("out"), in.resolve("good.csv"), "--contact-columns"));
        }, Expect.rc(1).secrets(secretsOf(GOOD)).check(intact())));
    a.add(attack("out", "bad-mapping-keeps-earlier-report", "4", "issue 15 item 4",
        dir -> {
          Path in = inWithGood(dir);
          Path mapping = write(dir.resolve("mapping.txt"), "naam = NAAM\n");
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in.resolve("good.csv"),
              "--mapping", mapping)).withBefore(assess(dir.resolve("out"), in.resolve("good.csv")));
        }, Expect.rc(1).secrets(secretsOf(GOOD)).check(intact())));
    a.add(attack("out", "two-runs-one-folder", "5", "issue 15 item 5; CWE-362",
        dir -> {
          List<Person> many = people(3000, 40);
          StringBuilder big = new StringBuilder(HostileCorpus.HEADER).append('\n');
          for (int i = 0; i < HostileCorpus.SHARED_FOLDER_ROWS; i++) {
            big.append(HostileCorpus.row(many.get(i % many.size()), "r" + i)).append('\n');
          }
          Path a1 = write(dir.resolve("a/big.csv"), big.toString());
          Path b1 = write(dir.resolve("b/good.csv"), extract(GOOD));
          Path out = dir.resolve("out");
          return Plan.of(out, assess(out, a1)).withRuns(List.of(assess(out, a1), assess(out, b1)));
        }, Expect.rc(0, 1).secrets(secretsOf(GOOD)).secrets(secretsOf(people(3000, 40)))
            .check(oneRunOnly())));
    a.add(attack("out", "notification-list-private", "8", "issue 15 item 8; CWE-276",
        dir -> {
          Path in = inWithGood(dir);
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in.resolve("good.csv"),
              "--contact-columns", "--controller", "health", "--malicious"));
        }, Expect.rc(0).records(5, 5, 0).check((dir, o) -> {
          Path list = dir.resolve("out/notification-list.csv");
          if (!Files.exists(list)) {
            return "no notification-list.csv";
          }
          Set<PosixFilePermission> p = Files.getPosixFilePermissions(list);
          return p.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))
              ? "notification-list.csv with contact details is "
                  + java.nio.file.attribute.PosixFilePermissions.toString(p) + ", not private" : null;
        })));
  }

  /** The report names only the given source. */
  static Attack.Check onlySource(String name) {
    return (dir, o) -> {
      for (Path out : List.of(dir.resolve("out"), dir.resolve("in/report"), dir.resolve("in"))) {
        JsonNode r = HostileCorpusTest.report(out);
        if (r != null) {
          for (JsonNode s : r.at("/input/sources")) {
            if (!s.get("source").asText().endsWith(name)) {
              return "an earlier report's file was read as an extract: " + s.get("source").asText();
            }
          }
          return null;
        }
      }
      return "no report.json";
    };
  }

  /** The report folder is byte for byte as the runs before left it. */
  static Attack.Check intact() {
    return (dir, o) -> {
      TreeMap<String, byte[]> now = HostileCorpus.snapshot(dir.resolve("out"));
      Map<Path, byte[]> before = o.outBefore();
      TreeMap<String, byte[]> was = new TreeMap<>();
      before.forEach((p, b) -> was.put(dir.resolve("out").relativize(p).toString(), b));
      if (!was.keySet().equals(now.keySet())) {
        return "the report folder held " + was.keySet() + " and now holds " + now.keySet();
      }
      for (String f : was.keySet()) {
        if (!Arrays.equals(was.get(f), now.get(f))) {
          return f + " changed (" + was.get(f).length + " bytes, now " + now.get(f).length + ")";
        }
      }
      return null;
    };
  }

  /** The folder's files come from one run: counts agree across report.json and the CSV files. */
  static Attack.Check oneRunOnly() {
    return (dir, o) -> {
      Path out = dir.resolve("out");
      JsonNode r = HostileCorpusTest.report(out);
      if (r == null) {
        return "no report.json after two runs";
      }
      List<String> subjects = Files.readAllLines(out.resolve("subjects.csv"), UTF_8);
      List<String> list = Files.readAllLines(out.resolve("notification-list.csv"), UTF_8);
      if (subjects.size() - 1 != r.get("subjects").asLong()) {
        return "report.json counts " + r.get("subjects").asLong() + " subjects, subjects.csv holds "
            + (subjects.size() - 1);
      }
      if (list.size() - 1 != r.at("/notification/data_subjects").asLong()) {
        return "report.json has " + r.at("/notification/data_subjects").asLong()
            + " to inform, notification-list.csv " + (list.size() - 1);
      }
      int columns = list.get(0).split(",", -1).length;
      for (String row : list) {
        if (row.split(",", -1).length != columns) {
          return "a notification-list.csv row has another number of columns than its header";
        }
      }
      return null;
    };
  }

  private static void inputs(List<Attack> a) {
    a.add(attack("input", "fifo", "8", "issue 15 item 8; CWE-400 (blocking open)",
        dir -> {
          Path fifo = dir.resolve("in/pipe.csv");
          mkfifo(fifo);
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), fifo));
        }, Expect.rc(1).needs(Needs.POSIX)));
    a.add(attack("input", "fifo-in-folder", "8", "issue 15 item 8",
        dir -> {
          Path in = inWithGood(dir);
          mkfifo(in.resolve("pipe.csv"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        }, Expect.rc(0).source("good.csv", 5).skipped("pipe.csv", "").secrets(secretsOf(GOOD))
            .needs(Needs.POSIX)));
    List<Person> w = people(1600, 4);
    a.add(attack("input", "symlink-to-folder", "8", "issue 15 item 8; CWE-59",
        dir -> {
          Path in = inWithGood(dir);
          Path other = write(dir.resolve("elsewhere/more.csv"), extract(w)).getParent();
          Files.createSymbolicLink(in.resolve("linked"), other);
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        }, Expect.rc(0).source("good.csv", 5).secrets(secretsOf(GOOD)).secrets(secretsOf(w))
            .needs(Needs.POSIX)));
    a.add(attack("input", "symlink-loop", "", "CWE-59, CWE-835 (loop)",
        dir -> {
          Path in = inWithGood(dir);
          Files.createSymbolicLink(in.resolve("loop"), in);
          Files.createSymbolicLink(in.resolve("x1"), in.resolve("x2"));
          Files.createSymbolicLink(in.resolve("x2"), in.resolve("x1"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        }, Expect.rc(0).records(5, 5, 0).secrets(secretsOf(GOOD)).needs(Needs.POSIX)));
    a.add(attack("input", "hidden-files", "", "desktop and office leftovers (.DS_Store, .~lock), "
        + "version control (.git), a name made to look like a traversal; CWE-22",
        dir -> {
          Path in = inWithGood(dir);
          write(in.resolve(".DS_Store"), new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
          write(in.resolve(".~lock.good.csv#"), ",clerk,lab-pc,07.12.2026 10:00,file:///;");
          write(in.resolve("..\\..\\etc\\passwd.csv"), extract(w));
          write(in.resolve(".git/HEAD"), "ref: refs/heads/main\n");
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        }, Expect.rc(0).records(5, 5, 0).source("good.csv", 5).skipped(".DS_Store", "hidden")
            .skipped(".~lock.good.csv#", "hidden").skipped("..\\..\\etc", "hidden")
            .skipped(".git", "hidden").secrets(secretsOf(GOOD)).secrets(secretsOf(w))));
    a.add(attack("input", "dangling-symlink", "", "CWE-59",
        dir -> {
          Path in = inWithGood(dir);
          Files.createSymbolicLink(in.resolve("gone.csv"), dir.resolve("nowhere.csv"));
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        }, Expect.rc(0).records(5, 5, 0).secrets(secretsOf(GOOD)).needs(Needs.POSIX)));
    a.add(attack("input", "symlink-to-secret-file", "", "CWE-59 (link out of the folder)",
        dir -> {
          Path in = inWithGood(dir);
          Path outside = write(dir.resolve("private/other.csv"), extract(w));
          Files.createSymbolicLink(in.resolve("other.csv"), outside);
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in)).listing(in);
        }, Expect.rc(0).source("good.csv", 5).secrets(secretsOf(GOOD)).secrets(secretsOf(w))
            .needs(Needs.POSIX)));
    a.add(attack("input", "nonexistent", "", "CWE-20",
        dir -> Plan.of(dir.resolve("out"), assess(dir.resolve("out"), dir.resolve("nope.csv"))),
        Expect.rc(1).stderr("not found")));
    a.add(attack("input", "only-binary-files", "", "file signatures",
        dir -> {
          Path in = Files.createDirectories(dir.resolve("in"));
          write(in.resolve("a.pdf"), "%PDF-1.4\n\0\0".getBytes(UTF_8));
          write(in.resolve("b.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in));
        }, Expect.rc(1).stderr("no file could be read")));
    a.add(attack("input", "empty-folder", "", "CWE-20",
        dir -> Plan.of(dir.resolve("out"), assess(dir.resolve("out"),
            Files.createDirectories(dir.resolve("in")))),
        Expect.rc(1)));
    a.add(attack("input", "dev-zero", "8", "CWE-400 (endless input)",
        dir -> Plan.of(dir.resolve("out"), assess(dir.resolve("out"), Path.of("/dev/zero"))),
        Expect.rc(1)));
    a.add(attack("input", "dev-urandom", "8", "CWE-400 (endless input)",
        dir -> Plan.of(dir.resolve("out"), assess(dir.resolve("out"), Path.of("/dev/urandom"))),
        Expect.rc(1)));
    a.add(attack("input", "many-small-files", "", "CWE-400 (2,000 files)",
        dir -> {
          Path in = Files.createDirectories(dir.resolve("in"));
          Person p = HostileCorpus.person(1700);
          for (int i = 0; i < 2000 / HostileCorpus.DIVISOR; i++) {
            write(in.resolve(String.format(java.util.Locale.ROOT, "part-%04d.csv", i)),
                HostileCorpus.HEADER + "\n" + HostileCorpus.row(p, "r" + i) + "\n");
          }
          return Plan.of(dir.resolve("out"), assess(dir.resolve("out"), in));
        }, Expect.rc(0).records(2000 / HostileCorpus.DIVISOR, 2000 / HostileCorpus.DIVISOR, 0)
            .secrets(HostileCorpus.person(1700).secrets())));
  }

  /** The second stranger's attacks on the places a run writes and the options it is given. */
  private static void strangers(List<Attack> a) {
    a.add(attack("out", "input-folder-as-out-with-an-extract-named-subjects", "",
        "CWE-73 (a file the run would overwrite); a stranger's finding",
        dir -> {
          Path in = inWithGood(dir);
          write(in.resolve("subjects.csv"), extract(GOOD));
          return Plan.of(null, assess(in, in));
        },
        Expect.rc(1).stderr("is not a file of an earlier Exposure report").secrets(secretsOf(GOOD))
            .check((dir, o) -> Files.readString(dir.resolve("in/subjects.csv")).equals(extract(GOOD))
                ? null : "the extract named subjects.csv was changed")));
    a.add(attack("key", "where-the-report-writes", "", "CWE-73; a stranger's finding",
        dir -> Plan.of(null, new ArrayList<>(List.of("assess", inWithGood(dir).resolve("good.csv")
            .toString(), "--out", dir.resolve("out").toString(), "--key-file",
            dir.resolve("out/report.json").toString()))),
        Expect.rc(1).stderr("keep the key apart").secrets(secretsOf(GOOD))));
    for (String threads : List.of("0", "257", "50000000", "2147483647")) {
      a.add(attack("cli", "threads-" + threads, "", "CWE-400 (a thread per request); a stranger's finding",
          dir -> Plan.of(null, assess(dir.resolve("out"), inWithGood(dir), "--threads", threads)),
          Expect.rc(2).stderr("--threads must be 1 to 256").secrets(secretsOf(GOOD))));
    }
    for (String option : List.of("--policy", "--circumstances")) {
      a.add(attack("cli", option.substring(2) + "-bad-escape", "", "java.util.Properties (\\u escapes)",
          dir -> Plan.of(null, assess(dir.resolve("out"), inWithGood(dir), option,
              write(dir.resolve("settings.properties"), "good.csv.malicious=\\uZZZZ\n").toString())),
          Expect.rc(1).stderr("malformed").secrets(secretsOf(GOOD))));
    }
  }

  private static void commandLine(List<Attack> a) {
    a.add(attack("cli", "bad-date", "", "picocli (type conversion)",
        dir -> Plan.of(null, List.of("assess", inWithGood(dir).toString(), "--assessment-date",
            "2025-13-45", "--out", dir.resolve("out").toString())),
        Expect.rc(2).secrets(secretsOf(GOOD))));
    a.add(attack("cli", "format-fhir-on-csv", "", "CWE-20 (forced format)",
        dir -> Plan.of(dir.resolve("out"), assess(dir.resolve("out"),
            inWithGood(dir).resolve("good.csv"), "--format", "fhir")),
        Expect.rc(1).secrets(secretsOf(GOOD))));
    a.add(attack("cli", "dash-file-name", "", "POSIX utility syntax guideline 10 ('--')",
        dir -> {
          Path in = Files.createDirectories(dir.resolve("in"));
          write(in.resolve("-rf.csv"), extract(GOOD));
          List<String> args = new ArrayList<>(List.of("assess", "--out", dir.resolve("out").toString(),
              "--assessment-date", HostileCorpus.DATE, "--key-file", dir.resolve("exposure.key").toString(),
              "--", in.resolve("-rf.csv").toString()));
          return Plan.of(dir.resolve("out"), args);
        }, Expect.rc(0).records(5, 5, 0).secrets(secretsOf(GOOD))));
  }
}
