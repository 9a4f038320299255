package org.exposure.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.classify.HeaderDictionary;

/**
 * Tells plain prose (a README, a licence, notes, an e-mail saved as text) from a CSV extract by its
 * structure, not its words: a table has rows of one width (a multi-column file: most rows hold as
 * many fields as the commonest width; a one-column file: no row holds the delimiter, under a header
 * shaped like a column's name), while prose has lines of sentences, split by the delimiter here and
 * there, with the marks of running text: paragraphs apart, lines wrapped mid-sentence, Markdown's
 * headings and lists, an e-mail's header lines. A first row that names a known column is a table's.
 * So a one-column CSV, or a CSV with long remarks (quoted, as CSV quotes them), is never prose.
 * Stateless.
 */
final class Prose {
  /** How many non-blank lines are judged. */
  private static final int LINES = 64;
  /** A table: this share of its rows, at least, have the commonest width. */
  private static final double TABLE_SHARE = 0.8;
  /** Prose: this share of its lines, at least, are sentences of {@link #SENTENCE_WORDS} words. */
  private static final double SENTENCE_SHARE = 0.3;
  private static final int SENTENCE_WORDS = 5;
  /** Below this many rows, rows of one width may be sentences split at their commas. */
  private static final int FEW_ROWS = 5;
  /** The least length of a line wrapped in a paragraph; a remark in a cell is seldom as long. */
  private static final int WRAP_WIDTH = 60;
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6} |[-*+] |\\d+\\. |> |```|\\|.*\\|$).*");
  private static final Pattern MAIL_HEADER = Pattern.compile(
      "(?i)^(from|to|cc|subject|date|sent|van|aan|onderwerp|datum|verzonden): .*");

  private Prose() {}

  /** What prose the text is ("a Markdown document"), or null if it may be a table. */
  static String kindOf(CharSequence text, char delimiter) {
    List<String> lines = new ArrayList<>();
    boolean paragraphs = false;
    boolean blankBefore = false;
    for (String line : text.toString().split("\r\n|\r|\n", -1)) {
      if (lines.size() == LINES) {
        break;
      }
      if (line.isBlank()) {
        blankBefore = !lines.isEmpty();
        continue;
      }
      paragraphs |= blankBefore;
      blankBefore = false;
      lines.add(line.strip());
    }
    if (lines.size() < 2) {
      return null;
    }
    // An e-mail's header lines ("From: ...", "To: ...") open no table.
    if (MAIL_HEADER.matcher(lines.get(0)).matches() && MAIL_HEADER.matcher(lines.get(1)).matches()) {
      return "an e-mail saved as text";
    }
    List<List<String>> records = records(String.join("\n", lines), delimiter);
    // A title or note above a table fills its first cell at most: the table is judged below it.
    // (A one-column file has none: its every row fills its first cell.)
    boolean wide = records.stream().anyMatch(r -> r.size() > 1);
    int titles = 0;
    while (wide && titles < CsvExtract.TITLE_LINES && records.size() - titles > 2
        && records.get(titles).stream().skip(1).allMatch(String::isBlank)) {
      titles++;
    }
    records = records.subList(titles, records.size());
    if (records.isEmpty() || records.get(0).stream().anyMatch(Prose::knownColumn)) {
      return null;
    }
    Map<Integer, Integer> widths = new HashMap<>();
    for (List<String> record : records) {
      widths.merge(record.size(), 1, Integer::sum);
    }
    Map.Entry<Integer, Integer> common = widths.entrySet().stream()
        .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow();
    double share = common.getValue() / (double) records.size();
    // A few rows of one width are a table if its first row reads as one: no sentence in a cell.
    boolean rowsShaped = records.size() >= FEW_ROWS || records.get(0).stream()
        .noneMatch(cell -> WORD.matcher(cell).results().count() >= SENTENCE_WORDS);
    if (common.getKey() >= 2 && share >= TABLE_SHARE && rowsShaped
        || common.getKey() == 1 && share >= TABLE_SHARE && namesAColumn(records.get(0).get(0))) {
      return null;
    }
    int sentences = 0;
    int markdown = 0;
    boolean wrapped = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean sentence = WORD.matcher(line).results().count() >= SENTENCE_WORDS;
      sentences += sentence ? 1 : 0;
      markdown += MARKDOWN.matcher(line).matches() ? 1 : 0;
      // A paragraph wrapped at a page's width: a long line ends mid-sentence, the next goes on.
      wrapped |= sentence && line.length() >= WRAP_WIDTH && i + 1 < lines.size()
          && !endsSentence(line) && Character.isLowerCase(lines.get(i + 1).codePointAt(0));
    }
    if (lines.get(0).startsWith("# ")) {
      markdown = Math.max(markdown, 2); // a document's title as Markdown writes it
    }
    if (sentences < Math.max(1, SENTENCE_SHARE * lines.size()) && markdown < 2) {
      return null;
    }
    if (markdown >= 2) {
      return "a Markdown document";
    }
    return paragraphs || wrapped ? "plain text (paragraphs of sentences)" : null;
  }

  /** A cell that names a known column, unless it is a Markdown heading ("# Export") or a mail's. */
  private static boolean knownColumn(String cell) {
    String c = cell.strip();
    return !MARKDOWN.matcher(c).matches() && !MAIL_HEADER.matcher(c).matches()
        && HeaderDictionary.namesAColumn(c);
  }

  /**
   * Whether a lone first cell is shaped like a column's name: a few words, no sentence's end, no
   * heading or list mark, no e-mail header.
   */
  private static boolean namesAColumn(String cell) {
    String c = cell.strip();
    return !c.isEmpty() && c.length() <= 40 && c.split("\\s+").length <= 3 && !endsSentence(c)
        && !c.endsWith(",") && !c.endsWith(":") && !MARKDOWN.matcher(c).matches()
        && !MAIL_HEADER.matcher(c).matches();
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
  }

  /** The records of the lines, by the CSV parser; each line alone where its quoting breaks. */
  private static List<List<String>> records(String text, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
        .setFormat(CsvPart.format(delimiter)).get()) {
      for (CSVRecord record : parser) {
        records.add(List.of(record.values()));
      }
      return records;
    } catch (IOException | UncheckedIOException e) {
      records.clear();
      for (String line : text.split("\n")) {
        records.add(List.of(line.split(Pattern.quote(String.valueOf(delimiter)), -1)));
      }
      return records;
    }
  }
}
