package org.exposure.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A US patients table in the shape of Synthea's {@code patients.csv}: a UUID, ISO birth and death
 * dates, an SSN, driver's licence and passport numbers, names with prefix, suffix and maiden name,
 * marital status, race, ethnicity, gender, birthplace, address, city, state, county, FIPS, ZIP,
 * coordinates, costs and income, and a phone number; 29 columns, {@code ,}, UTF-8.
 *
 * <p>SSNs follow Synthea's convention for numbers that are never issued: area 900 to 999 (so never a
 * real person's), group 01 to 99, serial 0001 to 9999, unique within the file. Phones use the
 * fictional exchange 555 after the city's area code.
 */
final class UsPatientsTable implements CsvTable {
  private static final String[] FEMALE = {"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
    "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley",
    "Kimberly", "Emily", "Donna", "Michelle", "Maria", "Guadalupe", "Mei", "Aaliyah", "Keisha"};
  private static final String[] MALE = {"James", "Robert", "John", "Michael", "David", "William",
    "Richard", "Joseph", "Thomas", "Christopher", "Daniel", "Jose", "Luis", "Wei", "DeShawn"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
    "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris",
    "Nguyen", "Kim", "O'Brien", "McCarthy", "Washington"};
  private static final String[] STREETS = {"Main Street", "Oak Avenue", "Maple Drive", "Cedar Lane",
    "Elm Street", "Washington Boulevard", "Lake Road", "Hill Street", "Park Avenue", "Pine Court"};
  /** City, state, county, FIPS county code, ZIP prefix, area code, latitude, longitude. */
  private static final String[][] CITIES = {
    {"Boston", "Massachusetts", "Suffolk County", "25025", "021", "617", "42.36", "-71.06"},
    {"Worcester", "Massachusetts", "Worcester County", "25027", "016", "508", "42.26", "-71.80"},
    {"Springfield", "Massachusetts", "Hampden County", "25013", "011", "413", "42.10", "-72.59"},
    {"Cambridge", "Massachusetts", "Middlesex County", "25017", "021", "617", "42.37", "-71.11"},
    {"Lowell", "Massachusetts", "Middlesex County", "25017", "018", "978", "42.63", "-71.32"},
    {"Houston", "Texas", "Harris County", "48201", "770", "713", "29.76", "-95.37"},
    {"Chicago", "Illinois", "Cook County", "17031", "606", "312", "41.88", "-87.63"},
    {"Phoenix", "Arizona", "Maricopa County", "04013", "850", "602", "33.45", "-112.07"},
    {"Seattle", "Washington", "King County", "53033", "981", "206", "47.61", "-122.33"},
    {"Atlanta", "Georgia", "Fulton County", "13121", "303", "404", "33.75", "-84.39"},
  };
  private static final String[] RACES = {"white", "black", "asian", "native", "other"};
  private static final WeightedIndex RACE = new WeightedIndex(72, 12, 8, 2, 6);

  private final SplittableRandom rng;
  private final DecimalPermutation ssns;
  private long issued;

  /** @param seed the random seed */
  UsPatientsTable(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    this.rng = root.split();
    this.ssns = new DecimalPermutation(4, root.nextLong());
  }

  @Override
  public List<String> header() {
    return List.of("Id", "BIRTHDATE", "DEATHDATE", "SSN", "DRIVERS", "PASSPORT", "PREFIX", "FIRST",
        "MIDDLE", "LAST", "SUFFIX", "MAIDEN", "MARITAL", "RACE", "ETHNICITY", "GENDER", "BIRTHPLACE",
        "ADDRESS", "CITY", "STATE", "COUNTY", "FIPS", "ZIP", "LAT", "LON", "HEALTHCARE_EXPENSES",
        "HEALTHCARE_COVERAGE", "INCOME", "PHONE");
  }

  @Override
  public void next(String[] row) {
    boolean female = rng.nextInt(100) < 70; // a screening-heavy cohort
    LocalDate birth = DutchPeople.REFERENCE_DATE.minusYears(18).minusDays(rng.nextInt(70 * 365));
    boolean married = rng.nextInt(100) < 55;
    String[] city = CITIES[rng.nextInt(CITIES.length)];
    String[] birthplace = CITIES[rng.nextInt(CITIES.length)];
    row[0] = new UUID(rng.nextLong() & ~0xF000L | 0x4000L,
        rng.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L).toString();
    row[1] = birth.toString();
    row[2] = rng.nextInt(1000) < 15 ? birth.plusYears(40 + rng.nextInt(30)).toString() : "";
    row[3] = nextSsn();
    row[4] = rng.nextInt(100) < 85 ? "S999" + Digits.of(rng.nextInt(100_000), 5) : "";
    row[5] = rng.nextInt(100) < 60 ? "X" + Digits.of(rng.nextLong(100_000_000L), 8) + "X" : "";
    row[6] = female ? married ? "Mrs." : "Ms." : "Mr.";
    row[7] = female ? FEMALE[rng.nextInt(FEMALE.length)] : MALE[rng.nextInt(MALE.length)];
    row[8] = rng.nextInt(100) < 60 ? (female ? FEMALE : MALE)[rng.nextInt(female ? FEMALE.length : MALE.length)] : "";
    row[9] = LAST[rng.nextInt(LAST.length)];
    row[10] = !female && rng.nextInt(100) < 3 ? "Jr." : "";
    row[11] = female && married ? LAST[rng.nextInt(LAST.length)] : "";
    row[12] = married ? "M" : rng.nextBoolean() ? "S" : "";
    row[13] = RACES[RACE.pick(rng)];
    row[14] = rng.nextInt(100) < 18 ? "hispanic" : "nonhispanic";
    row[15] = female ? "F" : "M";
    row[16] = birthplace[0] + " " + birthplace[1] + " US";
    row[17] = (1 + rng.nextInt(9_999)) + " " + STREETS[rng.nextInt(STREETS.length)]
        + (rng.nextInt(100) < 20 ? " Unit " + (1 + rng.nextInt(80)) : "");
    row[18] = city[0];
    row[19] = city[1];
    row[20] = city[2];
    row[21] = city[3];
    row[22] = city[4] + Digits.of(rng.nextInt(100), 2);
    row[23] = coordinate(city[6]);
    row[24] = coordinate(city[7]);
    row[25] = Digits.decimal(rng.nextLong(90_000_000L), 2);
    row[26] = Digits.decimal(rng.nextLong(20_000_000L), 2);
    row[27] = Integer.toString(15_000 + rng.nextInt(200_000));
    row[28] = city[5] + "-555-" + Digits.of(rng.nextInt(10_000), 4);
  }

  /** The next unused SSN {@code 9AA-GG-SSSS}, group and serial never zero. */
  private String nextSsn() {
    while (true) {
      String eight = Digits.of(ssns.apply(issued++), 8);
      String ssn = "9" + eight.substring(0, 2) + "-" + eight.substring(2, 4) + "-" + eight.substring(4);
      if (!eight.startsWith("00", 2) && !eight.startsWith("0000", 4)) {
        return ssn;
      }
    }
  }

  private String coordinate(String centre) {
    long micro = Math.round(Double.parseDouble(centre) * 1e6) + rng.nextLong(300_000) - 150_000;
    return Digits.decimal(micro, 6);
  }
}
