package org.exposure.classify;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;

/**
 * Decides a column's field type from its header and a sample of its values, with a confidence and the
 * evidence in words.
 *
 * <ul>
 *   <li>A known header decides the type; where the type has a value check, the share of sampled values
 *       that pass sets the confidence, and a low share is flagged ("check this column"). A column headed
 *       as a record number whose values nearly all pass the 11-proef is a BSN column.
 *   <li>Without a known header, the values alone decide, but only past a per-type threshold: about 9%
 *       of random nine-digit numbers pass the 11-proef, so a column of order numbers never becomes
 *       {@link FieldType#NATIONAL_ID}.
 *   <li>Otherwise the column is {@link FieldType#OTHER}.
 * </ul>
 *
 * <p>Immutable and thread-safe. The evidence quotes headers and counts, never a value.
 *
 * <pre>{@code
 * ColumnClassifier classifier = ColumnClassifier.of(LocalDate.of(2025, 7, 1));
 * ColumnClassification c = classifier.classify("lab.csv", "bsn", sampleValues);
 * }</pre>
 */
public final class ColumnClassifier {
  private static final double STRONG_SHARE = 0.8;
  private static final double WEAK_SHARE = 0.5;
  private static final double BSN_IN_RECORD_ID_SHARE = 0.95;

  private final LocalDate referenceDate;

  private ColumnClassifier(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  /**
   * A classifier that judges birth dates against the given date (ages 0 to 120 on that date are
   * plausible).
   */
  public static ColumnClassifier of(LocalDate referenceDate) {
    return new ColumnClassifier(requireNonNull(referenceDate, "referenceDate"));
  }

  /**
   * Classifies one column.
   *
   * @param source the source's display name
   * @param header the column's header as written in the source
   * @param sample a sample of the column's values; blank values are ignored
   */
  public ColumnClassification classify(String source, String header, List<String> sample) {
    List<String> values = new ArrayList<>(sample.size());
    for (String v : sample) {
      if (!v.isBlank()) {
        values.add(v);
      }
    }
    Optional<FieldType> byHeader = HeaderDictionary.lookup(header);
    String headerEvidence = "header '" + header + "'";
    if (values.isEmpty()) {
      FieldType type = byHeader.orElse(FieldType.OTHER);
      String why = byHeader.isPresent() ? headerEvidence : "no known header";
      return new ColumnClassification(source, header, type, 0.5, why + "; no values in the sample");
    }
    if (byHeader.isPresent()) {
      return byHeader(source, header, byHeader.get(), headerEvidence, values);
    }
    return byValues(source, header, values);
  }

  private ColumnClassification byHeader(
      String source, String header, FieldType type, String headerEvidence, List<String> values) {
    if (type == FieldType.RECORD_ID) {
      int bsns = count(ValueCheck.NATIONAL_ID, values);
      if (bsns >= BSN_IN_RECORD_ID_SHARE * values.size()) {
        return new ColumnClassification(source, header, FieldType.NATIONAL_ID, 0.8,
            headerEvidence + " suggests a record number, but " + counted(bsns, values)
                + " pass the 11-proef");
      }
    }
    Optional<ValueCheck> check = ValueCheck.forHeader(header, type);
    if (check.isEmpty()) {
      return new ColumnClassification(source, header, type, 0.85, headerEvidence);
    }
    int passing = count(check.get(), values);
    double share = (double) passing / values.size();
    String evidence = headerEvidence + "; " + counted(passing, values) + " " + check.get().evidence();
    if (share >= STRONG_SHARE) {
      return new ColumnClassification(source, header, type, 0.7 + 0.3 * share, evidence);
    }
    if (share >= WEAK_SHARE) {
      return new ColumnClassification(source, header, type, 0.5 + 0.3 * share, evidence);
    }
    return new ColumnClassification(source, header, type, 0.2 + 0.4 * share,
        evidence + "; warning: most values fail the check, verify this column");
  }

  private ColumnClassification byValues(String source, String header, List<String> values) {
    ValueCheck best = null;
    int bestPassing = 0;
    for (ValueCheck check : ValueCheck.values()) {
      if (!check.decidesAlone()) {
        continue;
      }
      int passing = count(check, values);
      if (passing >= check.threshold() * values.size() && passing > bestPassing) {
        best = check;
        bestPassing = passing;
      }
    }
    if (best != null) {
      double share = (double) bestPassing / values.size();
      return new ColumnClassification(source, header, best.type(), 0.4 + 0.4 * share,
          "no known header; " + counted(bestPassing, values) + " " + best.evidence());
    }
    if (looksLikeFreeText(values)) {
      return new ColumnClassification(source, header, FieldType.FREE_TEXT, 0.5,
          "no known header; values are sentences of text (" + values.size() + " sampled)");
    }
    return new ColumnClassification(source, header, FieldType.OTHER, 0.6,
        "no known header; no value pattern matched " + String.format(Locale.ROOT, "%,d", values.size())
            + " sampled values");
  }

  /** Most values are long and hold several words. */
  private static boolean looksLikeFreeText(List<String> values) {
    int texts = 0;
    for (String v : values) {
      if (v.length() >= 30 && v.indexOf(' ') > 0 && v.indexOf(' ') != v.lastIndexOf(' ')) {
        texts++;
      }
    }
    return texts >= STRONG_SHARE * values.size();
  }

  private int count(ValueCheck check, List<String> values) {
    int n = 0;
    for (String v : values) {
      if (check.test(v, referenceDate)) {
        n++;
      }
    }
    return n;
  }

  private static String counted(int passing, List<String> values) {
    return String.format(Locale.ROOT, "%,d of %,d sampled values", passing, values.size());
  }
}
