package org.exposure.fhir;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.google.common.io.ByteStreams;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.exposure.spi.ExtractReader;

/**
 * One FHIR file read as a stream of resources, each with where it starts: an NDJSON file line by line,
 * a JSON Bundle entry by entry (Jackson's streaming parser hands each {@code entry.resource} on as text,
 * so a Bundle of any size is never one tree in memory), a single JSON resource, or an XML resource or
 * Bundle (parsed whole by HAPI). The text is UTF-8, UTF-16 or UTF-32, told by a byte-order mark (which
 * is skipped) or by the NUL bytes of its first characters.
 *
 * <p>A resource is located by the line it starts on, except where lines cannot tell resources apart:
 * the entries of a JSON Bundle written on one line (its first entry on line 1), like those of a Bundle
 * read whole (XML), are located by their number in the {@code entry} array, from 1.
 */
final class FhirFile {
  /** The shapes of FHIR file this reads. */
  enum Kind { JSON, NDJSON, XML }

  /**
   * A resource: its number in the file (from 0), where it starts (a line, or an entry number), its
   * Bundle entry's fullUrl if any, its JSON text or XML, whether it is the whole file (whose entries,
   * if it is a Bundle, are then located by their number), and the texts of the long narratives taken
   * out of its JSON ({@link Narratives}).
   */
  record Item(long index, long line, String fullUrl, String text, boolean wholeFile,
      List<String> narratives) {
    Item(long index, long line, String fullUrl, String text, boolean wholeFile) {
      this(index, line, fullUrl, text, wholeFile, List.of());
    }

    /** The characters it holds, narratives included. */
    long chars() {
      long n = text.length();
      for (String narrative : narratives) {
        n += narrative.length();
      }
      return n;
    }

    @Override
    public String toString() {
      return "Item[#" + index + ", line " + line + ", content redacted]";
    }
  }

  /** What the visitor is told: a resource, or that the rest of the file cannot be read. */
  interface Visitor {
    void resource(Item item);

    /** The file cannot be followed from this line on; nothing after it is read. */
    void broken(long line, String reason);

    /**
     * One part of the file that should hold a resource does not (a Bundle entry that is not an
     * object); reading goes on after it.
     */
    void unreadable(long line, String reason);
  }

  /**
   * Numbers are copied as written and bounded by {@link NumberBounds} before HAPI sees them, and a
   * narrative may be long: Jackson's own limits (1,000 digits, 20 M characters) would end a Bundle's
   * reading at the entry that passes them, rather than reject that entry alone. Raised to what one
   * resource may hold ({@link Narratives#MAX_CHARS}), not beyond: a longer string in a Bundle ends its
   * reading there, as a string that would not fit in the heap would end it anyway.
   */
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNumberLength((int) Narratives.MAX_CHARS).maxStringLength((int) Narratives.MAX_CHARS).build())
      .build();
  private static final Pattern DTD = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

  private FhirFile() {}

  /** The first bytes of a file, that its kind is judged by. */
  static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }

  private static final int HEAD_BYTES = 4096;

  /**
   * The kind of FHIR file the first bytes show, if any: JSON with a {@code resourceType} (one object
   * on the first line makes NDJSON), or XML in the FHIR namespace. JSON here may still be NDJSON whose
   * first line is long or malformed: {@link #kindOf(Path, byte[])} reads on to tell.
   */
  static Optional<Kind> kindOf(byte[] head) {
    String text = ExtractReader.textOf(head);
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return Optional.empty();
    }
    if (text.charAt(i) == '<') {
      return text.contains("http://hl7.org/fhir") ? Optional.of(Kind.XML) : Optional.empty();
    }
    if (text.charAt(i) != '{' || !text.contains("\"resourceType\"")) {
      return Optional.empty();
    }
    int end = text.indexOf('\n', i);
    String first = end < 0 ? text.substring(i) : text.substring(i, end);
    return Optional.of(isObject(first) && end >= 0 ? Kind.NDJSON : Kind.JSON);
  }

  /**
   * The kind of FHIR file this is, by its first bytes and, for JSON, by its first lines: NDJSON when
   * the first line is one complete object, however long, and a line follows it; or when the first line
   * is not (a malformed resource) but a later one, within the first {@link #SCAN_LINES} lines and about
   * {@link #SCAN_CHARS} characters, is a complete resource that starts its line: the first lines of an
   * NDJSON file may all be cut or garbled (as partial encryption leaves them). The next line after a
   * malformed one may be indented; later ones must start at their first column, as NDJSON lines do and
   * the nested objects of a pretty-printed document do not. A Bundle alone on its line with no line
   * after it (a minified Bundle) is JSON, so that it is read entry by entry and its entries are located
   * by number. Anything else that starts as JSON is one resource or Bundle. Reads a line at a time.
   *
   * @param head the file's first bytes, as {@link #head} gives them
   * @throws IOException if the file cannot be read
   */
  static Optional<Kind> kindOf(Path file, byte[] head) throws IOException {
    Optional<Kind> kind = kindOf(head);
    if (kind.isEmpty() || kind.get() == Kind.XML) {
      return kind;
    }
    try (Reader in = reader(file)) {
      LineReader line = new LineReader(in);
      Shape first = nextNonBlankLine(line);
      boolean lineEnded = line.ended;
      if (first == Shape.BUNDLE) {
        return Optional.of(lineEnded && nextNonBlankLine(line) != Shape.BLANK ? Kind.NDJSON
            : Kind.JSON);
      }
      if (first == Shape.OBJECT || first == Shape.RESOURCE) {
        // A line longer than the head, or the only line: NDJSON if a line ends it, as for short ones.
        return Optional.of(lineEnded ? Kind.NDJSON : Kind.JSON);
      }
      // A first line that is not one object: a document spread over lines, or malformed NDJSON lines.
      for (int seen = 1; lineEnded && seen < SCAN_LINES && line.chars < SCAN_CHARS; seen++) {
        Shape next = nextNonBlankLine(line);
        lineEnded = line.ended;
        if ((next == Shape.RESOURCE || next == Shape.BUNDLE) && (seen == 1 || line.startsAtColumnOne)) {
          return Optional.of(Kind.NDJSON);
        }
        if (next == Shape.BLANK) {
          break; // the end of the file
        }
      }
      return Optional.of(Kind.JSON);
    }
  }

  /** How many lines, and about how many characters, are read for a complete resource line. */
  static final int SCAN_LINES = 64;
  static final long SCAN_CHARS = 1 << 20;

  /**
   * The largest JSON file that is not a Bundle read whole, as one resource: a larger one is rejected
   * rather than loaded (a file taken for one resource may be a damaged NDJSON file of any size).
   */
  static final long MAX_WHOLE_JSON = 64L << 20;

  /** What one line of JSON holds. */
  private enum Shape { BLANK, OBJECT, RESOURCE, BUNDLE, OTHER }

  /** The shape of the next line that is not blank; BLANK at the end of the file. */
  private static Shape nextNonBlankLine(LineReader line) throws IOException {
    while (line.next()) {
      Shape shape = shapeOf(line);
      if (shape != Shape.BLANK) {
        return shape;
      }
    }
    return Shape.BLANK;
  }

  /**
   * One complete object with a {@code resourceType} at its top level (RESOURCE) or without (OBJECT),
   * nothing (BLANK), or anything else; streamed, so a line of any length is never held whole.
   */
  private static Shape shapeOf(LineReader line) throws IOException {
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken token = p.nextToken();
      if (token == null) {
        return Shape.BLANK;
      }
      if (token != JsonToken.START_OBJECT) {
        return Shape.OTHER;
      }
      Shape shape = Shape.OBJECT;
      int depth = 1;
      while (depth > 0) {
        token = p.nextToken();
        if (token == null) {
          return Shape.OTHER; // the object does not end on this line
        } else if (depth == 1 && token == JsonToken.FIELD_NAME
            && p.currentName().equals("resourceType")) {
          token = p.nextToken();
          shape = token == JsonToken.VALUE_STRING && p.getText().equals("Bundle") ? Shape.BUNDLE
              : Shape.RESOURCE;
          p.skipChildren(); // an odd value that is an object or an array
        } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        }
      }
      if (p.nextToken() != null) {
        return Shape.OTHER;
      }
      return shape;
    } catch (JsonProcessingException e) {
      return Shape.OTHER; // not valid JSON on its own
    } finally {
      line.skipRest();
    }
  }

  /**
   * One line of a reader at a time, as a reader that ends at the line's end: so that Jackson streams
   * a line of any length and reads no further. Closing it closes nothing.
   */
  private static final class LineReader extends Reader {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private boolean inLine;
    /** Whether the last line read ended with a line break (not the end of the file). */
    boolean ended;
    /** Whether the last line read starts with '{', not with white space. */
    boolean startsAtColumnOne;
    /** The characters read so far, line breaks included. */
    long chars;
    private boolean atLineStart;
    private boolean eof;

    LineReader(Reader in) {
      this.in = in;
    }

    /** Starts the next line; false at the end of the file. */
    boolean next() {
      inLine = !eof;
      ended = false;
      startsAtColumnOne = false;
      atLineStart = true;
      return inLine;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
      if (!inLine || length == 0) {
        return inLine ? 0 : -1;
      }
      if (position == limit) {
        limit = Math.max(0, in.read(buffer));
        position = 0;
        if (limit == 0) {
          eof = true;
          inLine = false;
          return -1;
        }
      }
      int n = 0;
      while (n < length && position < limit) {
        char c = buffer[position++];
        chars++;
        if (atLineStart) {
          startsAtColumnOne = c == '{';
          atLineStart = false;
        }
        if (c == '\n') {
          ended = true;
          inLine = false;
          break;
        }
        into[offset + n++] = c;
      }
      return n == 0 && !inLine ? -1 : n;
    }

    /** Reads past the rest of the current line. */
    void skipRest() throws IOException {
      char[] rest = new char[1024];
      while (read(rest, 0, rest.length) >= 0) {
        // skipped
      }
    }

    @Override
    public void close() {
      // the underlying reader is closed by its owner
    }
  }

  private static boolean isObject(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false; // not one complete object: a document spread over lines
    }
  }

  /**
   * The type of the resource in the text, read without parsing it: the top-level {@code resourceType}
   * of JSON, the root element of XML; null if it cannot be told (the parser will say why).
   */
  static String topLevelType(String text, Kind kind) {
    return kind == Kind.XML ? rootElement(text) : jsonResourceType(text);
  }

  /**
   * The value of {@code "resourceType"} at depth one, read with Jackson's streaming parser, nested
   * objects and arrays skipped; null if the text ends (a head cut short) or breaks before it.
   */
  private static String jsonResourceType(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        boolean wanted = "resourceType".equals(p.currentName());
        JsonToken value = p.nextToken();
        if (wanted) {
          return value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // cut short or not JSON: the parser says why when the file is read
    }
  }

  /** The local name of the first element that is not a declaration, comment or instruction. */
  private static String rootElement(String xml) {
    for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
      if (i + 1 < xml.length() && Character.isLetter(xml.charAt(i + 1))) {
        int end = i + 1;
        while (end < xml.length() && (Character.isLetterOrDigit(xml.charAt(end))
            || xml.charAt(end) == ':' || xml.charAt(end) == '_' || xml.charAt(end) == '-')) {
          end++;
        }
        String name = xml.substring(i + 1, end);
        return name.substring(name.indexOf(':') + 1);
      }
    }
    return null;
  }

  /**
   * Hands every resource of the file to the visitor, in file order.
   *
   * @throws IOException if the file cannot be read
   */
  static void read(Path file, Kind kind, Visitor visitor) throws IOException {
    read(file, kind, visitor, MAX_WHOLE_JSON);
  }

  /** As {@link #read(Path, Kind, Visitor)}, with the largest JSON resource read whole, in bytes. */
  static void read(Path file, Kind kind, Visitor visitor, long maxWholeJson) throws IOException {
    read(file, kind, visitor, maxWholeJson, Narratives.MAX_CHARS);
  }

  /**
   * As {@link #read(Path, Kind, Visitor, long)}, with the most characters of narrative, and of other
   * JSON, read of one resource ({@link Narratives#MAX_CHARS} but in tests).
   */
  static void read(Path file, Kind kind, Visitor visitor, long maxWholeJson, long maxChars)
      throws IOException {
    switch (kind) {
      case NDJSON -> readLines(file, visitor, maxChars);
      case JSON -> readJson(file, visitor, maxWholeJson, maxChars);
      default -> readXml(file, visitor, maxChars);
    }
  }

  /**
   * The file as text, past a byte-order mark if it has one, in the encoding its first bytes show
   * (UTF-8, or UTF-16 or UTF-32 with or without a mark: {@link ExtractReader#charsetOf}); opened once.
   */
  private static Reader reader(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(4);
    byte[] first = in.readNBytes(4);
    in.reset();
    in.skipNBytes(ExtractReader.byteOrderMarkLength(first));
    return new BufferedReader(new InputStreamReader(in, ExtractReader.charsetOf(first)), 1 << 16);
  }


  /**
   * Line by line, each streamed through {@link Narratives#split}: a line is never held whole, only
   * its JSON without its long narratives, and their texts; one past the bound is refused and skipped.
   * An item's number is its line's.
   */
  private static void readLines(Path file, Visitor visitor, long maxChars) throws IOException {
    try (Reader in = reader(file)) {
      readLines(in, 1, visitor, maxChars);
    }
  }

  /**
   * The lines of bytes {@code [start, end)} of a UTF-8 NDJSON file ({@code end} -1 for the end of
   * the file), the first numbered {@code firstLine}: one part of it, as {@link #cutLines} cut it.
   *
   * @throws IOException if the file cannot be read
   */
  static void readLines(Path file, long start, long end, long firstLine, Visitor visitor)
      throws IOException {
    if (start == 0) {
      checkArgument(firstLine == 1, "the first byte is on line 1, not %s", firstLine);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        Reader text = new BufferedReader(new InputStreamReader(
            range(in, start, end), StandardCharsets.UTF_8), 1 << 16)) {
      readLines(text, firstLine, visitor, Narratives.MAX_CHARS);
    }
  }

  /** The bytes [start, end) of the stream, past a byte-order mark at its very start. */
  private static InputStream range(InputStream in, long start, long end) throws IOException {
    if (start == 0) {
      in.mark(4);
      int bom = ExtractReader.byteOrderMarkLength(in.readNBytes(4));
      in.reset();
      in.skipNBytes(bom);
      start = bom;
    } else {
      in.skipNBytes(start);
    }
    return end < 0 ? in : ByteStreams.limit(in, end - start);
  }

  private static void readLines(Reader in, long firstLine, Visitor visitor, long maxChars)
      throws IOException {
    LineReader lines = new LineReader(in);
    long line = firstLine - 1;
    while (lines.next()) {
      line++;
      Narratives.Split split = Narratives.split(lines, maxChars);
      lines.skipRest();
      if (split.refused() != null) {
        visitor.unreadable(line, split.refused());
      } else if (!split.json().isBlank()) {
        visitor.resource(new Item(line, line, null, split.json(), false, split.texts()));
      }
    }
  }

  /**
   * Where to cut a UTF-8 NDJSON file into at most {@code parts} ranges of about equal size, each
   * starting a line (in UTF-8 a byte 0x0A is always a line break), with the number of that line:
   * {@code {start, firstLine}} pairs, the first {@code {0, 1}}. One pass over the bytes.
   *
   * @throws IOException if the file cannot be read
   */
  static List<long[]> cutLines(Path file, int parts) throws IOException {
    List<long[]> cuts = new ArrayList<>(parts);
    cuts.add(new long[] {0, 1});
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 20];
      long position = 0;
      long breaks = 0;
      int next = 1;
      boolean cutAtNextBreak = false;
      for (int n = in.read(buffer); n > 0 && next < parts; n = in.read(buffer)) {
        for (int i = 0; i < n && next < parts; i++) {
          cutAtNextBreak |= position + i >= size * next / parts;
          if (buffer[i] == '\n') {
            breaks++;
            if (cutAtNextBreak && position + i + 1 < size) {
              cuts.add(new long[] {position + i + 1, breaks + 1});
              next++;
              cutAtNextBreak = false;
            }
          }
        }
        position += n;
      }
    }
    return cuts;
  }

  /** A Bundle entry by entry; any other resource whole. */
  private static void readJson(Path file, Visitor visitor, long maxWholeJson, long maxChars)
      throws IOException {
    String head;
    try (Reader r = reader(file)) {
      char[] chars = new char[8192];
      int n = r.read(chars);
      head = n <= 0 ? "" : new String(chars, 0, n);
    }
    // A Bundle names its type at the top of its head (its entries, skipped, may run past the head).
    if (!"Bundle".equals(jsonResourceType(head))) {
      long size = Files.size(file);
      if (size > maxWholeJson) {
        // Not loaded: more likely damaged NDJSON or a damaged Bundle than one resource this large.
        visitor.broken(1, String.format(Locale.ROOT, "JSON that is not a Bundle, of %d MiB: over the "
            + "%d MiB read whole as one resource; not read", size >> 20, maxWholeJson >> 20));
        return;
      }
      try (Reader r = reader(file)) {
        Narratives.Split split = Narratives.split(r, maxChars);
        if (split.refused() != null) {
          visitor.broken(1, split.refused());
          return;
        }
        List<Item> several = severalResources(split);
        if (several.isEmpty()) {
          visitor.resource(new Item(0, 1, null, split.json(), true, split.texts()));
        } else {
          several.forEach(visitor::resource);
        }
      }
      return;
    }
    JsonBundle bundle = new JsonBundle(visitor, maxChars);
    try (JsonParser p = JSON.createParser(reader(file))) {
      bundle.read(p);
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the content: only the place is reported.
      if (bundle.byNumber) { // one line: the entry it broke in tells more
        visitor.broken(Math.max(1, bundle.position),
            "not valid JSON from this Bundle entry on; the rest of the file was not read");
      } else {
        visitor.broken(e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr()),
            "not valid JSON from this line on; the rest of the file was not read");
      }
    }
  }

  /**
   * The resources of JSON text that holds several objects one after another (resources written
   * pretty-printed into one file, or joined by a careless export), each located by its first line;
   * empty if it holds one value, or is not valid JSON (HAPI then says what is wrong with it).
   */
  private static List<Item> severalResources(Narratives.Split split) {
    try (JsonParser p = JSON.createParser(split.json())) {
      // Most files hold one resource: skimmed once, not copied
      if (p.nextToken() != JsonToken.START_OBJECT || p.skipChildren() == null
          || p.nextToken() != JsonToken.START_OBJECT) {
        return List.of();
      }
    } catch (IOException e) {
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    try (JsonParser p = JSON.createParser(split.json())) {
      for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
        if (token != JsonToken.START_OBJECT) {
          return List.of();
        }
        long line = JsonBundle.line(p);
        items.add(new Item(items.size(), line, null, JsonBundle.copy(p), false, split.texts()));
      }
    } catch (IOException e) {
      return List.of();
    }
    return items.size() > 1 ? items : List.of();
  }

  /** A JSON Bundle being read entry by entry, and how its entries are located. */
  private static final class JsonBundle {
    final Visitor visitor;
    /** Whether entries are located by number: the Bundle is on one line (its first entry on line 1). */
    boolean byNumber;
    /** The position in the {@code entry} array of the last entry begun, from 1. */
    long position;

    final long maxChars;

    JsonBundle(Visitor visitor, long maxChars) {
      this.visitor = visitor;
      this.maxChars = maxChars;
    }

    void read(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        visitor.broken(1, "not a JSON object");
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("entry") && value == JsonToken.START_ARRAY) {
          long index = 0;
          // To the array's end: an odd entry (null, a string, an array) is reported, not the end.
          for (JsonToken entry = p.nextToken(); entry != JsonToken.END_ARRAY; entry = p.nextToken()) {
            if (entry == null) {
              throw new JsonParseException(p, "entry array not closed");
            }
            if (position++ == 0) {
              // Minified: every entry on line 1, so lines would not tell them apart.
              byNumber = line(p) == 1;
            }
            if (entry != JsonToken.START_OBJECT) {
              visitor.unreadable(byNumber ? position : line(p), String.format(
                  Locale.ROOT, "Bundle entry %d is not a JSON object; skipped", position));
              p.skipChildren();
            } else if (readEntry(p, index)) {
              index++;
            }
          }
        } else {
          if (field.equals("entry") && value != JsonToken.VALUE_NULL) {
            visitor.unreadable(line(p), "the Bundle's entry is not a JSON array; what it holds "
                + "was not read");
          }
          p.skipChildren();
        }
      }
    }

    /**
     * One entry: its fullUrl, and its resource copied out as text for HAPI; false if it has none.
     */
    private boolean readEntry(JsonParser p, long index) throws IOException {
      long line = line(p);
      String fullUrl = null;
      String resource = null;
      boolean oddResource = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("fullUrl") && value == JsonToken.VALUE_STRING) {
          fullUrl = p.getText();
        } else if (field.equals("resource") && value == JsonToken.START_OBJECT) {
          line = line(p);
          resource = copy(p);
        } else {
          oddResource |= field.equals("resource") && value != JsonToken.VALUE_NULL;
          p.skipChildren();
        }
      }
      long at = byNumber ? position : line;
      if (resource == null) {
        if (oddResource) {
          visitor.unreadable(at, String.format(Locale.ROOT,
              "Bundle entry %d has a resource that is not a JSON object; skipped", position));
        }
        return false;
      }
      Narratives.Split split = Narratives.split(new StringReader(resource), maxChars);
      if (split.refused() != null) {
        visitor.unreadable(at, split.refused());
        return false;
      }
      visitor.resource(new Item(index, at, fullUrl, split.json(), false, split.texts()));
      return true;
    }

    /**
     * The object the parser is at, as compact JSON text, with every number as written: Jackson's own
     * copy turns a number into a double or a BigDecimal first (1e9999999 into Infinity).
     */
    private static String copy(JsonParser p) throws IOException {
      StringWriter text = new StringWriter(1024);
      try (JsonGenerator g = JSON.createGenerator(text)) {
        int depth = 0;
        do {
          JsonToken token = p.currentToken();
          if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            g.writeNumber(p.getText());
          } else {
            g.copyCurrentEvent(p);
          }
          if (token.isStructStart()) {
            depth++;
          } else if (token.isStructEnd()) {
            depth--;
          }
        } while (depth > 0 && p.nextToken() != null);
      }
      return text.toString();
    }

    private static long line(JsonParser p) {
      return Math.max(1, p.currentTokenLocation().getLineNr());
    }
  }

  /**
   * An XML resource or Bundle, handed over whole: HAPI parses it with its own safe StAX settings. A
   * file with a DTD or entity declaration (which FHIR XML never has) is refused outright, so that no
   * external entity or entity expansion is ever resolved.
   */
  private static void readXml(Path file, Visitor visitor, long maxChars) throws IOException {
    String text;
    try (Reader r = reader(file)) {
      StringWriter whole = new StringWriter();
      r.transferTo(whole);
      text = whole.toString();
    }
    if (DTD.matcher(text).find()) {
      visitor.broken(1, "holds a DTD or an entity declaration, which FHIR XML never has; not read, "
          + "so that no external entity is resolved");
      return;
    }
    Narratives.Split split = Narratives.splitXml(text, maxChars);
    if (split.refused() != null) {
      visitor.broken(1, split.refused());
      return;
    }
    visitor.resource(new Item(0, 1, null, split.json(), true, split.texts()));
  }
}
