package org.exposure.benchmarks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An English cervical-screening call-and-recall extract: NHS number (written {@code 943 476 5919},
 * valid modulus-11 check digit, unique, always starting with 9, a range not issued to patients),
 * title and names, dd/MM/yyyy dates, address lines, town and a UK postcode, phone numbers from Ofcom's
 * drama ranges, GP practice code and name, and the HPV and cytology results with the action taken;
 * 19 columns, {@code ,}, UTF-8, CRLF.
 */
final class UkScreeningTable implements CsvTable {
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final String[] FORENAMES = {"Olivia", "Amelia", "Emily", "Sophie", "Jessica", "Charlotte",
    "Hannah", "Lucy", "Chloe", "Rebecca", "Laura", "Sarah", "Emma", "Claire", "Nicola", "Rachel",
    "Gemma", "Kirsty", "Siobhan", "Aisha", "Priya", "Fatima", "Bethan", "Niamh", "Zoe"};
  private static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies",
    "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White",
    "Edwards", "Hughes", "Green", "Hall", "Khan", "Patel", "Ahmed", "O'Connor", "McDonald", "Singh"};
  private static final String[] ROADS = {"High Street", "Station Road", "Church Lane", "Victoria Road",
    "Green Lane", "Manor Road", "Park Road", "Queens Road", "The Crescent", "Mill Lane", "York Road"};
  /** Town, postcode area, landline prefix (drama range). */
  private static final String[][] TOWNS = {
    {"LONDON", "SE", "020 7946 0"}, {"LONDON", "N", "020 7946 0"}, {"LEEDS", "LS", "0113 496 0"},
    {"SHEFFIELD", "S", "0114 496 0"}, {"BRISTOL", "BS", "0117 496 0"}, {"NOTTINGHAM", "NG", "0115 496 0"},
    {"MANCHESTER", "M", "0161 496 0"}, {"BIRMINGHAM", "B", "0121 496 0"}, {"LEICESTER", "LE", "0116 496 0"},
    {"READING", "RG", "0118 496 0"}, {"NEWCASTLE UPON TYNE", "NE", "0191 498 0"},
  };
  private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  private static final String[] CYTOLOGY = {"Negative", "Borderline change in squamous cells",
    "Low-grade dyskaryosis", "High-grade dyskaryosis (moderate)", "High-grade dyskaryosis (severe)",
    "Inadequate"};
  private static final WeightedIndex CYTOLOGY_WEIGHTS = new WeightedIndex(650, 120, 100, 60, 40, 30);

  private final SplittableRandom rng;
  private final DecimalPermutation nhsNumbers;
  private long issued;

  /** @param seed the random seed */
  UkScreeningTable(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    this.rng = root.split();
    this.nhsNumbers = new DecimalPermutation(4, root.nextLong());
  }

  @Override
  public List<String> header() {
    return List.of("nhs_number", "title", "forename", "surname", "date_of_birth", "address_line_1",
        "address_line_2", "town", "postcode", "telephone", "mobile", "gp_practice_code", "gp_practice_name",
        "test_date", "sample_type", "hpv_result", "cytology_result", "action", "next_test_due");
  }

  @Override
  public void next(String[] row) {
    LocalDate birth = DutchPeople.REFERENCE_DATE.minusYears(25).minusDays(rng.nextInt(40 * 365));
    LocalDate test = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(540));
    String[] town = TOWNS[rng.nextInt(TOWNS.length)];
    boolean positive = rng.nextInt(100) < 12;
    int cytology = positive ? CYTOLOGY_WEIGHTS.pick(rng) : -1;
    row[0] = nextNhsNumber();
    row[1] = rng.nextInt(100) < 60 ? "Ms" : rng.nextBoolean() ? "Mrs" : "Miss";
    row[2] = FORENAMES[rng.nextInt(FORENAMES.length)];
    row[3] = SURNAMES[rng.nextInt(SURNAMES.length)];
    row[4] = UK.format(birth);
    row[5] = (rng.nextInt(100) < 15 ? "Flat " + (1 + rng.nextInt(30)) + ", " : "")
        + (1 + rng.nextInt(200)) + " " + ROADS[rng.nextInt(ROADS.length)];
    row[6] = "";
    row[7] = town[0];
    row[8] = town[1] + (1 + rng.nextInt(28)) + " " + rng.nextInt(10)
        + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
        + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
    row[9] = rng.nextInt(100) < 40 ? town[2] + Digits.of(rng.nextInt(1000), 3) : "";
    row[10] = rng.nextInt(100) < 80 ? "07700 900" + Digits.of(rng.nextInt(1000), 3) : "";
    row[11] = (char) ('A' + rng.nextInt(26)) + Digits.of(rng.nextInt(100_000), 5);
    row[12] = "The " + ROADS[rng.nextInt(ROADS.length)].replace(" Road", "").replace(" Lane", "")
        .replace(" Street", "") + " Surgery";
    row[13] = UK.format(test);
    row[14] = "LBC";
    row[15] = positive ? "HPV positive" : "HPV negative";
    row[16] = cytology < 0 ? "" : CYTOLOGY[cytology];
    boolean refer = cytology >= 2;
    row[17] = !positive ? "Routine recall" : refer ? "Refer to colposcopy" : "Repeat test in 12 months";
    row[18] = refer ? "" : UK.format(test.plusYears(positive ? 1 : birth.plusYears(50).isAfter(test) ? 3 : 5));
  }

  /** The next unused NHS number, {@code 9NN NNN NNNC}. */
  private String nextNhsNumber() {
    while (true) {
      long nine = 900_000_000L + nhsNumbers.apply(issued++);
      int check = Digits.nhsCheckDigit(nine);
      if (check < 10) {
        String d = Long.toString(nine) + check;
        return d.substring(0, 3) + " " + d.substring(3, 6) + " " + d.substring(6);
      }
    }
  }
}
