package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Spanish, Italian, Austrian, Swiss, Norwegian, Finnish and Polish numbers generated with their check characters computed here,
 * from each specification, independently of {@link EuropeanIds}: each valid one passes, one character
 * changed fails (each of these checks catches every single error), and every written form of one
 * number links by one key.
 */
class EuropeanIdProperties {
  private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
  /** The odd-place values of 0/A, 1/B ... 9/J, K ... Z, as the decree's table lists them. */
  private static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
      12, 14, 16, 10, 22, 25, 24, 23};
  private static final int[] SVNR_WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

  @Property(tries = 1000)
  void aValidNumberPassesAndOneChangedCharacterFails(
      @ForAll("numbers") Tuple2<String, String> number, @ForAll("positions") int at,
      @ForAll("deltas") int delta) {
    NationalIdScheme scheme = NationalIdSchemes.byId(number.get1()).orElseThrow();
    String valid = number.get2();
    assertThat(scheme.matches(valid)).as(valid).isTrue();
    int i = at % valid.length();
    if (number.get1().equals("fi-hetu") && i == 6) {
      i = 7; // the century sign is outside the check: A and B both say 2000s
    }
    char c = valid.charAt(i);
    char changed = Character.isDigit(c) ? (char) ('0' + (c - '0' + delta) % 10)
        : (char) ('A' + (c - 'A' + delta) % 26);
    String wrong = valid.substring(0, i) + changed + valid.substring(i + 1);
    assertThat(scheme.matches(wrong)).as(wrong).isFalse();
  }

  @Property(tries = 500)
  void everyWrittenFormOfOneNumberLinksByOneKey(@ForAll("numbers") Tuple2<String, String> number,
      @ForAll("separators") String separator, @ForAll boolean lowerCase) {
    NationalIdScheme scheme = NationalIdSchemes.byId(number.get1()).orElseThrow();
    String valid = number.get2();
    String key = scheme.linkingForm(valid).orElseThrow();
    StringBuilder written = new StringBuilder();
    boolean grouped = !number.get1().equals("fi-hetu"); // its own hyphen is its century sign
    for (int i = 0; i < valid.length(); i++) {
      if (grouped && i > 0 && i % 4 == 0) {
        written.append(separator);
      }
      written.append(valid.charAt(i));
    }
    String form = lowerCase ? written.toString().toLowerCase(Locale.ROOT) : written.toString();
    assertThat(scheme.linkingForm(" " + form + " ")).as(form).contains(key);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", ".", "-", "");
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 15);
  }

  @Provide
  Arbitrary<Integer> deltas() {
    return Arbitraries.integers().between(1, 9);
  }

  @Provide
  Arbitrary<Tuple2<String, String>> numbers() {
    Arbitrary<String> dni = Arbitraries.integers().between(0, 99_999_999)
        .map(n -> String.format(Locale.ROOT, "%08d", n) + DNI_LETTERS.charAt(n % 23));
    Arbitrary<String> nie = Combinators.combine(Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 9_999_999)).as((p, n) -> "XYZ".charAt(p)
            + String.format(Locale.ROOT, "%07d", n) + DNI_LETTERS.charAt((p * 10_000_000 + n) % 23));
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
    Arbitrary<String> cf = Combinators.combine(letters, Arbitraries.integers().between(0, 99),
        Arbitraries.of('A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'),
        Arbitraries.integers().between(1, 31), Arbitraries.of(0, 40),
        Arbitraries.chars().range('A', 'Z'), Arbitraries.integers().between(0, 999))
        .as((name, year, month, day, sex, place, town) -> withCfCheck(name
            + String.format(Locale.ROOT, "%02d%c%02d%c%03d", year, month, day + sex, place, town)));
    Arbitrary<String> svnr = Combinators.combine(Arbitraries.integers().between(100, 999),
        Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(0, 99)).as((serial, day, month, year) -> {
          String d = serial + "0" + String.format(Locale.ROOT, "%02d%02d%02d", day, month, year);
          int sum = 0;
          for (int i = 0; i < 10; i++) {
            sum += (d.charAt(i) - '0') * SVNR_WEIGHTS[i];
          }
          return sum % 11 == 10 ? null : d.substring(0, 3) + sum % 11 + d.substring(4);
        }).filter(s -> s != null);
    Arbitrary<String> ahv = Arbitraries.integers().between(0, 999_999_999).map(n -> {
      String d = "756" + String.format(Locale.ROOT, "%09d", n);
      int sum = 0;
      for (int i = 0; i < 12; i++) {
        sum += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
      }
      return d + (10 - sum % 10) % 10;
    });
    Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1, 28),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 99))
        .as((d, m, y) -> String.format(Locale.ROOT, "%02d%02d%02d", d, m, y));
    Arbitrary<String> fnr = Combinators.combine(date, Arbitraries.integers().between(0, 999))
        .as((d, individual) -> withFnrChecks(d + String.format(Locale.ROOT, "%03d", individual)))
        .filter(s -> s != null);
    Arbitrary<String> hetu = Combinators.combine(date, Arbitraries.of('+', '-', 'A', 'B', 'Y'),
        Arbitraries.integers().between(2, 999)).as((d, century, individual) -> {
          int n = Integer.parseInt(d) * 1000 + individual;
          return d + century + String.format(Locale.ROOT, "%03d", individual)
              + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(n % 31);
        });
    Arbitrary<String> pesel = Combinators.combine(Arbitraries.integers().between(0, 99),
        Arbitraries.integers().between(1, 12), Arbitraries.of(0, 20, 80),
        Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 9999))
        .as((y, m, century, d, serial) -> {
          String body = String.format(Locale.ROOT, "%02d%02d%02d%04d", y, m + century, d, serial);
          int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
          int sum = 0;
          for (int i = 0; i < 10; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
          }
          return body + (10 - sum % 10) % 10;
        });
    return Arbitraries.oneOf(List.of(dni.map(s -> Tuple.of("es-dni", s)),
        nie.map(s -> Tuple.of("es-dni", s)), cf.map(s -> Tuple.of("it-cf", s)),
        svnr.map(s -> Tuple.of("at-svnr", s)), ahv.map(s -> Tuple.of("ch-ahv", s)),
        fnr.map(s -> Tuple.of("no-fnr", s)), hetu.map(s -> Tuple.of("fi-hetu", s)),
        pesel.map(s -> Tuple.of("pl-pesel", s)), nif().map(s -> Tuple.of("pt-nif", s))));
  }

  /**
   * Portuguese NIFs of persons whose check digit is not 0: a check of 0 stands for both 10 and 11, so
   * one changed digit can keep it; any other check catches every single error.
   */
  private static Arbitrary<String> nif() {
    return Combinators.combine(Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(0, 9_999_999)).as((first, rest) -> {
          String body = first + String.format(Locale.ROOT, "%07d", rest);
          int sum = 0;
          for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * (9 - i);
          }
          int check = 11 - sum % 11;
          return check >= 10 ? null : "PT" + body + check;
        }).filter(s -> s != null);
  }

  /** Nine digits and their two check digits, k1 then k2, or null where either would be 10. */
  private static String withFnrChecks(String nine) {
    int[] k1Weights = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int[] k2Weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    String ten = null;
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (nine.charAt(i) - '0') * k1Weights[i];
    }
    int k1 = (11 - sum % 11) % 11;
    if (k1 == 10) {
      return null;
    }
    ten = nine + k1;
    sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * k2Weights[i];
    }
    int k2 = (11 - sum % 11) % 11;
    return k2 == 10 ? null : ten + k2;
  }

  /** The 15 characters and their check: odd places by the table, even places by their index. */
  private static String withCfCheck(String body) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = body.charAt(i);
      int index = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? CF_ODD[index] : index;
    }
    return body + (char) ('A' + sum % 26);
  }
}
