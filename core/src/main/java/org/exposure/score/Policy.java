package org.exposure.score;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every weight, threshold and adjustment the risk model applies, in one versioned value, so that a DPO can
 * show the supervisory authority exactly which rules were used. {@link #defaults()} is Exposure's reading
 * of ENISA's method (docs/methodology.md explains each rule and its source); {@link #load} reads a
 * properties file that overrides any of them, and {@link #settings()} lists them all for the report.
 *
 * <pre>
 * # policy of the lab's DPO, agreed 2025-08-07
 * version = lab-2025-08
 * dpc.health_controller = 3
 * ei.quasi_identifiers_unique = 1
 * reidentification.threshold = 0.1
 * </pre>
 *
 * <p>Keys: {@code version}; {@code dpc.<rule>} (1 to 4) for each {@link DpcRule}; {@code ei.<rule>}
 * (0.25, 0.5, 0.75 or 1) for each {@link EiRule}; {@code minor.age} (years; under it is a minor);
 * {@code minor.raise} (0 to 3, added to DPC); {@code reidentification.threshold} (a prosecutor risk in
 * (0, 1]: above it a subject's record is at risk); {@code inform.from} (the lowest level whose subjects
 * are told: {@code high} by default).
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the policy's name and version, printed in every report
 * @param dpc the DPC each rule gives
 * @param ei the EI each rule gives
 * @param minorAge under this age on the assessment date a subject is a minor
 * @param minorRaise what DPC rises by for a minor
 * @param reidentificationThreshold the prosecutor risk above which a record is at risk
 * @param informFrom the lowest level at which data subjects are informed
 */
public record Policy(
    String version,
    Map<DpcRule, Integer> dpc,
    Map<EiRule, Double> ei,
    int minorAge,
    int minorRaise,
    double reidentificationThreshold,
    SeverityLevel informFrom) {

  /** The version of {@link #defaults()}. */
  public static final String DEFAULT_VERSION = "exposure-enisa-2013/2";

  private static final Policy DEFAULTS = defaultPolicy();

  public Policy {
    requireNonNull(version, "version");
    requireNonNull(informFrom, "informFrom");
    dpc = new EnumMap<>(requireNonNull(dpc, "dpc"));
    ei = new EnumMap<>(requireNonNull(ei, "ei"));
    for (DpcRule rule : DpcRule.values()) {
      Integer score = dpc.get(rule);
      checkArgument(score != null && score >= 1 && score <= 4,
          "dpc.%s must be 1, 2, 3 or 4, was %s", key(rule), score);
    }
    for (EiRule rule : EiRule.values()) {
      Double score = ei.get(rule);
      checkArgument(score != null && (score == 0.25 || score == 0.5 || score == 0.75 || score == 1),
          "ei.%s must be 0.25, 0.5, 0.75 or 1, was %s", key(rule), score);
    }
    checkArgument(minorAge >= 0 && minorAge <= 25, "minor.age must be in [0, 25], was %s", minorAge);
    checkArgument(minorRaise >= 0 && minorRaise <= 3, "minor.raise must be in [0, 3], was %s",
        minorRaise);
    checkArgument(reidentificationThreshold > 0 && reidentificationThreshold <= 1,
        "reidentification.threshold must be in (0, 1], was %s", reidentificationThreshold);
    // Read-only enum maps: looked up for every rule of every subject, so array-indexed.
    dpc = Collections.unmodifiableMap(new EnumMap<>(dpc));
    ei = Collections.unmodifiableMap(new EnumMap<>(ei));
  }

  /** Exposure's defaults: ENISA's scores as DESIGN.md applies them, minors under 16, threshold 0.2. */
  public static Policy defaults() {
    return DEFAULTS;
  }

  private static Policy defaultPolicy() {
    Map<DpcRule, Integer> dpc = new EnumMap<>(DpcRule.class);
    for (DpcRule rule : DpcRule.values()) {
      dpc.put(rule, rule.defaultScore());
    }
    Map<EiRule, Double> ei = new EnumMap<>(EiRule.class);
    for (EiRule rule : EiRule.values()) {
      ei.put(rule, rule.defaultScore());
    }
    // 0.2: the upper end of El Emam's thresholds for records at risk (0.05-0.2).
    return new Policy(DEFAULT_VERSION, dpc, ei, 16, 1, 0.2, SeverityLevel.HIGH);
  }

  /**
   * A properties file in UTF-8, as the policy and the circumstances files are written.
   *
   * @throws InvalidPolicyException if it is not UTF-8 text or holds a malformed Unicode escape
   * @throws IOException if it cannot be read
   */
  static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') { // a byte-order mark, as Notepad writes, would join the first key
        reader.reset();
      }
      properties.load(reader);
    } catch (CharacterCodingException e) {
      throw new InvalidPolicyException(file, "not UTF-8 text");
    } catch (IllegalArgumentException e) { // what Properties throws on "\\u" without four hex digits
      throw new InvalidPolicyException(file, "a malformed \\u escape: write the character itself, or "
          + "\\u and four hexadecimal digits");
    }
    return properties;
  }

  /**
   * Reads a policy file (Java properties, UTF-8): the defaults, with the keys it sets overridden.
   *
   * @throws InvalidPolicyException naming the file and the key that is unknown or out of range
   * @throws IOException if the file cannot be read
   */
  public static Policy load(Path file) throws IOException {
    Properties properties = properties(file);
    Map<String, String> settings = new LinkedHashMap<>(defaults().settings());
    Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
    unknown.removeAll(settings.keySet());
    if (!unknown.isEmpty()) {
      throw new InvalidPolicyException(file, "unknown key" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + "; expected one of " + String.join(", ", settings.keySet()));
    }
    properties.stringPropertyNames().forEach(k -> settings.put(k, properties.getProperty(k).strip()));
    Policy policy;
    try {
      policy = fromSettings(settings);
    } catch (IllegalArgumentException e) {
      throw new InvalidPolicyException(file, e.getMessage());
    }
    if (policy.version().equals(DEFAULT_VERSION) && !policy.equals(defaults())) {
      throw new InvalidPolicyException(file, "the file changes the defaults, so name the policy: set "
          + "'version' to something other than " + DEFAULT_VERSION);
    }
    return policy;
  }

  private static Policy fromSettings(Map<String, String> s) {
    Map<DpcRule, Integer> dpc = new EnumMap<>(DpcRule.class);
    for (DpcRule rule : DpcRule.values()) {
      dpc.put(rule, integer(s, "dpc." + key(rule)));
    }
    Map<EiRule, Double> ei = new EnumMap<>(EiRule.class);
    for (EiRule rule : EiRule.values()) {
      ei.put(rule, decimal(s, "ei." + key(rule)));
    }
    String inform = s.get("inform.from");
    SeverityLevel informFrom = Arrays.stream(SeverityLevel.values())
        .filter(l -> key(l).equals(inform.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("inform.from must be one of "
            + Arrays.stream(SeverityLevel.values()).map(Policy::key).collect(Collectors.joining(", "))
            + ", was " + inform));
    return new Policy(s.get("version"), dpc, ei, integer(s, "minor.age"), integer(s, "minor.raise"),
        decimal(s, "reidentification.threshold"), informFrom);
  }

  /** Every setting as {@code key -> value}, in a stable order, as a policy file would write them. */
  public Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("version", version);
    for (DpcRule rule : DpcRule.values()) {
      s.put("dpc." + key(rule), String.valueOf(dpc.get(rule)));
    }
    for (EiRule rule : EiRule.values()) {
      s.put("ei." + key(rule), String.valueOf(ei.get(rule)));
    }
    s.put("minor.age", String.valueOf(minorAge));
    s.put("minor.raise", String.valueOf(minorRaise));
    s.put("reidentification.threshold", String.valueOf(reidentificationThreshold));
    s.put("inform.from", key(informFrom));
    return s;
  }

  /** The DPC the rule gives under this policy. */
  public int dpc(DpcRule rule) {
    return dpc.get(rule);
  }

  /** The EI the rule gives under this policy. */
  public double ei(EiRule rule) {
    return ei.get(rule);
  }

  private static int integer(Map<String, String> s, String key) {
    try {
      return Integer.parseInt(s.get(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, was " + s.get(key), e);
    }
  }

  private static double decimal(Map<String, String> s, String key) {
    try {
      return Double.parseDouble(s.get(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was " + s.get(key), e);
    }
  }

  private static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
