package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Free-text remarks as a screening lab's staff type them: one to three short sentences, some naming
 * the woman, a date, a phone number or her GP, as real notes do; and, for a few rows, a long clinical
 * history of several KB. Stateless; draws from the caller's random stream, so the caller's order of
 * draws fixes the text.
 */
final class Remarks {
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final String[] PLAIN = {
    "Uitslag telefonisch doorgegeven.",
    "Herhaling uitstrijkje over 6 maanden.",
    "Onvoldoende materiaal, nieuw uitstrijkje aangevraagd.",
    "Controle volgens protocol bevolkingsonderzoek.",
    "Zelfafnameset retour ontvangen, goed beoordeelbaar.",
    "Patiënte wil de uitslag per post ontvangen.",
    "Verwijzing naar gynaecoloog besproken.",
    "Geen bijzonderheden.",
    "Bloedverlies na coïtus, klachten sinds enkele weken.",
    "Gebruikt orale anticonceptie.",
    "Post-partum, 4 maanden na bevalling.",
    "Eerder afwijkend uitstrijkje in de voorgeschiedenis.",
    "Colposcopie gepland, biopt volgt.",
    "Afspraak verzet op verzoek van patiënte.",
    "Tolk nodig bij gesprek.",
    "Pessarium in situ.",
    "Status na LETZ.",
    "Monster te laat ontvangen, opnieuw afnemen.",
  };

  private Remarks() {
  }

  /**
   * One to three sentences, or {@code ""} for about a third of rows.
   *
   * @param rng    the random stream
   * @param person whose note it is
   * @param sample the sample date
   * @return the remark
   */
  static String shortRemark(SplittableRandom rng, DutchPeople.Person person, LocalDate sample) {
    int r = rng.nextInt(100);
    if (r < 33) {
      return "";
    }
    return sentences(rng, person, sample, r < 70 ? 1 : r < 90 ? 2 : 3);
  }

  /**
   * {@code count} sentences, separated by spaces.
   *
   * @param rng    the random stream
   * @param person whose note it is
   * @param sample the sample date
   * @param count  how many sentences
   * @return the remark
   */
  static String sentences(SplittableRandom rng, DutchPeople.Person person, LocalDate sample, int count) {
    StringBuilder b = new StringBuilder(80 * count);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        b.append(' ');
      }
      sentence(rng, person, sample, b);
    }
    return b.toString();
  }

  /**
   * A clinical history of about {@code kilobytes} KB: many sentences, names and dates among them.
   *
   * @param rng       the random stream
   * @param person    whose note it is
   * @param sample    the sample date
   * @param kilobytes about how long, in units of 1,024 characters
   * @return the remark
   */
  static String longRemark(SplittableRandom rng, DutchPeople.Person person, LocalDate sample, int kilobytes) {
    StringBuilder b = new StringBuilder(kilobytes * 1024 + 256);
    b.append("Voorgeschiedenis: ");
    while (b.length() < kilobytes * 1024) {
      sentence(rng, person, sample.minusDays(rng.nextInt(3_000)), b);
      b.append(' ');
    }
    return b.toString().strip();
  }

  private static void sentence(SplittableRandom rng, DutchPeople.Person person, LocalDate date,
      StringBuilder b) {
    switch (rng.nextInt(8)) {
      case 0 -> b.append("Mevr. ").append(person.prefix().isEmpty() ? "" : person.prefix() + " ")
          .append(person.familyName()).append(" gebeld op ").append(DUTCH.format(date)).append('.');
      case 1 -> b.append("Terugbellen op ").append(person.phone()).append(", bij geen gehoor brief sturen.");
      case 2 -> b.append("Uitslag besproken met ").append(person.gp()).append('.');
      case 3 -> b.append("Afgenomen op ").append(DUTCH.format(date)).append(", ontvangen ")
          .append(DUTCH.format(date.plusDays(1 + rng.nextInt(4)))).append('.');
      default -> b.append(PLAIN[rng.nextInt(PLAIN.length)]);
    }
  }
}
