package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A Dutch lab export copied out of a form-based system: the address cell holds the street line and
 * the postcode line with a line break between them, and many remarks run over two or three lines;
 * such cells are quoted, records end in CRLF and the breaks inside cells are LF. 10 columns,
 * {@code ;}, dd-MM-yyyy, UTF-8.
 */
final class LineBreaksTable implements CsvTable {
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private final DutchPeople people;
  private final SplittableRandom rng;

  /** @param seed the random seed */
  LineBreaksTable(long seed) {
    this.people = new DutchPeople(seed);
    this.rng = people.random();
  }

  @Override
  public List<String> header() {
    return List.of("bsn", "naam", "geboortedatum", "adres", "huisarts", "monsternummer", "afnamedatum",
        "uitslag", "cytologie", "opmerkingen");
  }

  @Override
  public void next(String[] row) {
    DutchPeople.Person p = people.next();
    LocalDate sample = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    ScreeningResult r = ScreeningResult.draw(rng);
    row[0] = p.bsn();
    row[1] = p.fullName();
    row[2] = DUTCH.format(p.birthDate());
    row[3] = p.streetLine() + "\n" + p.postcode() + "  " + p.city().toUpperCase(Locale.ROOT);
    row[4] = p.gp() + (rng.nextInt(100) < 30 ? "\nAGB " + p.gpAgb() : "");
    row[5] = "M" + p.patientNumber();
    row[6] = DUTCH.format(sample);
    row[7] = r.hpv();
    row[8] = r.papClass();
    int lines = rng.nextInt(100);
    row[9] = lines < 30 ? ""
        : lines < 60 ? Remarks.shortRemark(rng, p, sample)
        : lines < 85 ? Remarks.sentences(rng, p, sample, 1) + "\n" + Remarks.sentences(rng, p, sample, 2)
        : Remarks.sentences(rng, p, sample, 1) + "\n\n- " + Remarks.sentences(rng, p, sample, 1) + "\n- "
            + Remarks.sentences(rng, p, sample, 1);
  }
}
