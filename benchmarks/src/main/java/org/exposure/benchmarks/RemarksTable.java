package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Dutch lab export of 15 columns with a free-text remark per row (one to three sentences, a third
 * blank), the name in one field, the address combined in one field, {@code ;} and dd-MM-yyyy. With a
 * long-remark share, that share of rows carries a clinical history of 2 to 8 KB instead.
 */
final class RemarksTable implements CsvTable {
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private final DutchPeople people;
  private final SplittableRandom rng;
  private final int longPerThousand;

  /**
   * @param seed            the random seed
   * @param longPerThousand rows per thousand whose remark is a long history (0 for none)
   */
  RemarksTable(long seed, int longPerThousand) {
    this.people = new DutchPeople(seed);
    this.rng = people.random();
    this.longPerThousand = longPerThousand;
  }

  @Override
  public List<String> header() {
    return List.of("BSN", "Naam", "Geboortedatum", "Geslacht", "Adres", "Telefoon", "Huisarts",
        "Monsternummer", "Afnamedatum", "Onderzoek", "Uitslag HPV", "Uitslag cytologie", "Status",
        "Beoordelaar", "Opmerking");
  }

  @Override
  public void next(String[] row) {
    DutchPeople.Person p = people.next();
    LocalDate sample = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    ScreeningResult result = ScreeningResult.draw(rng);
    row[0] = p.bsn();
    row[1] = p.sortName();
    row[2] = DUTCH.format(p.birthDate());
    row[3] = "V";
    row[4] = p.streetLine() + ", " + p.postcode() + " " + p.city();
    row[5] = rng.nextInt(100) < 70 ? p.phone() : "";
    row[6] = p.gp();
    row[7] = "CD" + p.patientNumber() + Digits.of(rng.nextInt(100), 2);
    row[8] = DUTCH.format(sample);
    row[9] = rng.nextInt(100) < 20 ? "zelfafname" : "uitstrijkje";
    row[10] = result.hpv();
    row[11] = result.papClass();
    row[12] = rng.nextInt(100) < 95 ? "definitief" : "voorlopig";
    row[13] = "analist " + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26));
    row[14] = longPerThousand > 0 && rng.nextInt(1000) < longPerThousand
        ? Remarks.longRemark(rng, p, sample, 2 + rng.nextInt(7))
        : Remarks.shortRemark(rng, p, sample);
  }
}
