package org.exposure.spi;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.exposure.model.ExposedRecord;
import org.exposure.model.FieldReport;

/**
 * A reader of one extract format. CSV is built in; other formats, such as FHIR, are found with {@link
 * java.util.ServiceLoader}: put a module that provides one on the class path and {@code
 * ExposureAnalysis} reads the files it recognises. Implementations must be thread-safe.
 *
 * <p>A reader only <em>opens</em> files: it judges each and says how it is read, as an {@link Extract}
 * cut into {@link Part}s. The analysis reads the parts on its threads (or on other machines), counts
 * every record, keeps the first rejections in file order, batches the work and reports progress, the
 * same way for every format.
 *
 * <p>A reader gets all the files it recognised in one call, so that it can follow references from one
 * file to another (an Observation in one file, her Patient in another), and may choose their order.
 */
public interface ExtractReader {
  /** The format's name, as reports show it, e.g. {@code "fhir"}. */
  String format();

  /**
   * Whether the file is in this reader's format, judged by its first bytes.
   *
   * @param head up to the first 4 KiB of the file, any byte-order mark included
   */
  boolean recognises(byte[] head);

  /**
   * Opens the files, in the order to read them. A file that cannot be read as an extract at all is
   * left out and handed to {@code skipped} with a reason that quotes none of its content.
   *
   * @param sources the files this reader recognised, in input order
   * @param skipped takes a file left out, and why
   * @throws IOException if a file cannot be read
   */
  List<Extract<?>> open(List<ExtractSource> sources, BiConsumer<ExtractSource, String> skipped)
      throws IOException;

  /**
   * Opens the files as {@link #open(List, BiConsumer)} does, with the run's {@link Tables} to read a
   * table that a file holds as rows of cells (a workbook's sheet) the way the run reads CSV: what
   * the analysis calls. By default, {@link #open(List, BiConsumer)}, which knows no run.
   *
   * @param sources the files this reader recognised, in input order
   * @param skipped takes a file left out, and why
   * @param tables opens a table as the run's CSV reader would
   * @throws IOException if a file cannot be read
   */
  default List<Extract<?>> open(List<ExtractSource> sources,
      BiConsumer<ExtractSource, String> skipped, Tables tables) throws IOException {
    return open(sources, skipped);
  }

  /**
   * Reads again, after an assessment, the records at the given lines of a file this reader read, and
   * hands each to {@code found} with its values as the assessment typed them (for letters to the
   * people to inform); records that no longer read are passed over. By default, none.
   *
   * @param fields what the assessment found each field of this file to be, in its order
   * @param lines the lines (or entry numbers, where the assessment located records by them)
   * @throws IOException if the file cannot be read
   */
  default void reread(ExtractSource source, List<FieldReport> fields, Set<Long> lines,
      Consumer<Reread> found) throws IOException {}

  /**
   * One record read again: its values as assessed, and whether it alone starts at its location (a CSV
   * row), or may share it with others (the entries of a FHIR Bundle on one line). {@link #toString()}
   * shows no value.
   *
   * @param record the record's values, typed as the assessment typed them
   * @param identifying what identified its subject when it was assessed: the values whose subject key
   *     tells whose record it is (the record itself, but for a FHIR Patient, all her values)
   * @param onlyRecordAtLocation whether no other record starts at its location
   */
  record Reread(ExposedRecord record, ExposedRecord identifying, boolean onlyRecordAtLocation) {
    public Reread {
      requireNonNull(record, "record");
      requireNonNull(identifying, "identifying");
    }

    @Override
    public String toString() {
      return "Reread[" + record.location() + ", values redacted]";
    }
  }

  /**
   * Whether the first bytes open JSON or XML: how FHIR and the files that travel with it start. The
   * bytes are decoded as {@link #charsetOf} tells (UTF-8, or UTF-16 or UTF-32 with or without a
   * byte-order mark) and white space is skipped. JSON is an object whose first member name is
   * followed by a colon (or an empty object), or an array of objects or arrays; XML is a declaration, a
   * processing instruction, a comment or a DOCTYPE, or a well-formed start tag that either declares a
   * namespace or is followed on its line by nothing but white space, or by text its own end tag closes.
   * So a CSV whose first cell is {@code <onbekend>} or {@code {x}} ({@code <onbekend>;HPV positief;...},
   * {@code <id>,naam}, {@code {x};y;z}) is not taken for XML or JSON: text after an element's start
   * tag that its end tag does not close on that line is how delimited fields look, never FHIR XML.
   *
   * @param head the first bytes of a file, any byte-order mark included
   */
  static boolean startsAsJsonOrXml(byte[] head) {
    String text = textOf(head);
    int i = skipSpace(text, 0);
    if (i == text.length()) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '{') {
      return startsJsonObject(text, i);
    }
    if (c == '[') {
      int j = skipSpace(text, i + 1);
      return j == text.length() || "{[]".indexOf(text.charAt(j)) >= 0;
    }
    return c == '<' && startsXml(text, i);
  }

  /**
   * The Unicode encoding the first bytes are in: by a byte-order mark, else by where the NUL bytes of
   * the first characters fall, as the XML specification's appendix F detects it for a document that
   * starts with an ASCII character ({@code <}, <code>{</code> or white space): {@code 00 00 00 xx}
   * UTF-32BE, {@code xx 00 00 00} UTF-32LE, {@code 00 xx 00 xx} UTF-16BE, {@code xx 00 xx 00}
   * UTF-16LE; UTF-8 otherwise.
   *
   * @param head the first bytes of a file (four are enough)
   */
  static Charset charsetOf(byte[] head) {
    int b0 = byteAt(head, 0);
    int b1 = byteAt(head, 1);
    int b2 = byteAt(head, 2);
    int b3 = byteAt(head, 3);
    if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff || b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
      return Charset.forName("UTF-32BE");
    }
    if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 > 0 && b2 == 0 && b3 > 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xff && b1 == 0xfe || b0 > 0 && b1 == 0 && b2 > 0 && b3 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  /** The length in bytes of the byte-order mark the first bytes open with, 0 if none. */
  static int byteOrderMarkLength(byte[] head) {
    int b0 = byteAt(head, 0);
    int b1 = byteAt(head, 1);
    int b2 = byteAt(head, 2);
    int b3 = byteAt(head, 3);
    if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff || b0 == 0xff && b1 == 0xfe && b2 == 0
        && b3 == 0) {
      return 4;
    }
    if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
      return 3;
    }
    return b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe ? 2 : 0;
  }

  /**
   * The first bytes as text, in the encoding {@link #charsetOf} tells, without the byte-order mark; a
   * character cut at the end of the bytes is left out or replaced.
   */
  static String textOf(byte[] head) {
    int bom = byteOrderMarkLength(head);
    return new String(head, bom, head.length - bom, charsetOf(head));
  }

  private static int byteAt(byte[] head, int i) {
    return i < head.length ? head[i] & 0xff : -1;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** An empty object, or a first member name followed by a colon; true where the head ends first. */
  private static boolean startsJsonObject(String s, int open) {
    int i = skipSpace(s, open + 1);
    if (i == s.length() || s.charAt(i) == '}') {
      return true;
    }
    if (s.charAt(i) != '"') {
      return false;
    }
    for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '\n') {
        return false; // no JSON string holds a raw line break
      }
    }
    i = skipSpace(s, i + 1);
    return i >= s.length() || s.charAt(i) == ':';
  }

  /**
   * A real XML start at {@code lt}: see {@link #startsAsJsonOrXml}. A start tag the head ends in is
   * taken for XML.
   */
  private static boolean startsXml(String s, int lt) {
    if (s.startsWith("<!--", lt) || s.regionMatches(true, lt, "<!DOCTYPE", 0, 9)) {
      return true;
    }
    if (s.startsWith("<?", lt)) {
      return lt + 2 < s.length() && isNameStart(s.charAt(lt + 2));
    }
    int i = lt + 1;
    if (i == s.length() || !isNameStart(s.charAt(i))) {
      return false; // "<5;...", "< 0.1": a value, not a tag
    }
    int nameEnd = endOfName(s, i);
    String name = s.substring(i, nameEnd);
    boolean namespace = false;
    i = nameEnd;
    while (true) {
      int j = skipSpace(s, i);
      if (j == s.length()) {
        return true; // a start tag longer than the head
      }
      char c = s.charAt(j);
      if (c == '>' || c == '/' && j + 1 < s.length() && s.charAt(j + 1) == '>') {
        i = c == '>' ? j + 1 : j + 2;
        break;
      }
      if (j == i || !isNameStart(c)) {
        return false; // no space before an attribute, or no attribute name
      }
      int attributeEnd = endOfName(s, j);
      String attribute = s.substring(j, attributeEnd);
      namespace |= attribute.equals("xmlns") || attribute.startsWith("xmlns:");
      j = skipSpace(s, attributeEnd);
      if (j < s.length() && s.charAt(j) != '=') {
        return false;
      }
      j = skipSpace(s, j + 1);
      if (j >= s.length()) {
        return true;
      }
      char quote = s.charAt(j);
      if (quote != '"' && quote != '\'') {
        return false;
      }
      int close = s.indexOf(quote, j + 1);
      if (close < 0) {
        return s.indexOf('<', j + 1) < 0; // the head ends in the value
      }
      if (s.substring(j + 1, close).indexOf('<') >= 0) {
        return false;
      }
      i = close + 1;
    }
    if (namespace) {
      return true;
    }
    // The text after the start tag, to the next tag or the end of the line.
    String text = textToTagOrLineEnd(s, i);
    int end = i + text.length();
    if (text.isBlank()) {
      return true;
    }
    // Text in the element: XML only if its end tag closes it with nothing but tags after it.
    int close = skipSpace(s, end + 2 + name.length());
    return s.startsWith("</" + name, end) && s.startsWith(">", close)
        && textToTagOrLineEnd(s, close + 1).isBlank();
  }

  private static String textToTagOrLineEnd(String s, int i) {
    int end = i;
    while (end < s.length() && s.charAt(end) != '<' && s.charAt(end) != '\n'
        && s.charAt(end) != '\r') {
      end++;
    }
    return s.substring(i, end);
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':';
  }

  private static int endOfName(String s, int i) {
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
        || s.charAt(i) == ':' || s.charAt(i) == '-' || s.charAt(i) == '.')) {
      i++;
    }
    return i;
  }
}
