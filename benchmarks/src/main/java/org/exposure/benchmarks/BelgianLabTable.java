package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The suite's held-out layout, a convention no other layout uses: a Belgian (Walloon and Brussels)
 * lab export with French headers, tab-separated, UTF-8 with a byte-order mark, dd/MM/yyyy dates; the
 * national register number (NISS) written {@code YY.MM.DD-SSS.CC} with its mod-97 check, an even
 * serial for women, unique within the file; the prescriber's INAMI number; a box number beside the
 * house number; 18 columns.
 */
final class BelgianLabTable implements CsvTable {
  private static final DateTimeFormatter BE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final int DAYS = 40 * 365;
  private static final int SERIALS = 498; // even serials 002..996: women
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1958, 1, 1);
  private static final String[] PRENOMS = {"Marie", "Sophie", "Julie", "Nathalie", "Isabelle", "Catherine",
    "Valérie", "Sarah", "Laura", "Charlotte", "Émilie", "Aurélie", "Céline", "Anne", "Els", "Lien", "An",
    "Fatima", "Nadia", "Inès", "Chloé", "Manon", "Camille", "Hélène", "Véronique"};
  private static final String[] NOMS = {"Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
    "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leclercq", "Lejeune", "Renard",
    "Claes", "Goossens", "Wouters", "De Smet", "Van Damme", "El Amrani", "Benali", "Lemaire", "François"};
  private static final String[] RUES = {"Rue de la Station", "Rue de l'Église", "Chaussée de Louvain",
    "Avenue Louise", "Rue du Moulin", "Place Saint-Lambert", "Rue des Écoles", "Boulevard d'Avroy",
    "Chaussée de Charleroi", "Rue Haute"};
  private static final String[][] COMMUNES = {{"1000", "Bruxelles"}, {"1050", "Ixelles"},
    {"1030", "Schaerbeek"}, {"4000", "Liège"}, {"5000", "Namur"}, {"6000", "Charleroi"},
    {"7000", "Mons"}, {"1300", "Wavre"}, {"4800", "Verviers"}, {"6700", "Arlon"}};
  private static final String[] RESULTATS = {"HPV HR négatif", "HPV HR positif - cytologie NILM",
    "HPV HR positif - ASC-US", "HPV HR positif - LSIL", "HPV HR positif - HSIL"};
  private static final WeightedIndex RESULTAT = new WeightedIndex(880, 60, 25, 20, 15);

  private final SplittableRandom rng;
  private final DecimalPermutation people;
  private long issued;

  /** @param seed the random seed */
  BelgianLabTable(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    this.rng = root.split();
    this.people = new DecimalPermutation(4, root.nextLong());
  }

  @Override
  public List<String> header() {
    return List.of("NISS", "Nom", "Prénom", "Date de naissance", "Sexe", "Rue", "Numéro", "Boîte",
        "Code postal", "Commune", "Téléphone", "Médecin prescripteur", "N° INAMI", "N° échantillon",
        "Date du prélèvement", "Analyse", "Résultat", "Commentaire");
  }

  @Override
  public void next(String[] row) {
    long index = nextIndex();
    LocalDate birth = FIRST_BIRTH.plusDays(index / SERIALS);
    int serial = 2 + 2 * (int) (index % SERIALS);
    LocalDate sample = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    String[] commune = COMMUNES[rng.nextInt(COMMUNES.length)];
    int resultat = RESULTAT.pick(rng);
    row[0] = niss(birth, serial);
    row[1] = NOMS[rng.nextInt(NOMS.length)].toUpperCase(Locale.ROOT);
    row[2] = PRENOMS[rng.nextInt(PRENOMS.length)];
    row[3] = BE.format(birth);
    row[4] = "F";
    row[5] = RUES[rng.nextInt(RUES.length)];
    row[6] = Integer.toString(1 + rng.nextInt(250));
    row[7] = rng.nextInt(100) < 20 ? Integer.toString(1 + rng.nextInt(20)) : "";
    row[8] = commune[0];
    row[9] = commune[1];
    row[10] = rng.nextInt(100) < 75 ? "+32 47" + rng.nextInt(10) + " " + Digits.of(rng.nextInt(100), 2) + " "
        + Digits.of(rng.nextInt(100), 2) + " " + Digits.of(rng.nextInt(100), 2) : "";
    row[11] = "Dr " + NOMS[rng.nextInt(NOMS.length)];
    row[12] = "1-" + Digits.of(rng.nextInt(100_000), 5) + "-" + Digits.of(rng.nextInt(100), 2) + "-"
        + Digits.of(rng.nextInt(1000), 3);
    row[13] = "E" + Digits.of(rng.nextLong(1_000_000_000L), 9);
    row[14] = BE.format(sample);
    row[15] = rng.nextInt(100) < 70 ? "Dépistage HPV primaire" : "Frottis cervico-vaginal";
    row[16] = RESULTATS[resultat];
    row[17] = resultat >= 3 ? "Colposcopie recommandée" : resultat > 0 ? "Contrôle à 12 mois" : "";
  }

  /** The next unused (birth day, serial) pair as one index: distinct women never share a NISS. */
  private long nextIndex() {
    while (true) {
      long x = people.apply(issued++);
      if (x < (long) DAYS * SERIALS) {
        return x;
      }
    }
  }

  /** {@code YY.MM.DD-SSS.CC}. */
  static String niss(LocalDate birth, int serial) {
    long nine = (birth.getYear() % 100) * 10_000_000L + birth.getMonthValue() * 100_000L
        + birth.getDayOfMonth() * 1_000L + serial;
    int check = Digits.belgianCheck(nine, birth.getYear() >= 2000);
    String d = Digits.of(nine, 9);
    return d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6) + "-" + d.substring(6)
        + "." + Digits.of(check, 2);
  }
}
