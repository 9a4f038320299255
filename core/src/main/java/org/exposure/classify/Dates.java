package org.exposure.classify;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads calendar dates in the forms Dutch and international extracts use: ISO {@code yyyy-mm-dd}, Dutch
 * {@code dd-mm-jjjj} and {@code dd/mm/yyyy} (also with one-digit day or month, and dots), compact
 * {@code yyyymmdd}, and a month's name or abbreviation in English or Dutch ({@code 30-Jan-2024},
 * {@code 3 mrt 2024}). An ISO date-time keeps its date part. Years outside 1850..2150 are not read
 * as dates. A day-first date may write its year in two digits ({@code 22.10.19}, {@code 15-Jan-19}),
 * as German and Irish systems do: read as spreadsheets read them, 00-29 in this century and 30-99 in
 * the last. A month and year alone ({@code 02/2019}) is the month's first day. A date with slashes whose second number cannot be a month is read month first, as the
 * United States writes it ({@code 04/22/1969}); where both readings are dates, the day comes first.
 *
 * <p>Hand-written rather than {@code DateTimeFormatter}: the formatter's exceptions echo the input, and
 * this runs on every date cell of an extract. Stateless and thread-safe.
 */
final class Dates {
  private static final int MIN_YEAR = 1850;
  private static final int MAX_YEAR = 2150;
  private static final Map<String, Integer> MONTHS = months();

  private Dates() {}

  /** The date the value spells, or empty if it is not a date in a known form. */
  public static Optional<LocalDate> parse(String value) {
    String s = value.strip();
    int length = s.length();
    if (length == 8 && allDigits(s, 0, 8)) {
      // yyyymmdd; where that is no date, ddmmyyyy, as French hospital files (PMSI) write it
      Optional<LocalDate> yearFirst = date(number(s, 0, 4), number(s, 4, 6), number(s, 6, 8));
      return yearFirst.isPresent() ? yearFirst
          : date(number(s, 4, 8), number(s, 2, 4), number(s, 0, 2));
    }
    if (length >= 10 && length != 11 && isIsoDate(s)) {
      // yyyy-mm-dd, optionally followed by a time ("T10:15:00", " 10:15")
      if (length == 10 || s.charAt(10) == 'T' || s.charAt(10) == ' ') {
        return date(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
      }
      return Optional.empty();
    }
    if (length == 0 || s.charAt(0) < '0' || s.charAt(0) > '9') {
      return Optional.empty(); // every form starts with the day or the year: "dr. A. Bakker" is none
    }
    if (length >= 9 && (length == 9 || s.charAt(9) == ':') && allDigits(s, 0, 2)
        && allDigits(s, 5, 9) && Character.isLetter(s.charAt(2))) {
      return parseSas(s);
    }
    if (length >= 6 && length <= 7) {
      Optional<LocalDate> monthYear = parseMonthYear(s);
      if (monthYear.isPresent()) {
        return monthYear;
      }
    }
    Optional<LocalDate> dayFirst = parseDayFirst(s);
    return dayFirst.isPresent() || length > 20 ? dayFirst : parseMonthName(withoutTime(s));
  }

  /**
   * SAS's DATE9 and DATETIME forms, as registries and claims warehouses export them: "05JAN2019",
   * "05JAN2019:00:00:00".
   */
  private static Optional<LocalDate> parseSas(String s) {
    Integer month = MONTHS.get(s.substring(2, 5).toLowerCase(Locale.ROOT));
    return month == null ? Optional.empty() : date(number(s, 5, 9), month, number(s, 0, 2));
  }

  /** "02/2019", "3-2021": a month and a year, read as the month's first day. */
  private static Optional<LocalDate> parseMonthYear(String s) {
    int separator = separatorAfter(s, 0, s.length());
    if (separator < 1 || separator > 2 || s.length() - separator - 1 != 4
        || !allDigits(s, separator + 1, s.length())) {
      return Optional.empty();
    }
    return date(number(s, separator + 1, s.length()), number(s, 0, separator), 1);
  }

  /** "01-Jan-2019 08:20" without its time of day; the value itself where it ends in none. */
  private static String withoutTime(String s) {
    int space = s.lastIndexOf(' ');
    if (space < 0) {
      return s;
    }
    String time = s.substring(space + 1);
    int colon = time.indexOf(':');
    return colon >= 1 && colon <= 2 && time.length() >= colon + 3
        && time.chars().allMatch(c -> c == ':' || c >= '0' && c <= '9') ? s.substring(0, space).strip()
        : s;
  }

  private static boolean isIsoDate(String s) {
    return allDigits(s, 0, 4) && s.charAt(4) == '-' && allDigits(s, 5, 7) && s.charAt(7) == '-'
        && allDigits(s, 8, 10);
  }

  /** "30-Jan-2024", "3 mrt 2024": a day, a month's name or abbreviation (English or Dutch), a year. */
  private static Optional<LocalDate> parseMonthName(String s) {
    // Hand-split at runs of separators: a regex split would compile its pattern on every call.
    int dayEnd = 0;
    while (dayEnd < s.length() && !isSeparator(s.charAt(dayEnd))) {
      dayEnd++;
    }
    int monthStart = skipSeparators(s, dayEnd);
    int monthEnd = monthStart;
    while (monthEnd < s.length() && !isSeparator(s.charAt(monthEnd))) {
      monthEnd++;
    }
    int yearStart = skipSeparators(s, monthEnd);
    int dayDigits = dayEnd;
    while (dayDigits > 0 && Character.isLetter(s.charAt(dayDigits - 1))) {
      dayDigits--; // "1er mars", "2nd March": an ordinal's ending
    }
    if (dayDigits < dayEnd && !isOrdinalEnding(s.substring(dayDigits, dayEnd))) {
      return Optional.empty();
    }
    dayEnd = dayDigits;
    int yearDigits = s.length() - yearStart;
    if (dayEnd < 1 || dayEnd > 2 || !allDigits(s, 0, dayEnd) || monthEnd == monthStart
        || yearDigits != 4 && yearDigits != 2 || !allDigits(s, yearStart, s.length())) {
      return Optional.empty();
    }
    Integer month = MONTHS.get(s.substring(monthStart, monthEnd).toLowerCase(Locale.ROOT));
    if (month == null) {
      return Optional.empty();
    }
    return date(year(s, yearStart, s.length()), month, number(s, 0, dayEnd));
  }

  private static boolean isOrdinalEnding(String ending) {
    switch (ending.toLowerCase(Locale.ROOT)) {
      case "er", "e", "st", "nd", "rd", "th":
        return true;
      default:
        return false;
    }
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '/' || c == ' ' || c == '.';
  }

  private static int skipSeparators(String s, int from) {
    int i = from;
    while (i < s.length() && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** d-m-yyyy, dd-mm-yyyy, with '-', '/' or '.' as separator; a trailing time is ignored. */
  private static Optional<LocalDate> parseDayFirst(String s) {
    int end = s.indexOf(' ');
    if (end < 0) {
      end = s.length();
    }
    int first = separatorAfter(s, 0, end);
    if (first < 1 || first > 2) {
      return Optional.empty();
    }
    char separator = s.charAt(first);
    int second = separatorAfter(s, first + 1, end);
    if (second - first - 1 < 1 || second - first - 1 > 2 || s.charAt(second) != separator) {
      return Optional.empty();
    }
    int yearDigits = end - second - 1;
    if (yearDigits != 4 && yearDigits != 2 || !allDigits(s, second + 1, end)) {
      return Optional.empty();
    }
    int day = number(s, 0, first);
    int month = number(s, first + 1, second);
    if (month > 12 && day <= 12 && separator == '/') {
      // 04/22/1969: month first, as the United States writes it; a day-first date never has month 22
      return date(year(s, second + 1, end), day, month);
    }
    return date(year(s, second + 1, end), month, day);
  }

  /** The index of the first '-', '/' or '.' in [from, end) if everything before it is digits, else -1. */
  private static int separatorAfter(String s, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '/' || c == '.') {
        return i;
      }
      if (c < '0' || c > '9') {
        return -1;
      }
    }
    return -1;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) { // 31 April, 29 February of a common year
      return Optional.empty();
    }
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    // English, Dutch, French, German, Spanish and Italian names and their usual abbreviations.
    String[][] names = {
      {"jan", "january", "januari", "janvier", "janv", "januar", "jän", "enero", "ene", "gennaio",
          "gen"},
      {"feb", "february", "februari", "février", "fevrier", "févr", "fevr", "fév", "fev", "februar",
          "febrero", "febbraio"},
      {"mar", "mrt", "march", "maart", "mars", "märz", "maerz", "mrz", "marzo"},
      {"apr", "april", "avril", "avr", "abril", "abr", "aprile"},
      {"may", "mei", "mai", "mayo", "maggio", "mag"},
      {"jun", "june", "juni", "juin", "junio", "giugno", "giu"},
      {"jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug"},
      {"aug", "august", "augustus", "août", "aout", "agosto", "ago"},
      {"sep", "sept", "september", "septembre", "septiembre", "settembre", "set"},
      {"oct", "okt", "october", "oktober", "octobre", "octubre", "ottobre", "ott"},
      {"nov", "november", "novembre", "noviembre"},
      {"dec", "december", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic",
          "dicembre"}};
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.put(name, m + 1);
      }
    }
    return Map.copyOf(months);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A year of four digits, or of two as spreadsheets read them: 00-29 are 2000-2029, 30-99 1930-1999. */
  private static int year(String s, int from, int to) {
    int year = number(s, from, to);
    return to - from != 2 ? year : year < TWO_DIGIT_CUTOFF ? 2000 + year : 1900 + year;
  }

  /** The first two-digit year read in the last century. */
  private static final int TWO_DIGIT_CUTOFF = 30;

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}
