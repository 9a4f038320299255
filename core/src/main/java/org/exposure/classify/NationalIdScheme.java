package org.exposure.classify;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A country's scheme of national identification numbers: the Dutch BSN, the US social security
 * number, the UK NHS number... How its numbers are written, which of them are valid, and the form
 * in which two records' numbers are compared when they are linked into one person.
 *
 * <p>The classifier makes a {@link ValueDetector} of every scheme (its evidence names the scheme:
 * "are US social security numbers"), and the linker joins the records of a national-ID column by
 * the scheme that column matched: by {@link #linkingForm}, prefixed with {@link #id()}, so that keys
 * of two schemes never collide.
 *
 * <p>Exposure ships NL BSN, US SSN, UK NHS number, UK National Insurance number, Irish PPSN, Belgian
 * national number, French NIR, German KVNR, Danish CPR, Swedish personnummer, Spanish DNI/NIE, Italian
 * codice fiscale, Austrian SVNR, Swiss AHV number, Norwegian fødselsnummer, Finnish henkilötunnus,
 * Polish PESEL and Portuguese NIF ({@link NationalIdSchemes#builtIn()}). To add one, implement this
 * interface and list the class in {@code META-INF/services/org.exposure.classify.NationalIdScheme};
 * {@link NationalIdSchemes#all()} finds it with {@link java.util.ServiceLoader}, after the built-in
 * schemes. Implementations must be immutable, thread-safe and total (nothing throws, whatever the
 * string), and cheap: they run on every sampled value and every record.
 *
 * <pre>{@code
 * public final class IcelandicKennitala implements NationalIdScheme {
 *   public String id() { return "is-kennitala"; }
 *   public String country() { return "IS"; }
 *   public String displayName() { return "Icelandic kennitala"; }
 *   public String evidence() { return "are Icelandic kennitala with a valid check digit"; }
 *   public Optional<String> canonical(String value) {
 *     String s = value.strip().replace("-", "");
 *     return s.length() == 10 && s.chars().allMatch(Character::isDigit) ? Optional.of(s) : Optional.empty();
 *   }
 *   public boolean isValid(String canonical) { return checkDigitOk(canonical); }
 * }
 * }</pre>
 */
public interface NationalIdScheme {

  /**
   * A stable identifier, lower case, country first: {@code nl-bsn}, {@code us-ssn}. It prefixes the
   * linking keys of the scheme's numbers, so it must never change once subjects were keyed by it.
   */
  String id();

  /** The issuing country, as an ISO 3166-1 alpha-2 code in upper case ({@code NL}, {@code US}). */
  String country();

  /** The scheme's name for people, e.g. "US social security number". */
  String displayName();

  /**
   * Words for a column's values that pass {@link #matches}, completing "N of M sampled values ...":
   * "pass the 11-proef", "are US social security numbers".
   */
  String evidence();

  /**
   * The number in canonical form (separators removed, letters in upper case) if the value is written
   * as this scheme writes its numbers, valid or not; empty otherwise. Never throws.
   */
  Optional<String> canonical(String value);

  /** Whether a number in canonical form is valid: its check digits, its date, its issuance rules. */
  boolean isValid(String canonical);

  /**
   * Whether a value counts as one of this scheme's numbers for a column's evidence. The default: it
   * has the scheme's form and is valid. A scheme whose numbers are used beyond the issuance rules
   * (test data writes SSNs from the never-issued area 9xx) matches on the form alone.
   */
  default boolean matches(String value) {
    Optional<String> c = canonical(value);
    return c.isPresent() && isValid(c.get());
  }

  /**
   * The form in which the records of one person are joined: the canonical number where it is one a
   * person can have, empty for placeholders ({@code 000000000}) that would join strangers. The
   * default: the canonical form of a valid number.
   */
  default Optional<String> linkingForm(String value) {
    return canonical(value).filter(this::isValid);
  }

  /**
   * Parts of a normalised header (lower case, no spaces or punctuation) that name this scheme:
   * {@code "ssn"}, {@code "nhs"}. Under such a header the scheme is preferred over others whose
   * numbers look alike (nine digits are a BSN or an SSN). Empty by default.
   */
  default Set<String> headerStems() {
    return Set.of();
  }

  /**
   * The least share of a column's values that must {@linkplain #matches match} for the values alone to
   * make it a national-ID column, or empty if they never may (ten digits with a date are too common).
   * The default: 0.9.
   */
  default OptionalDouble decidingShare() {
    return OptionalDouble.of(0.9);
  }
}
