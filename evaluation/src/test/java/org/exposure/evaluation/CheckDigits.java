package org.exposure.evaluation;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic national and bank numbers with their check digits computed from the public specifications,
 * not from Exposure's validators: the corpus must not share a mistake with the code it judges.
 *
 * <ul>
 *   <li>BSN: 9 digits, 11-proef {@code 9a+8b+...+2h-1i ≡ 0 (mod 11)} (RvIG, Logisch Ontwerp BSN).
 *   <li>US SSN: {@code AAA-GG-SSSS}; Synthea writes area 999, test data everywhere uses 9xx.
 *   <li>NHS number: 9 digits weighted 10..2, check {@code 11 - sum mod 11}, 11 → 0, 10 never issued.
 *   <li>Belgian rijksregisternummer: {@code YYMMDD} + serial (odd men, even women) + {@code 97 - n mod 97},
 *       where n is prefixed with {@code 2} for births from 2000.
 *   <li>French NIR: sex, {@code YY}, {@code MM}, department, commune, order, key {@code 97 - n mod 97}.
 *   <li>US NPI: 9 digits and a Luhn check digit over them behind the prefix {@code 80840} (CMS).
 *   <li>German Krankenversichertennummer: a letter (A = 01 ... Z = 26) and 8 digits, weighted 1-2-1-2...,
 *       digit sums of the products added, the last digit of the sum is the check digit (§ 290 SGB V).
 *   <li>Irish PPS number: 7 digits weighted 8..2, the sum mod 23 gives the check letter (0 = W,
 *       1..22 = A..V; Revenue's PPSN specification).
 *   <li>Spanish DNI: 8 digits and the letter {@code TRWAGMYFPDXBNJZSQVHLCKE} at the number mod 23; an
 *       NIE replaces its leading X, Y or Z with 0, 1 or 2 for the computation (Ministerio del Interior,
 *       Real Decreto 1553/2005).
 *   <li>Italian codice fiscale: three letters of the surname, three of the name, year, month letter,
 *       day (plus 40 for women), the municipality's cadastral code, and a check letter from the odd
 *       and even positions' tables, sum mod 26 (DM 23 dicembre 1976).
 *   <li>Austrian Sozialversicherungsnummer: a 3-digit serial, a check digit, the birth date
 *       {@code DDMMYY}; digits weighted 3 7 9 (check) 5 8 4 2 1 6, sum mod 11, 10 never issued.
 *   <li>IBAN: ISO 13616, {@code 98 - (BBAN + country + 00) mod 97} with letters as 10..35.
 * </ul>
 */
final class CheckDigits {
  private CheckDigits() {}

  static String bsn(Random rng) {
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + rng.nextInt(9);
      int sum = 9 * d[0];
      for (int i = 1; i < 8; i++) {
        d[i] = rng.nextInt(10);
        sum += (9 - i) * d[i];
      }
      int last = sum % 11;
      if (last == 10) {
        continue;
      }
      d[8] = last;
      StringBuilder s = new StringBuilder();
      for (int x : d) {
        s.append(x);
      }
      return s.toString();
    }
  }

  /** Whether the nine digits pass the 11-proef: used to keep non-BSN numbers from passing it. */
  static boolean passesElevenTest(String nineDigits) {
    if (!nineDigits.matches("[0-9]{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (nineDigits.charAt(i) - '0');
    }
    sum -= nineDigits.charAt(8) - '0';
    return sum % 11 == 0;
  }

  /** A Synthea-style SSN in the 9xx area. */
  static String ssn(Random rng) {
    return String.format(Locale.ROOT, "9%02d-%02d-%04d", rng.nextInt(100), 1 + rng.nextInt(99),
        1 + rng.nextInt(9999));
  }

  /** An SSN shaped as issued before randomisation: area 001-899 except 666. */
  static String issuedLookingSsn(Random rng) {
    int area;
    do {
      area = 1 + rng.nextInt(899);
    } while (area == 666);
    return String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + rng.nextInt(99),
        1 + rng.nextInt(9999));
  }

  static String nhs(Random rng) {
    while (true) {
      String nine = (4 + rng.nextInt(4)) + digitsAnyFirst(rng, 8);
      int check = nhsCheck(nine);
      if (check >= 0) {
        return nine + check;
      }
    }
  }

  /** The NHS number's check digit for its first nine digits, or -1 where none exists (10). */
  static int nhsCheck(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (nine.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  /** Eleven digits: birth date, serial, check. */
  static String belgianNational(LocalDate birth, boolean female, Random rng) {
    int serial = 1 + rng.nextInt(498);
    serial = serial * 2 - (female ? 0 : 1);
    String body = String.format(Locale.ROOT, "%02d%02d%02d%03d", birth.getYear() % 100,
        birth.getMonthValue(), birth.getDayOfMonth(), serial);
    return body + String.format(Locale.ROOT, "%02d", belgianCheck(body, birth.getYear() >= 2000));
  }

  /** {@code 97 - n mod 97} over the nine digits, prefixed with 2 for births from 2000. */
  static int belgianCheck(String nine, boolean bornFrom2000) {
    return mod97Key(Long.parseLong((bornFrom2000 ? "2" : "") + nine));
  }

  /** Fifteen digits, metropolitan departments 01-95 without Corsica's 20. */
  static String nir(LocalDate birth, boolean female, Random rng) {
    int department;
    do {
      department = 1 + rng.nextInt(95);
    } while (department == 20);
    String body = String.format(Locale.ROOT, "%d%02d%02d%02d%03d%03d", female ? 2 : 1,
        birth.getYear() % 100, birth.getMonthValue(), department, 1 + rng.nextInt(899),
        1 + rng.nextInt(999));
    return body + String.format(Locale.ROOT, "%02d", mod97Key(Long.parseLong(body)));
  }

  /** The key of a NIR or Belgian number: {@code 97 - n mod 97}. */
  static int mod97Key(long n) {
    return (int) (97 - n % 97);
  }

  /**
   * A US National Provider Identifier: the nine digits and their check digit (CMS, "Requirements for
   * the NPI check digit"), Luhn over the digits prefixed by {@code 80840}, the health industry's card
   * issuer prefix.
   */
  static String npi(String nine) {
    String payload = "80840" + nine;
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return nine + (10 - sum % 10) % 10;
  }

  /** The ten-character unchangeable part of a Krankenversichertennummer. */
  static String kvnr(Random rng) {
    char letter = (char) ('A' + rng.nextInt(26));
    String eight = digitsAnyFirst(rng, 8);
    return letter + eight + kvnrCheck(letter, eight);
  }

  /** The letter as 01-26 and the eight digits, weighted 1-2-1-2..., digit sums added, mod 10. */
  static int kvnrCheck(char letter, String eight) {
    String digits = String.format(Locale.ROOT, "%02d", letter - 'A' + 1) + eight;
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int product = (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
      sum += product / 10 + product % 10;
    }
    return sum % 10;
  }

  /** An Irish PPS number: seven digits and their check letter. */
  static String ppsn(Random rng) {
    String seven = digitsAnyFirst(rng, 7);
    return seven + ppsnCheck(seven);
  }

  /** The PPS number's check letter: digits weighted 8..2, sum mod 23, 0 → W, 1..22 → A..V. */
  static char ppsnCheck(String seven) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (8 - i) * (seven.charAt(i) - '0');
    }
    int r = sum % 23;
    return r == 0 ? 'W' : (char) ('A' + r - 1);
  }

  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  /** A DNI: eight digits and their letter. */
  static String dni(Random rng) {
    String eight = digits(rng, 8);
    return eight + dniLetter(Long.parseLong(eight));
  }

  /** An NIE: X, Y or Z, seven digits, and the letter of the number with the prefix as 0, 1 or 2. */
  static String nie(Random rng) {
    int prefix = rng.nextInt(3);
    String seven = digitsAnyFirst(rng, 7);
    return "XYZ".charAt(prefix) + seven + dniLetter(Long.parseLong(prefix + seven));
  }

  /** The DNI/NIE control letter: the number mod 23 indexes {@code TRWAGMYFPDXBNJZSQVHLCKE}. */
  static char dniLetter(long number) {
    return DNI_LETTERS.charAt((int) (number % 23));
  }

  private static final String CF_MONTHS = "ABCDEHLMPRST";
  /** The odd positions' values for 0-9 and A-Z, in that order (the even positions count 0-9, 0-25). */
  private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6,
      8, 12, 14, 16, 10, 22, 25, 24, 23};

  /** A codice fiscale for a person born in the municipality with this cadastral code. */
  static String codiceFiscale(String family, String given, LocalDate birth, boolean female,
      String belfiore) {
    String fifteen = cfSurname(letters(family)) + cfName(letters(given))
        + String.format(Locale.ROOT, "%02d", birth.getYear() % 100)
        + CF_MONTHS.charAt(birth.getMonthValue() - 1)
        + String.format(Locale.ROOT, "%02d", birth.getDayOfMonth() + (female ? 40 : 0))
        + belfiore;
    return fifteen + cfCheck(fifteen);
  }

  /** The check letter over the first fifteen characters. */
  static char cfCheck(String fifteen) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = fifteen.charAt(i);
      int index = Character.isDigit(c) ? c - '0' : c - 'A';
      // Positions are counted from 1: the first, third... are odd.
      sum += i % 2 == 0 ? CF_ODD[index] : index;
    }
    return (char) ('A' + sum % 26);
  }

  private static String letters(String name) {
    return Country.ascii(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
  }

  private static String consonants(String s) {
    return s.replaceAll("[AEIOU]", "");
  }

  private static String vowels(String s) {
    return s.replaceAll("[^AEIOU]", "");
  }

  /** The surname's consonants, then its vowels, then X, the first three. */
  private static String cfSurname(String s) {
    return (consonants(s) + vowels(s) + "XXX").substring(0, 3);
  }

  /** The name's first, third and fourth consonants when it has four or more, else as a surname. */
  private static String cfName(String s) {
    String c = consonants(s);
    return c.length() >= 4 ? "" + c.charAt(0) + c.charAt(2) + c.charAt(3) : cfSurname(s);
  }

  private static final int[] SVNR_WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

  /** An Austrian insurance number: serial, check digit, birth date; serials whose check is 10 skipped. */
  static String svnr(LocalDate birth, Random rng) {
    String date = String.format(Locale.ROOT, "%02d%02d%02d", birth.getDayOfMonth(),
        birth.getMonthValue(), birth.getYear() % 100);
    while (true) {
      String serial = String.valueOf(100 + rng.nextInt(900));
      int check = svnrCheck(serial, date);
      if (check < 10) {
        return serial + check + date;
      }
    }
  }

  /** The check digit of serial and date, weights 3 7 9 and 5 8 4 2 1 6, mod 11 (10: not issued). */
  static int svnrCheck(String serial, String ddmmyy) {
    String ten = serial + "0" + ddmmyy;
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += SVNR_WEIGHTS[i] * (ten.charAt(i) - '0');
    }
    return sum % 11;
  }

  /** An IBAN for a country, bank code and account digits (BBAN without national check digits). */
  static String iban(String country, String bban) {
    String rearranged = bban + country + "00";
    StringBuilder numeric = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c)
          : String.valueOf(Character.toUpperCase(c) - 'A' + 10));
    }
    int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format(Locale.ROOT, "%02d", check) + bban;
  }

  private static String digitsAnyFirst(Random rng, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(rng.nextInt(10));
    }
    return s.toString();
  }

  /** A random digit string of the given length that does not pass the 11-proef when it has nine. */
  static String digits(Random rng, int length) {
    while (true) {
      StringBuilder s = new StringBuilder();
      s.append(1 + rng.nextInt(9));
      for (int i = 1; i < length; i++) {
        s.append(rng.nextInt(10));
      }
      if (length != 9 || !passesElevenTest(s.toString())) {
        return s.toString();
      }
    }
  }
}
