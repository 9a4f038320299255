package org.exposure.score;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The circumstances of the breach (ENISA's CB): what happened to confidentiality, integrity and
 * availability, whether it was malicious, and whether the data were unintelligible to the attacker
 * (strong encryption, key safe; GDPR Art. 34(3)(a)). CB is the sum of the elements' points.
 *
 * <p>Immutable. The default, {@link #DEFAULT}, is confidentiality lost to unknown recipients and nothing
 * else: the contract's command-line defaults.
 *
 * <pre>{@code
 * BreachCircumstances ransomware =
 *     BreachCircumstances.DEFAULT.withMalicious(true).withAvailability(Availability.TEMPORARY);
 * ransomware.score(); // 1.25
 * }</pre>
 *
 * @param confidentiality loss of confidentiality
 * @param integrity loss of integrity
 * @param availability loss of availability
 * @param malicious whether the breach was intentional, to harm the controller or the individuals
 * @param unintelligible whether the data were unintelligible to whoever obtained them
 */
public record BreachCircumstances(
    Confidentiality confidentiality,
    Integrity integrity,
    Availability availability,
    boolean malicious,
    boolean unintelligible) {

  /** Unknown recipients; no loss of integrity or availability; not malicious; intelligible. */
  public static final BreachCircumstances DEFAULT =
      new BreachCircumstances(
          Confidentiality.UNKNOWN, Integrity.NONE, Availability.NONE, false, false);

  private static final double MALICE_POINTS = 0.5;

  public BreachCircumstances {
    requireNonNull(confidentiality, "confidentiality");
    requireNonNull(integrity, "integrity");
    requireNonNull(availability, "availability");
  }

  /** Loss of confidentiality (ENISA Annex 3). */
  public enum Confidentiality {
    /** Data exposed, but no evidence of unlawful processing. */
    NONE(0),
    /** Disclosed to a number of known recipients. */
    KNOWN(0.25),
    /** Disclosed to an unknown number of recipients. */
    UNKNOWN(0.5);

    private final double points;

    Confidentiality(double points) {
      this.points = points;
    }

    public double points() {
      return points;
    }
  }

  /** Loss of integrity (ENISA Annex 3). */
  public enum Integrity {
    /** Altered, but no incorrect or illegal use identified. */
    NONE(0),
    /** Altered and possibly used, but recoverable. */
    RECOVERABLE(0.25),
    /** Altered and possibly used, not recoverable. */
    UNRECOVERABLE(0.5);

    private final double points;

    Integrity(double points) {
      this.points = points;
    }

    public double points() {
      return points;
    }
  }

  /** Loss of availability (ENISA Annex 3). */
  public enum Availability {
    /** Recoverable without difficulty. */
    NONE(0),
    /** Temporarily unavailable. */
    TEMPORARY(0.25),
    /** Fully unavailable: no backup, and the individual cannot supply the data again. */
    PERMANENT(0.5);

    private final double points;

    Availability(double points) {
      this.points = points;
    }

    public double points() {
      return points;
    }
  }

  /**
   * The worse of two sets of circumstances, element by element: for a subject whose data were in several
   * sources, each breached differently. The data count as unintelligible only if they were in both.
   */
  public BreachCircumstances worst(BreachCircumstances other) {
    return new BreachCircumstances(
        max(confidentiality, other.confidentiality), max(integrity, other.integrity),
        max(availability, other.availability), malicious || other.malicious,
        unintelligible && other.unintelligible);
  }

  private static <E extends Enum<E>> E max(E a, E b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** CB: the sum of the elements' points, in [0, 2]. */
  public double score() {
    return confidentiality.points() + integrity.points() + availability.points()
        + (malicious ? MALICE_POINTS : 0);
  }

  /** One line per element that adds points, for explanations, e.g. "malicious intent +0.5". */
  public List<String> describe() {
    List<String> lines = new ArrayList<>(4);
    lines.add(element("loss of confidentiality", confidentiality, confidentiality.points()));
    lines.add(element("loss of integrity", integrity, integrity.points()));
    lines.add(element("loss of availability", availability, availability.points()));
    lines.add(malicious ? "malicious intent +0.5" : "no malicious intent +0");
    return List.copyOf(lines);
  }

  private static String element(String what, Enum<?> level, double points) {
    return String.format(
        Locale.ROOT, "%s %s +%s", what, level.name().toLowerCase(Locale.ROOT), trim(points));
  }

  /** A number as the explanations write it: no trailing zeros, "1" rather than "1.0", "0.3333". */
  static String trim(double value) {
    String s = String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  public BreachCircumstances withConfidentiality(Confidentiality value) {
    return new BreachCircumstances(value, integrity, availability, malicious, unintelligible);
  }

  public BreachCircumstances withIntegrity(Integrity value) {
    return new BreachCircumstances(confidentiality, value, availability, malicious, unintelligible);
  }

  public BreachCircumstances withAvailability(Availability value) {
    return new BreachCircumstances(confidentiality, integrity, value, malicious, unintelligible);
  }

  public BreachCircumstances withMalicious(boolean value) {
    return new BreachCircumstances(confidentiality, integrity, availability, value, unintelligible);
  }

  public BreachCircumstances withUnintelligible(boolean value) {
    return new BreachCircumstances(confidentiality, integrity, availability, malicious, value);
  }
}
