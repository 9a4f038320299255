package org.exposure.score;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.exposure.model.SourceLocation;

/**
 * Breach circumstances that differ by source file: one export was emailed to a known wrong recipient,
 * another was stolen and published. A subject found in several sources gets the worst of their
 * circumstances, element by element ({@link BreachCircumstances#worst}).
 *
 * <p>The file holds properties {@code <file name>.<element> = <value>}, with elements
 * {@code confidentiality} (none, known, unknown), {@code integrity} (none, recoverable, unrecoverable),
 * {@code availability} (none, temporary, permanent) and {@code malicious} (true, false). Elements a
 * source does not name keep the breach-wide value.
 *
 * <pre>
 * # the 2024 export was mailed to one wrong GP; the rest was stolen
 * lab-2024.csv.confidentiality = known
 * lab-2024.csv.malicious = false
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceCircumstances {
  private final BreachCircumstances breachWide;
  private final Map<String, BreachCircumstances> bySource;

  private SourceCircumstances(BreachCircumstances breachWide, Map<String, BreachCircumstances> bySource) {
    this.breachWide = breachWide;
    this.bySource = Map.copyOf(bySource);
  }

  /** The same circumstances for every source. */
  public static SourceCircumstances uniform(BreachCircumstances breachWide) {
    return new SourceCircumstances(requireNonNull(breachWide, "breachWide"), Map.of());
  }

  /**
   * Reads per-source circumstances over the breach-wide ones.
   *
   * @throws InvalidPolicyException naming the file and the key or value that is wrong
   * @throws IOException if the file cannot be read
   */
  public static SourceCircumstances load(Path file, BreachCircumstances breachWide)
      throws IOException {
    Properties properties = Policy.properties(file);
    Map<String, BreachCircumstances> bySource = new TreeMap<>();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      int dot = key.lastIndexOf('.');
      if (dot <= 0) {
        throw new InvalidPolicyException(file, "expected '<file name>.<element> = <value>', got key '"
            + key + "'");
      }
      String source = key.substring(0, dot);
      String element = key.substring(dot + 1);
      String value = properties.getProperty(key).strip().toUpperCase(Locale.ROOT);
      BreachCircumstances c = bySource.getOrDefault(source, breachWide);
      try {
        switch (element) {
          case "confidentiality":
            c = c.withConfidentiality(BreachCircumstances.Confidentiality.valueOf(value));
            break;
          case "integrity":
            c = c.withIntegrity(BreachCircumstances.Integrity.valueOf(value));
            break;
          case "availability":
            c = c.withAvailability(BreachCircumstances.Availability.valueOf(value));
            break;
          case "malicious":
            if (!value.equals("TRUE") && !value.equals("FALSE")) {
              throw new IllegalArgumentException();
            }
            c = c.withMalicious(value.equals("TRUE"));
            break;
          default:
            throw new InvalidPolicyException(file, "unknown element '" + element + "' in key '" + key
                + "'; expected confidentiality, integrity, availability or malicious");
        }
      } catch (IllegalArgumentException e) {
        throw new InvalidPolicyException(file, "'" + properties.getProperty(key).strip()
            + "' is not a value of " + element + " (key '" + key + "')");
      }
      bySource.put(source, c);
    }
    return new SourceCircumstances(breachWide, bySource);
  }

  /** The circumstances of the breach as a whole. */
  public BreachCircumstances breachWide() {
    return breachWide;
  }

  /** The circumstances named per source file, by file name. */
  public Map<String, BreachCircumstances> bySource() {
    return bySource;
  }

  /**
   * The file names this holds circumstances for that name none of the given sources (by file name or
   * display name, as {@link #of} matches them): a misspelt name applies its circumstances to nothing,
   * which a caller should say.
   */
  public Set<String> unmatched(Collection<String> sources) {
    Set<String> names = new HashSet<>();
    for (String source : sources) {
      names.add(source);
      names.add(SourceLocation.fileName(source));
    }
    Set<String> unmatched = new TreeSet<>(bySource.keySet());
    unmatched.removeAll(names);
    return unmatched;
  }

  /**
   * The worst of the circumstances of the given sources, element by element
   * ({@link BreachCircumstances#worst}): a subject's whose data were in several sources, or a cohort's;
   * the breach-wide circumstances for none.
   */
  public BreachCircumstances worstOf(Iterable<String> sources) {
    if (bySource.isEmpty()) {
      return breachWide;
    }
    BreachCircumstances worst = null;
    for (String source : sources) {
      BreachCircumstances c = of(source);
      worst = worst == null ? c : worst.worst(c);
    }
    return worst != null ? worst : breachWide;
  }

  /** The circumstances of a source, by its file name (the last part of its display name). */
  public BreachCircumstances of(String source) {
    if (bySource.isEmpty()) {
      return breachWide;
    }
    String fileName = SourceLocation.fileName(source);
    BreachCircumstances c = bySource.get(fileName);
    return c != null ? c : bySource.getOrDefault(source, breachWide);
  }
}
