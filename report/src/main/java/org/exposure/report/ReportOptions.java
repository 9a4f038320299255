package org.exposure.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

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
  private final ContactReader contacts;

  private ReportOptions(Locale locale, ContactReader contacts) {
    this.locale = requireNonNull(locale, "locale");
    this.contacts = contacts;
  }

  /** Options for a report in the given language, without contact columns. */
  public static ReportOptions of(Locale locale) {
    return new ReportOptions(locale, null);
  }

  /**
   * A copy that adds contact columns to {@code notification-list.csv}, read back by the given reader.
   * The list then holds raw identifiers: tell the user to keep it as safe as the extract.
   */
  public ReportOptions withContacts(ContactReader reader) {
    return new ReportOptions(locale, requireNonNull(reader, "reader"));
  }

  /** The language of {@code report.html}. */
  public Locale locale() {
    return locale;
  }

  /** The reader of contact columns, if the list gets them. */
  public Optional<ContactReader> contacts() {
    return Optional.ofNullable(contacts);
  }

  @Override
  public String toString() {
    return "ReportOptions[locale=" + locale + ", contacts=" + (contacts != null) + "]";
  }
}
