package org.exposure.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * How a report is written: the language of {@code report.html} (English, or Dutch for the Autoriteit
 * Persoonsgegevens; any other language gets English), and whether {@code notification-list.csv} gets
 * contact columns.
 *
 * <p>Immutable and thread-safe; {@code with*} returns a copy.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.of(Locale.forLanguageTag("nl"));
 * }</pre>
 */
public final class ReportOptions {
  private final Locale locale;
  private final boolean contactColumns;

  private ReportOptions(Locale locale, boolean contactColumns) {
    this.locale = requireNonNull(locale, "locale");
    this.contactColumns = contactColumns;
  }

  /** Options for a report in the given language, without contact columns. */
  public static ReportOptions of(Locale locale) {
    return new ReportOptions(locale, false);
  }

  /**
   * A copy that adds each informed subject's name, address, phone and e-mail to {@code
   * notification-list.csv}, read back from her first record that holds them ({@code
   * ExposureAnalysis.reread}), for letters. The list then holds raw identifiers: tell the user to
   * keep it as safe as the extract, and to delete it once the letters are sent.
   */
  public ReportOptions withContactColumns() {
    return new ReportOptions(locale, true);
  }

  /** The language of {@code report.html}. */
  public Locale locale() {
    return locale;
  }

  /** Whether {@code notification-list.csv} gets contact columns. */
  public boolean contactColumns() {
    return contactColumns;
  }

  @Override
  public String toString() {
    return "ReportOptions[locale=" + locale + ", contactColumns=" + contactColumns + "]";
  }
}
