package org.exposure.benchmarks;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Draws synthetic Dutch women of screening age (30 to 65 on 1 July 2025): a unique valid BSN, a
 * unique patient number, names with tussenvoegsel and voorletters, birth date, address, mobile phone,
 * e-mail and GP, from the built-in lists of {@link DutchData}. Deterministic for its seed; mutable,
 * not thread-safe (one per file written). Entirely synthetic: any match with a real person is chance.
 */
final class DutchPeople {
  static final LocalDate REFERENCE_DATE = CohortSpec.DEFAULT_REFERENCE_DATE;
  private static final WeightedIndex GIVEN = WeightedIndex.zipf(DutchData.GIVEN_NAMES.length, 10);
  private static final WeightedIndex PREFIXED = WeightedIndex.zipf(DutchData.PREFIXED_FAMILY_NAMES.length, 4);
  private static final WeightedIndex PLAIN = WeightedIndex.zipf(DutchData.PLAIN_FAMILY_NAMES.length, 8);
  private static final WeightedIndex STREET = WeightedIndex.zipf(DutchData.STREETS.length, 10);
  private static final WeightedIndex CITY = cityWeights();
  private static final String[] MAIL_HOSTS = {"gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl",
    "outlook.com", "live.nl", "planet.nl", "xs4all.nl"};

  private final SplittableRandom rng;
  private final BsnSequence bsns;
  private final DecimalPermutation patientNumbers;
  private final DecimalPermutation phones;
  private long issued;

  /** @param seed the random seed; equal seeds give the same women in the same order */
  DutchPeople(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    this.rng = root.split();
    this.bsns = new BsnSequence(root.nextLong());
    this.patientNumbers = new DecimalPermutation(4, root.nextLong());
    this.phones = new DecimalPermutation(4, root.nextLong());
  }

  /**
   * One woman; every value is already in its written form except the birth date.
   *
   * @param bsn           9 digits, passes the 11-proef, unique
   * @param patientNumber 8 digits, unique
   * @param givenName     call name
   * @param initials      voorletters, e.g. {@code J.M.}
   * @param prefix        tussenvoegsel or {@code ""}
   * @param familyName    family name without its prefix
   * @param birthDate     birth date
   * @param street        street name
   * @param houseNumber   house number with any addition
   * @param postcode      {@code 1234 AB}
   * @param city          city
   * @param phone         mobile number {@code 06-12345678}, unique
   * @param email         e-mail address
   * @param gp            GP practice name
   * @param gpAgb         the practice's AGB code, 8 digits starting {@code 01}
   */
  record Person(String bsn, String patientNumber, String givenName, String initials, String prefix,
      String familyName, LocalDate birthDate, String street, String houseNumber, String postcode,
      String city, String phone, String email, String gp, String gpAgb) {

    /** {@code Anna de Vries}. */
    String fullName() {
      return prefix.isEmpty() ? givenName + " " + familyName : givenName + " " + prefix + " " + familyName;
    }

    /** {@code Vries, A.M. de}: the lab-system convention. */
    String sortName() {
      return familyName + ", " + initials + (prefix.isEmpty() ? "" : " " + prefix);
    }

    /** {@code Kerkstraat 12}. */
    String streetLine() {
      return street + " " + houseNumber;
    }

    @Override
    public String toString() {
      return "Person[redacted]"; // a synthetic person, but records of people never print their values
    }
  }

  /** The next woman; the {@code n}th woman depends only on the seed. */
  Person next() {
    String bsn = Digits.of(bsns.next(), 9);
    String patientNumber = Digits.of(patientNumbers.apply(issued), 8);
    String phone = "06-" + Digits.of(phones.apply(issued), 8);
    issued++;
    String given = DutchData.GIVEN_NAMES[GIVEN.pick(rng)];
    String initials = given.charAt(0) + "."
        + (rng.nextInt(100) < 60 ? DutchData.EXTRA_INITIALS[rng.nextInt(DutchData.EXTRA_INITIALS.length)] + "." : "");
    String prefix = "";
    String family;
    if (rng.nextInt(100) < 30) {
      String[] name = DutchData.PREFIXED_FAMILY_NAMES[PREFIXED.pick(rng)];
      prefix = name[0];
      family = name[1];
    } else {
      family = DutchData.PLAIN_FAMILY_NAMES[PLAIN.pick(rng)];
    }
    LocalDate birth = REFERENCE_DATE.minusYears(30).minusDays(rng.nextInt(35 * 365));
    DutchData.City city = DutchData.CITIES.get(CITY.pick(rng));
    String postcode = (city.pc4From() + rng.nextInt(city.pc4To() - city.pc4From() + 1)) + " "
        + DutchData.POSTCODE_LETTER_PAIRS[rng.nextInt(DutchData.POSTCODE_LETTER_PAIRS.length)];
    String houseNumber = (1 + rng.nextInt(rng.nextInt(100) < 70 ? 60 : 400))
        + (rng.nextInt(100) < 8 ? String.valueOf((char) ('a' + rng.nextInt(3))) : "");
    String email = ascii(given) + "." + ascii(prefix.replace(" ", "").replace("'", "") + family)
        + (rng.nextInt(100) < 40 ? String.valueOf(birth.getYear() % 100) : "") + "@"
        + MAIL_HOSTS[rng.nextInt(MAIL_HOSTS.length)];
    int practice = rng.nextInt(DutchData.PRACTICE_NAMES.length * 40);
    String gp = (practice % 2 == 0 ? "Huisartsenpraktijk " : "Gezondheidscentrum ")
        + DutchData.PRACTICE_NAMES[practice % DutchData.PRACTICE_NAMES.length];
    String agb = "01" + Digits.of(100_000L + practice * 7_919L % 900_000L, 6);
    return new Person(bsn, patientNumber, given, initials, prefix, family, birth,
        DutchData.STREETS[STREET.pick(rng)], houseNumber, postcode, city.name(), phone,
        email.toLowerCase(Locale.ROOT), gp, agb);
  }

  /** The random stream the layouts draw their other values from: one stream, one order. */
  SplittableRandom random() {
    return rng;
  }

  /** A name as the ASCII letters of a mail address: accents dropped, other signs removed. */
  static String ascii(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static WeightedIndex cityWeights() {
    int[] weights = new int[DutchData.CITIES.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = DutchData.CITIES.get(i).weight();
    }
    return new WeightedIndex(weights);
  }
}
