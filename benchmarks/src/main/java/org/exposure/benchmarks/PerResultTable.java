package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A lab information system's result export: one row per determination, so several rows per woman
 * (2 to 8: the test, hrHPV, for positives the genotype, Pap class, KOPAC-B and Bethesda, and for some
 * an earlier round), each repeating her BSN, patient number, name and birth date; 12 columns,
 * {@code |}, yyyyMMdd dates, UTF-8. A woman's rows may be cut short by the row count asked.
 */
final class PerResultTable implements CsvTable {
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
  private final DutchPeople people;
  private final SplittableRandom rng;
  private final Deque<String[]> pending = new ArrayDeque<>();

  /** @param seed the random seed */
  PerResultTable(long seed) {
    this.people = new DutchPeople(seed);
    this.rng = people.random();
  }

  @Override
  public List<String> header() {
    return List.of("BSN", "PATNR", "NAAM", "GEBDAT", "PC", "AANVRAGER", "MONSTERNR", "AFNAMEDAT",
        "BEPALING", "UITSLAG", "EENHEID", "STATUS");
  }

  @Override
  public void next(String[] row) {
    if (pending.isEmpty()) {
      woman();
    }
    String[] next = pending.removeFirst();
    System.arraycopy(next, 0, row, 0, row.length);
  }

  /** Queues every row of the next woman. */
  private void woman() {
    DutchPeople.Person p = people.next();
    String[] person = {p.bsn(), p.patientNumber(), p.sortName(), COMPACT.format(p.birthDate()),
      p.postcode().replace(" ", ""), p.gpAgb()};
    if (rng.nextInt(100) < 30) { // her previous round, five years earlier, negative
      LocalDate earlier = DutchPeople.REFERENCE_DATE.minusYears(5).minusDays(rng.nextInt(365));
      String sample = "T" + Digits.of(rng.nextLong(10_000_000_000L), 10);
      queue(person, sample, earlier, "ONDERZOEK", "BVO baarmoederhalskanker", "");
      queue(person, sample, earlier, "HRHPV", "negatief", "");
    }
    LocalDate date = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    String sample = "T" + Digits.of(rng.nextLong(10_000_000_000L), 10);
    ScreeningResult r = ScreeningResult.draw(rng);
    queue(person, sample, date, "ONDERZOEK", rng.nextInt(100) < 20 ? "zelfafname" : "uitstrijkje", "");
    queue(person, sample, date, "HRHPV", r.hpvPositive() ? "positief" : "negatief", "");
    if (r.hpvPositive()) {
      queue(person, sample, date, "HPVTYPE", r.genotype(), "");
      queue(person, sample, date, "PAP", r.pap(), "klasse");
      queue(person, sample, date, "KOPACB", r.kopacB(), "code");
      queue(person, sample, date, "BETHESDA", r.bethesda(), "");
    }
  }

  private void queue(String[] person, String sample, LocalDate date, String test, String result,
      String unit) {
    String[] row = new String[12];
    System.arraycopy(person, 0, row, 0, person.length);
    row[6] = sample;
    row[7] = COMPACT.format(date);
    row[8] = test;
    row[9] = result;
    row[10] = unit;
    row[11] = rng.nextInt(100) < 97 ? "F" : "C"; // final or corrected
    pending.addLast(row);
  }
}
