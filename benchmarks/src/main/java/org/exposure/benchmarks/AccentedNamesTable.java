package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A classic Dutch Excel export in Windows-1252: accented headers ({@code Patiëntnummer}), a quarter of
 * the women with accented given or family names (Daniëlle, Çelik, Öztürk), street and number in one
 * cell; 14 columns, {@code ;}, dd-MM-yyyy, CRLF. Every character is in the code page.
 */
final class AccentedNamesTable implements CsvTable {
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final String[] GIVEN = {"Daniëlle", "Mariëlle", "Renée", "Esmée", "Zoë", "Chloë",
    "Noëlle", "Anaïs", "Inés", "Desirée", "Thérèse", "Hélène", "Françoise", "Céline", "Josée", "Mónica",
    "Irène", "Agnès", "Ilonka", "Aïcha"};
  private static final String[] FAMILY = {"Çelik", "Öztürk", "Müller", "Gündüz", "Ünal", "Güler",
    "Sánchez", "Peña", "Lefèvre", "Hoëlle", "Coëlho", "Björkström", "Núñez", "Açikgöz", "Özdemir",
    "Brandão", "Ferreira Gonçalves", "Ouédraogo", "Žagar", "Šimek"};
  private final DutchPeople people;
  private final SplittableRandom rng;

  /** @param seed the random seed */
  AccentedNamesTable(long seed) {
    this.people = new DutchPeople(seed);
    this.rng = people.random();
  }

  @Override
  public List<String> header() {
    return List.of("Patiëntnummer", "BSN", "Achternaam", "Voorvoegsel", "Voornaam", "Geb.datum",
        "Straat + huisnr", "Postcode", "Plaats", "Telefoon", "Aanvrager", "Datum afname", "Onderzoek",
        "Uitslag");
  }

  @Override
  public void next(String[] row) {
    DutchPeople.Person p = people.next();
    LocalDate sample = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    ScreeningResult r = ScreeningResult.draw(rng);
    int accent = rng.nextInt(100);
    row[0] = p.patientNumber();
    row[1] = p.bsn();
    row[2] = accent < 12 ? FAMILY[rng.nextInt(FAMILY.length)] : p.familyName();
    row[3] = accent < 12 ? "" : p.prefix();
    row[4] = accent >= 10 && accent < 25 ? GIVEN[rng.nextInt(GIVEN.length)] : p.givenName();
    row[5] = DUTCH.format(p.birthDate());
    row[6] = p.streetLine();
    row[7] = p.postcode();
    row[8] = p.city();
    row[9] = rng.nextInt(100) < 50 ? p.phone() : "";
    row[10] = p.gp();
    row[11] = DUTCH.format(sample);
    row[12] = rng.nextInt(100) < 20 ? "HPV zelfafname" : "BVO cervixcytologie";
    row[13] = r.hpvPositive() ? r.hpv() + ", " + r.papClass() : r.hpv();
  }
}
