package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Dutch lab export whose results share cells: HPV and cytology in one cell
 * ({@code hrHPV positief / Pap 3a2}), labelled parts ({@code HPV: positief (HPV16); Cytologie: Pap 2}),
 * a conclusion joining KOPAC-B and Bethesda; 12 columns, {@code ;}, dd-MM-yyyy, UTF-8.
 */
final class CombinedCellsTable implements CsvTable {
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private final DutchPeople people;
  private final SplittableRandom rng;

  /** @param seed the random seed */
  CombinedCellsTable(long seed) {
    this.people = new DutchPeople(seed);
    this.rng = people.random();
  }

  @Override
  public List<String> header() {
    return List.of("patientnummer", "bsn", "naam", "geboortedatum", "postcode", "huisnummer", "huisarts",
        "materiaal", "afnamedatum", "uitslag", "conclusie", "advies");
  }

  @Override
  public void next(String[] row) {
    DutchPeople.Person p = people.next();
    LocalDate sample = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    ScreeningResult r = ScreeningResult.draw(rng);
    row[0] = p.patientNumber();
    row[1] = p.bsn();
    row[2] = p.fullName();
    row[3] = DUTCH.format(p.birthDate());
    row[4] = p.postcode();
    row[5] = p.houseNumber();
    row[6] = p.gp();
    row[7] = rng.nextInt(100) < 20 ? "zelfafname" : "cervixuitstrijk";
    row[8] = DUTCH.format(sample);
    boolean labelled = rng.nextBoolean();
    if (!r.hpvPositive()) {
      row[9] = labelled ? "HPV: negatief; Cytologie: niet verricht" : "hrHPV negatief";
      row[10] = "";
      row[11] = "controle over 5 jaar";
      return;
    }
    row[9] = labelled
        ? "HPV: positief (" + r.genotype() + "); Cytologie: " + r.papClass()
        : "hrHPV positief / " + r.papClass();
    row[10] = "KOPAC-B " + r.kopacB() + " / " + r.bethesda();
    row[11] = r.abnormal() ? "verwijzing gynaecoloog" : "herhaling na 6 maanden";
  }
}
