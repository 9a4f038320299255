package org.exposure.csv;

import java.util.Arrays;

/**
 * Picks the field delimiter of a CSV text from its first lines: of comma, semicolon, tab and pipe, the
 * one found in the header line that appears equally often, outside quotes, on the most of the following
 * lines. The header line is the first, or, where a title of a few lines without the delimiter stands
 * above it, the first line that holds it. Ties go to the candidate that makes more columns (a
 * {@code "Name, Vorname"} header and names written {@code "Müller, Anna"} in a file of semicolons),
 * then to the earlier one in that order; a text with none of them is one column wide.
 */
final class DelimiterDetector {
  static final char[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int MAX_LINES = 50;

  private DelimiterDetector() {}

  static char detect(CharSequence text) {
    int[][] counts = countPerLine(text);
    char best = CANDIDATES[0];
    int bestScore = -1;
    int bestColumns = 0;
    for (int c = 0; c < CANDIDATES.length; c++) {
      // The header line: the first, or the first below a title of a few lines that holds none
      int header = 0;
      while (header < CsvExtract.TITLE_LINES && header + 1 < counts[c].length
          && counts[c][header] == 0) {
        header++;
      }
      int expected = counts[c][header];
      if (expected == 0) {
        continue;
      }
      int score = 0;
      for (int line = header + 1; line < counts[c].length; line++) {
        if (counts[c][line] == expected) {
          score++;
        }
      }
      if (score > bestScore || score == bestScore && expected > bestColumns) {
        best = CANDIDATES[c];
        bestScore = score;
        bestColumns = expected;
      }
    }
    return best;
  }

  /** counts[candidate][line]: occurrences outside quotes on each complete line of the text. */
  private static int[][] countPerLine(CharSequence text) {
    int[][] counts = new int[CANDIDATES.length][MAX_LINES];
    int line = 0;
    boolean quoted = false;
    boolean content = false;
    int length = text.length();
    for (int i = 0; i < length && line < MAX_LINES; i++) {
      char ch = text.charAt(i);
      if (!quoted && (ch == '\n' || ch == '\r')) {
        if (ch == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (content) { // blank lines are not records: the header is the first line with content
          line++;
          content = false;
        }
        continue;
      }
      content = true;
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int c = 0; c < CANDIDATES.length; c++) {
          if (ch == CANDIDATES[c]) {
            counts[c][line]++;
          }
        }
      }
    }
    // Only complete lines count: the last one may be cut off by the end of the sample.
    int complete = Math.max(1, line);
    int[][] trimmed = new int[CANDIDATES.length][];
    for (int c = 0; c < CANDIDATES.length; c++) {
      trimmed[c] = Arrays.copyOf(counts[c], Math.min(complete, MAX_LINES));
    }
    return trimmed;
  }
}
