package org.exposure.classify;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The national-ID schemes Exposure ships with, each from its public specification: the BSN's
 * 11-proef (RvIG), the SSA's issuance rules for the SSN, the NHS number's modulus 11 (NHS Data
 * Dictionary), the Belgian national number's modulus 97 (both centuries), the French NIR's key
 * (INSEE), the UK National Insurance number's allocation rules (HMRC), the German KVNR's check digit
 * (GKV-Spitzenverband), the Danish CPR's date, the Swedish personnummer's Luhn digit (Skatteverket),
 * the Irish PPSN's check letter (Revenue), the Spanish DNI/NIE's mod-23 letter (Ministerio del
 * Interior), the Italian codice fiscale's check character (DM 23/12/1976), the Austrian SVNR's mod-11
 * digit (Dachverband der Sozialversicherungsträger), the Swiss AHV number's EAN-13 digit (ZAS), the
 * Norwegian fødselsnummer's two mod-11 digits (Skatteetaten), the Finnish henkilötunnus's mod-31
 * character (DVV), the Polish PESEL's weighted digit (Ministry of Digital Affairs) and the
 * Portuguese NIF's mod-11 digit (Autoridade Tributária).
 */
enum BuiltInScheme implements NationalIdScheme {
  NL_BSN("nl-bsn", "NL", "Dutch citizen service number (BSN)", "pass the 11-proef",
      v -> Bsn.normalize(v).orElse(null), Bsn::isValid, Set.of("bsn", "burgerservice", "sofi")),
  /** Matches on the form: an SSN column full of never-issued test numbers is still an SSN column. */
  US_SSN("us-ssn", "US", "US social security number", "are US social security numbers",
      BuiltInScheme::ssnDigits, NationalIds::ssnIssuable, Set.of("ssn", "socialsecurity")) {
    @Override
    public boolean matches(String value) {
      return NationalIds.isSsnForm(value);
    }

    /** Any number written as an SSN links but the all-zero parts that stand for "none". */
    @Override
    public Optional<String> linkingForm(String value) {
      String d = ssnDigits(value);
      return d == null || d.startsWith("000") || d.startsWith("00", 3) || d.startsWith("0000", 5)
          ? Optional.empty() : Optional.of(d);
    }
  },
  GB_NHS("gb-nhs", "GB", "UK NHS number", "pass the NHS number mod-11 check",
      v -> NationalIds.digitsOnly(v, 10), NationalIds::isNhsNumber, Set.of("nhs")),
  /**
   * The UK National Insurance number (HMRC): two prefix letters, six digits, a suffix A-D; no check
   * digit, so the allocation rules on the prefix decide validity.
   */
  GB_NINO("gb-nino", "GB", "UK National Insurance number", "are UK National Insurance numbers",
      BuiltInScheme::ninoForm, BuiltInScheme::ninoPrefixAllocated,
      Set.of("nino", "ninumber", "nationalinsurance")),
  /**
   * The Irish Personal Public Service number (Revenue): seven digits and a check letter, with a second
   * letter on numbers issued since 2013; the check is mod 23 over the digits weighted 8 to 2 and the
   * second letter weighted 9.
   */
  IE_PPSN("ie-ppsn", "IE", "Irish PPS number", "are Irish PPS numbers with a valid check letter",
      BuiltInScheme::ppsnForm, BuiltInScheme::ppsnCheckValid, Set.of("ppsn", "pps")),
  BE_RRN("be-rrn", "BE", "Belgian national number", "are Belgian national numbers with a valid check",
      v -> NationalIds.digitsOnly(v, 11), NationalIds::isBelgianNationalNumber,
      Set.of("rijksregister", "insz", "niss", "rrn", "registrenational")),
  FR_NIR("fr-nir", "FR", "French social security number (NIR)",
      "are French social security numbers (NIR) with a valid key", NationalIds::nirForm,
      NationalIds::nirKeyValid, Set.of("nir", "securitesociale", "numerosecu", "insee")),
  DE_KVNR("de-kvnr", "DE", "German health insurance number (KVNR)",
      "are German health insurance numbers (KVNR) with a valid check digit", NationalIds::kvnrForm,
      NationalIds::kvnrCheckValid, Set.of("kvnr", "krankenversicherten", "versichertennummer")),
  /** Without a check digit since 2007: ten digits with a date decide nothing alone. */
  DK_CPR("dk-cpr", "DK", "Danish CPR number", "are Danish CPR numbers (DDMMYY-SSSS)",
      NationalIds::cprForm, d -> true, Set.of("cpr")) {
    @Override
    public OptionalDouble decidingShare() {
      return OptionalDouble.empty();
    }
  },
  SE_PNR("se-pnr", "SE", "Swedish personal identity number",
      "are Swedish personal identity numbers with a valid Luhn digit", NationalIds::personnummerForm,
      NationalIds::luhnValid, Set.of("personnummer", "personnr", "samordningsnummer")),
  /** The Spanish DNI and the NIE of foreign residents share one check (Ministerio del Interior). */
  ES_DNI("es-dni", "ES", "Spanish DNI/NIE number",
      "are Spanish DNI or NIE numbers with a valid check letter", EuropeanIds::dniForm,
      EuropeanIds::dniCheckValid, Set.of("dni", "numeroidentidad", "identificacionextranjero")),
  /**
   * The Italian codice fiscale (DM 23/12/1976): a person's omocodia variant is another code, given to
   * tell her from a namesake, so the code links as written, not with its letters turned back to digits.
   */
  IT_CF("it-cf", "IT", "Italian codice fiscale",
      "are Italian codici fiscali with a valid check character", EuropeanIds::codiceFiscaleForm,
      EuropeanIds::codiceFiscaleCheckValid, Set.of("codicefiscale", "codfisc")),
  /** The Austrian Sozialversicherungsnummer (Dachverband): serial, mod-11 check digit, birth date. */
  AT_SVNR("at-svnr", "AT", "Austrian social insurance number (SVNR)",
      "are Austrian social insurance numbers (SVNR) with a valid check digit", EuropeanIds::svnrForm,
      EuropeanIds::svnrCheckValid, Set.of("svnr", "svnummer", "sozialversicherung")),
  /** The Swiss AHV/AVS number (ZAS, since 2008): 756, nine random digits, an EAN-13 check digit. */
  CH_AHV("ch-ahv", "CH", "Swiss AHV/AVS number",
      "are Swiss AHV/AVS numbers (756) with a valid check digit", EuropeanIds::ahvForm,
      EuropeanIds::ean13Valid, Set.of("ahv", "avs")),
  /** The Norwegian fødselsnummer (Skatteetaten): birth date, individual number, two mod-11 digits. */
  NO_FNR("no-fnr", "NO", "Norwegian national identity number (fødselsnummer)",
      "are Norwegian national identity numbers (fødselsnummer) with valid check digits",
      BirthDateIds::fnrForm, BirthDateIds::fnrValid,
      Set.of("fodselsnummer", "fødselsnummer", "fodselsnr", "fødselsnr")),
  /** The Finnish henkilötunnus (DVV): birth date, century sign, individual number, mod-31 character. */
  FI_HETU("fi-hetu", "FI", "Finnish personal identity code (henkilötunnus)",
      "are Finnish personal identity codes (henkilötunnus) with a valid check character",
      BirthDateIds::hetuForm, BirthDateIds::hetuValid, Set.of("henkilotunnus", "hetu", "sotu")),
  /** The Polish PESEL (Ministry of Digital Affairs): birth date with the century in the month, check. */
  PL_PESEL("pl-pesel", "PL", "Polish PESEL number", "are Polish PESEL numbers with a valid check digit",
      BirthDateIds::peselForm, BirthDateIds::peselValid, Set.of("pesel")),
  /**
   * The Portuguese NIF (Autoridade Tributária), of persons: nine bare digits are a BSN's form, so the
   * scheme matches alone only the VAT form behind {@code PT}; bare numbers are {@link
   * BuiltInDetector#PORTUGUESE_NIF_BARE}'s, under a header that names the NIF.
   */
  PT_NIF("pt-nif", "PT", "Portuguese tax number (NIF)",
      "are Portuguese tax numbers (NIF) with a valid check digit", EuropeanIds::nifForm, EuropeanIds::nifValid, Set.of("contribuinte", "nifpt")) {
    @Override
    public boolean matches(String value) {
      return EuropeanIds.isPrefixedNif(value) && EuropeanIds.nifValid(EuropeanIds.nifForm(value));
    }
  };

  private final String id;
  private final String country;
  private final String displayName;
  private final String evidence;
  private final Function<String, String> canonical;
  private final Predicate<String> valid;
  private final Set<String> headerStems;

  BuiltInScheme(String id, String country, String displayName, String evidence,
      Function<String, String> canonical, Predicate<String> valid, Set<String> headerStems) {
    this.id = id;
    this.country = country;
    this.displayName = displayName;
    this.evidence = evidence;
    this.canonical = canonical;
    this.valid = valid;
    this.headerStems = headerStems;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String country() {
    return country;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String evidence() {
    return evidence;
  }

  @Override
  public Optional<String> canonical(String value) {
    return Optional.ofNullable(canonical.apply(value));
  }

  @Override
  public boolean isValid(String canonical) {
    return valid.test(canonical);
  }

  /** The same as {@code matches}, without an Optional: it runs on every sampled value. */
  @Override
  public boolean matches(String value) {
    String c = canonical.apply(value);
    return c != null && valid.test(c);
  }

  @Override
  public Set<String> headerStems() {
    return headerStems;
  }

  /** A National Insurance number without its spaces, upper case ({@code QQ123456C}); null if none. */
  private static String ninoForm(String value) {
    StringBuilder s = new StringBuilder(9);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ') {
        s.append(Character.toUpperCase(c));
      }
    }
    if (s.length() != 9) {
      return null;
    }
    for (int i = 0; i < 9; i++) {
      char c = s.charAt(i);
      boolean ok = i < 2 || i == 8 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
      if (!ok) {
        return null;
      }
    }
    return s.toString();
  }

  /**
   * Whether a National Insurance number's prefix and suffix are of the kinds HMRC allocates: D, F, I,
   * Q, U, V never first; D, F, I, O, Q, U, V never second; BG, GB, KN, NK, NT, TN, ZZ never; the
   * suffix A to D.
   */
  private static boolean ninoPrefixAllocated(String nino) {
    char first = nino.charAt(0);
    char second = nino.charAt(1);
    String prefix = nino.substring(0, 2);
    char suffix = nino.charAt(8);
    return "DFIQUV".indexOf(first) < 0 && "DFIOQUV".indexOf(second) < 0
        && !Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix)
        && suffix >= 'A' && suffix <= 'D';
  }

  /** A PPS number without spaces, upper case ({@code 1234567TW}); null if none. */
  private static String ppsnForm(String value) {
    String s = value.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (s.length() < 8 || s.length() > 9) {
      return null;
    }
    for (int i = 0; i < 7; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    for (int i = 7; i < s.length(); i++) {
      if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
        return null;
      }
    }
    return s;
  }

  /** Whether a PPS number's check letter is the mod-23 check of its digits and second letter. */
  private static boolean ppsnCheckValid(String ppsn) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (ppsn.charAt(i) - '0') * (8 - i);
    }
    if (ppsn.length() == 9 && ppsn.charAt(8) != 'W') {
      sum += (ppsn.charAt(8) - 'A' + 1) * 9;
    }
    int check = sum % 23;
    return ppsn.charAt(7) == (check == 0 ? 'W' : (char) ('A' + check - 1));
  }

  /** An SSN's nine digits, written {@code AAA-GG-SSSS} or bare; null otherwise. */
  private static String ssnDigits(String value) {
    if (NationalIds.isSsnForm(value)) {
      String s = value.strip();
      return s.substring(0, 3) + s.substring(4, 6) + s.substring(7);
    }
    String s = value.strip();
    return s.length() == 9 ? NationalIds.digitsOnly(s, 9) : null;
  }
}
