package org.exposure.cohort;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.exposure.model.QuasiIdentifiers;

/**
 * A coarse area a subject lives in, by her postcode, keyed by country: a Dutch postcode's first two
 * digits (PC2), a US ZIP code's first three (ZIP3), a UK postcode's area letters, the first two
 * digits of a Belgian, German, French, Spanish (the province), Italian, Austrian, Swiss, Norwegian,
 * Finnish, Polish or Portuguese postcode. Coarse enough to publish with small cells
 * suppressed; fine enough to show where a breach's subjects live. Immutable.
 *
 * @param country ISO 3166-1 alpha-2: NL, US, GB, BE, DE, FR, ES, IT, AT, CH, NO, FI, PL or PT
 * @param area the area within it: {@code "10"}, {@code "021"}, {@code "SW"}
 */
public record Region(String country, String area) {
  private static final int NL = 0;
  private static final int US = 100;
  private static final int GB = 1100;
  private static final int BE = 1802;
  private static final int DE = 1902;
  private static final int FR = 2002;
  private static final int ES = 2102;
  private static final int IT = 2202;
  private static final int AT = 2302;
  private static final int CH = 2402;
  private static final int NO = 2502;
  private static final int FI = 2602;
  private static final int PL = 2702;
  private static final int PT = 2802;
  /** The number of region cells a summary counts, index 0 for subjects without a postcode. */
  static final int CELLS = 2902;
  /** The cells of format version 2: the countries after France came with version 3. */
  static final int CELLS_V2 = ES;

  public Region {
    requireNonNull(country, "country");
    requireNonNull(area, "area");
  }

  /** The region of a subject's postcode, if she has one. */
  public static Optional<Region> of(QuasiIdentifiers quasiIdentifiers) {
    return quasiIdentifiers.postcode().map(Region::ofPostcode);
  }

  /** The region of a postcode in its class form ({@code "1234 AB"}, {@code "US 02108"}...). */
  static Region ofPostcode(String postcode) {
    String country = QuasiIdentifiers.countryOf(postcode);
    return switch (country) {
      case "NL" -> new Region(country, postcode.substring(0, 2));
      case "US" -> new Region(country, postcode.substring(3, 6));
      case "GB" -> new Region(country, Character.isLetter(postcode.charAt(4))
          ? postcode.substring(3, 5) : postcode.substring(3, 4));
      default -> new Region(country, postcode.substring(3, 5));
    };
  }

  /** The region's cell in a summary's counts. */
  int index() {
    return switch (country) {
      case "NL" -> NL + Integer.parseInt(area);
      case "US" -> US + Integer.parseInt(area);
      case "GB" -> GB + (area.charAt(0) - 'A') * 27 + (area.length() > 1 ? area.charAt(1) - 'A' + 1 : 0);
      case "BE" -> BE + Integer.parseInt(area);
      case "DE" -> DE + Integer.parseInt(area);
      case "FR" -> FR + Integer.parseInt(area);
      case "ES" -> ES + Integer.parseInt(area);
      case "IT" -> IT + Integer.parseInt(area);
      case "AT" -> AT + Integer.parseInt(area);
      case "CH" -> CH + Integer.parseInt(area);
      case "NO" -> NO + Integer.parseInt(area);
      case "FI" -> FI + Integer.parseInt(area);
      case "PL" -> PL + Integer.parseInt(area);
      case "PT" -> PT + Integer.parseInt(area);
      default -> throw new IllegalArgumentException(
          "a region's country is one of NL, US, GB, BE, DE, FR, ES, IT, AT, CH, NO, FI, PL, PT, was " + country);
    };
  }

  /** The region of a cell other than 0 (no postcode). */
  static Region ofIndex(int index) {
    if (index < US) {
      return new Region("NL", String.valueOf(index));
    }
    if (index < GB) {
      return new Region("US", String.format(java.util.Locale.ROOT, "%03d", index - US));
    }
    if (index < BE) {
      int i = index - GB;
      String area = String.valueOf((char) ('A' + i / 27));
      return new Region("GB", i % 27 == 0 ? area : area + (char) ('A' + i % 27 - 1));
    }
    if (index < DE) {
      return new Region("BE", String.format(java.util.Locale.ROOT, "%02d", index - BE));
    }
    if (index < FR) {
      return new Region("DE", String.format(java.util.Locale.ROOT, "%02d", index - DE));
    }
    String[] countries = {"FR", "ES", "IT", "AT", "CH", "NO", "FI", "PL", "PT"};
    int[] starts = {FR, ES, IT, AT, CH, NO, FI, PL, PT};
    int c = starts.length - 1;
    while (index < starts[c]) {
      c--;
    }
    return new Region(countries[c], String.format(java.util.Locale.ROOT, "%02d", index - starts[c]));
  }

  /**
   * The region's key in {@code report.json}: a Dutch PC2 as it always was ({@code "10"}), others
   * behind their country ({@code "US-021"}, {@code "GB-SW"}).
   */
  public String key() {
    return country.equals("NL") ? area : country + '-' + area;
  }
}
