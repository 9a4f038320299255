package org.exposure.fhir;

import java.io.IOException;
import java.io.Reader;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * Takes long narratives out of a resource's JSON before HAPI FHIR sees it. HAPI parses a narrative's
 * XHTML into a tree of nodes and then joins their text: a narrative of 10 MB took 11 s and 0.5 GB, one
 * of 500 MB did not end in 5 GB. Here, in one pass over the JSON as it is read (an NDJSON line is
 * never held whole), every {@code text.div} longer than {@link #INLINE} characters is turned into its
 * plain text as it streams by (JSON escapes decoded, tags dropped, character references decoded) and
 * replaced in the JSON by a short placeholder div; {@link #attach} then hands each text to the
 * resource whose div it was, where {@link ResourceClassifier} reads it. Shorter narratives are left to
 * HAPI as ever.
 *
 * <p>Bounded: a resource whose narratives or whose other JSON passes {@link #MAX_CHARS} characters is
 * refused with a reason rather than read (what it holds could not be held in a default heap), and the
 * rest of its line is skipped without being kept.
 */
final class Narratives {
  /** The longest narrative, in characters of JSON, left in the JSON for HAPI. */
  static final int INLINE = 1 << 16;
  /** The most characters of narrative text, and of other JSON, one resource may have to be read. */
  static final long MAX_CHARS = 128L << 20;

  /** The key a narrative's text is attached to a resource under ({@code Base.setUserData}). */
  static final String TEXT = "org.exposure.fhir.narrative";

  /**
   * Tells a placeholder from a narrative that says the same: a number drawn once per run, so that no
   * extract can make its own narrative pass for another's.
   */
  private static final String MARK = "exposure-narrative-"
      + Long.toUnsignedString(new SecureRandom().nextLong(), 36) + "-";

  /** Inline elements: their tags join the text around them (a BSN split by {@code <b>} stays whole). */
  private static final Set<String> INLINE_ELEMENTS = Set.of("a", "abbr", "b", "bdi", "bdo", "cite",
      "code", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
      "sub", "sup", "time", "u", "var");

  private Narratives() {}

  /**
   * A resource's JSON with its long narratives taken out, and their texts in the order they came;
   * or why it was refused.
   *
   * @param json the JSON (or XML) with every long narrative replaced by a placeholder; empty if
   *     refused
   * @param texts the narratives' plain texts, each the one its placeholder numbers
   * @param refused why the resource is not read, or null
   */
  record Split(String json, List<String> texts, String refused) {
    @Override
    public String toString() {
      return "Split[" + json.length() + " characters, " + texts.size() + " narratives"
          + (refused == null ? "" : ", refused") + "]";
    }
  }

  /**
   * Reads JSON to the end of the reader (one NDJSON line, a resource, a Bundle entry) and splits its
   * long narratives out; stops early, refusing, past {@link #MAX_CHARS}.
   *
   * @throws IOException if the reader fails
   */
  static Split split(Reader in) throws IOException {
    return new Scanner(in, MAX_CHARS).split();
  }

  /** As {@link #split(Reader)}, with another bound, for tests. */
  static Split split(Reader in, long maxChars) throws IOException {
    return new Scanner(in, maxChars).split();
  }

  /**
   * An XML resource or Bundle with its long narratives taken out: every {@code div} element (FHIR has
   * no element of that name but the narrative's, whatever its prefix or where its namespace is
   * declared), with the divs it holds, whose content is longer than {@link #INLINE} characters is
   * replaced by a placeholder, its text extracted as from JSON. Refused past {@code maxChars} of
   * narrative. The XML is whole already (HAPI parses XML whole); what this spares is HAPI's XHTML tree.
   *
   * <p>One pass: each tag is read once, from its '<' to its '>'; a comment or CDATA section is passed
   * over whole. Where a tag, comment or section never ends, nothing after it is markup, and the scan
   * stops there (HAPI then refuses the file).
   */
  static Split splitXml(String xml, long maxChars) {
    StringBuilder out = null;
    List<String> texts = new ArrayList<>();
    long narrativeChars = 0;
    int copied = 0;
    int narrativeStart = -1; // where the open narrative's start tag begins
    int content = -1; // where its content begins
    int depth = 0; // the divs open in it, itself included
    for (int at = xml.indexOf('<'); at >= 0; ) {
      int end;
      if (xml.startsWith("<!--", at)) {
        end = endOf(xml, "-->", at + 4);
      } else if (xml.startsWith("<![CDATA[", at)) {
        end = endOf(xml, "]]>", at + 9);
      } else {
        end = endOfTag(xml, at);
        if (end > 0 && isDiv(xml, at, end)) {
          boolean closing = xml.charAt(at + 1) == '/';
          boolean empty = xml.charAt(end - 2) == '/';
          if (!closing && !empty && depth++ == 0) {
            narrativeStart = at;
            content = end;
          } else if (closing && depth > 0 && --depth == 0 && at - content > INLINE) {
            narrativeChars += at - content;
            if (narrativeChars > maxChars) {
              return new Split("", List.of(), String.format(Locale.ROOT, "a narrative of more than "
                  + "%d Mi characters, more than is read of one resource; not read", maxChars >> 20));
            }
            Text text = new Text();
            for (int i = content; i < at; i++) {
              text.xhtml(xml.charAt(i));
            }
            if (out == null) {
              out = new StringBuilder(Math.min(xml.length(), 1 << 20));
            }
            out.append(xml, copied, narrativeStart).append("<div xmlns=\"http://www.w3.org/1999/xhtml\">")
                .append(MARK).append(texts.size()).append("</div>");
            texts.add(text.toString());
            copied = end;
          }
        }
      }
      if (end < 0) {
        break;
      }
      at = xml.indexOf('<', end);
    }
    if (out == null) {
      return new Split(xml, List.of(), null);
    }
    return new Split(out.append(xml, copied, xml.length()).toString(), texts, null);
  }

  /** The index after {@code close}, searched from {@code from}; -1 if it never comes. */
  private static int endOf(String xml, String close, int from) {
    int at = xml.indexOf(close, from);
    return at < 0 ? -1 : at + close.length();
  }

  /** Whether the tag from {@code at} to {@code end} opens or closes an element whose local name is div. */
  private static boolean isDiv(String xml, int at, int end) {
    int name = xml.charAt(at + 1) == '/' ? at + 2 : at + 1;
    int local = name; // after the prefix, if any
    int nameEnd = name;
    for (char c; nameEnd < end && !Character.isWhitespace(c = xml.charAt(nameEnd)) && c != '>'
        && c != '/'; nameEnd++) {
      if (c == ':') {
        local = nameEnd + 1;
      }
    }
    return nameEnd - local == 3 && xml.startsWith("div", local);
  }

  /** The index after the '>' that ends the tag opening at {@code at}, quotes respected; -1 if none. */
  private static int endOfTag(String xml, int at) {
    char quote = 0;
    for (int i = at + 1; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Attaches each text to the resource whose narrative is its placeholder: the resource itself, the
   * resources it contains and, in a Bundle, its entries' resources, to any depth.
   */
  static void attach(Resource resource, List<String> texts) {
    if (texts.isEmpty() || resource == null) {
      return;
    }
    if (resource instanceof DomainResource) {
      DomainResource r = (DomainResource) resource;
      if (r.hasText() && r.getText().hasDiv()) {
        String text = r.getText().getDiv().allText();
        if (text != null && text.startsWith(MARK)) {
          try {
            int n = Integer.parseInt(text.substring(MARK.length()).strip());
            if (n >= 0 && n < texts.size()) {
              r.setUserData(TEXT, texts.get(n));
            }
          } catch (NumberFormatException e) {
            // not one of ours
          }
        }
      }
      r.getContained().forEach(c -> attach(c, texts));
    }
    if (resource instanceof Bundle) {
      for (Bundle.BundleEntryComponent entry : ((Bundle) resource).getEntry()) {
        attach(entry.getResource(), texts);
      }
    }
  }

  /** The narrative text attached to a resource, or null if its narrative was left to HAPI. */
  static String attached(Resource resource) {
    Object text = resource.getUserData(TEXT);
    return text instanceof String ? (String) text : null;
  }

  /** One pass over JSON text: copies it, but for long narratives, whose text it extracts. */
  private static final class Scanner {
    private final Reader in;
    private final long maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private final StringBuilder json = new StringBuilder(1024);
    private final List<String> texts = new ArrayList<>();
    /** Per open container: whether it is an object, and the key it is the value of (or null). */
    private final List<String> keys = new ArrayList<>();
    private final List<Boolean> objects = new ArrayList<>();
    private boolean expectKey;
    /** The key whose value comes next, or null; only short keys are kept (a long one is no "div"). */
    private String pendingKey;
    private long narrativeChars;
    private String refused;

    Scanner(Reader in, long maxChars) {
      this.in = in;
      this.maxChars = maxChars;
    }

    private int next() throws IOException {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buffer[position++];
    }

    Split split() throws IOException {
      for (int c = next(); c >= 0 && refused == null; c = next()) {
        switch (c) {
          case '{', '[' -> {
            json.append((char) c);
            keys.add(pendingKey);
            objects.add(c == '{');
            pendingKey = null;
            expectKey = c == '{';
          }
          case '}', ']' -> {
            json.append((char) c);
            if (!keys.isEmpty()) {
              keys.remove(keys.size() - 1);
              objects.remove(objects.size() - 1);
            }
            pendingKey = null;
            expectKey = false;
          }
          case ',' -> {
            json.append(',');
            pendingKey = null;
            expectKey = inObject();
          }
          case '"' -> string();
          // A byte-order mark at a line's start, as a tool that writes each line as a file leaves it
          case '\uFEFF' -> {
            if (json.length() > 0) {
              json.append((char) c);
            }
          }
          default -> json.append((char) c);
        }
        if (json.length() > maxChars) {
          refuseSize();
        }
      }
      if (refused != null) {
        return new Split("", List.of(), refused);
      }
      return new Split(json.toString(), texts, null);
    }

    private void refuseSize() {
      refused = String.format(Locale.ROOT, "a resource of more than %d Mi characters besides its "
          + "narratives, more than is read of one resource; not read", maxChars >> 20);
    }

    private boolean inObject() {
      return !objects.isEmpty() && objects.get(objects.size() - 1);
    }

    /** A string: a key, a long narrative, or another value copied as it is. */
    private void string() throws IOException {
      if (expectKey && inObject()) {
        int start = json.length();
        json.append('"');
        copyString();
        if (refused != null) {
          return;
        }
        int length = json.length() - start - 2;
        // As HAPI reads it: "d\u0069v" is "div". Up to four characters written as six each.
        pendingKey = length <= 24 ? unescape(json, start + 1, json.length() - 1) : "";
        expectKey = false;
        return;
      }
      boolean narrative = "div".equals(pendingKey) && inObject()
          && "text".equals(keys.get(keys.size() - 1));
      pendingKey = null;
      if (!narrative) {
        json.append('"');
        copyString();
        return;
      }
      // Kept as JSON up to INLINE characters; past them, turned into text from the start.
      int start = json.length();
      json.append('"');
      boolean escaped = false;
      for (int c = next(); c >= 0; c = next()) {
        json.append((char) c);
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          return; // short: HAPI's
        }
        if (json.length() - start > INLINE && !escaped) {
          Text text = new Text();
          for (int i = start + 1; i < json.length(); i++) {
            text.json(json.charAt(i));
          }
          long chars = json.length() - start;
          json.setLength(start);
          while (!text.closed) {
            c = next();
            if (c < 0) {
              // The line ends inside the string: the JSON stays broken, for HAPI to reject.
              json.append('"');
              return;
            }
            text.json((char) c);
            if (++chars + narrativeChars > maxChars) {
              refused = String.format(Locale.ROOT, "a narrative of more than %d Mi characters, more "
                  + "than is read of one resource; not read", maxChars >> 20);
              return;
            }
          }
          narrativeChars += chars;
          json.append("\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">").append(MARK)
              .append(texts.size()).append("</div>\"");
          texts.add(text.toString());
          return;
        }
      }
    }

    /** The characters of a short JSON string from {@code from} to {@code to}, escapes decoded. */
    private static String unescape(CharSequence s, int from, int to) {
      StringBuilder key = new StringBuilder(to - from);
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < to) {
          char e = s.charAt(++i);
          if (e == 'u' && i + 4 < to) {
            int code = 0;
            for (int d = i + 1; d <= i + 4; d++) {
              code = code * 16 + Math.max(Character.digit(s.charAt(d), 16), 0); // HAPI refuses bad ones
            }
            c = (char) code;
            i += 4;
          } else {
            c = e;
          }
        }
        key.append(c);
      }
      return key.toString();
    }

    /** Copies the rest of a string, its closing quote included; stops, refusing, past the bound. */
    private void copyString() throws IOException {
      boolean escaped = false;
      for (int c = next(); c >= 0; c = next()) {
        json.append((char) c);
        if (json.length() > maxChars) {
          refuseSize();
          return;
        }
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          return;
        }
      }
    }
  }

  /**
   * The text of XHTML fed as the characters of a JSON string: escapes decoded, then tags and comments
   * dropped (a space for a tag that is not inline), character references decoded; linear, and it
   * holds nothing but the text.
   */
  private static final class Text {
    private final StringBuilder text = new StringBuilder(1 << 16);
    boolean closed;
    // JSON escapes
    private boolean escape;
    private int unicodeDigits = -1;
    private int unicode;
    // XHTML
    private boolean inTag;
    private char quote;
    private final StringBuilder tagName = new StringBuilder();
    private boolean nameDone;
    private boolean inComment;
    private int dashes;
    private final StringBuilder reference = new StringBuilder();
    private boolean inReference;

    /** One character of the JSON string, from after its opening quote. */
    void json(char c) {
      if (unicodeDigits >= 0) {
        int d = Character.digit(c, 16);
        unicode = unicode * 16 + Math.max(d, 0);
        if (++unicodeDigits == 4) {
          unicodeDigits = -1;
          xhtml((char) unicode);
        }
      } else if (escape) {
        escape = false;
        switch (c) {
          case 'u' -> {
            unicodeDigits = 0;
            unicode = 0;
          }
          case 'n', 'r', 't', 'b', 'f' -> xhtml(' ');
          default -> xhtml(c);
        }
      } else if (c == '\\') {
        escape = true;
      } else if (c == '"') {
        closed = true;
        endReference();
      } else {
        xhtml(c);
      }
    }

    private void xhtml(char c) {
      if (inComment) {
        dashes = c == '-' ? dashes + 1 : c == '>' && dashes >= 2 ? -1 : 0;
        if (dashes < 0) {
          inComment = false;
          dashes = 0;
        }
      } else if (inTag) {
        tag(c);
      } else if (inReference) {
        if (c == ';') {
          inReference = false;
          text.append(decode(reference));
          reference.setLength(0);
        } else if (reference.length() < 12 && (Character.isLetterOrDigit(c) || c == '#')) {
          reference.append(c);
        } else {
          endReference();
          xhtml(c);
        }
      } else if (c == '<') {
        inTag = true;
        nameDone = false;
        quote = 0;
        tagName.setLength(0);
      } else if (c == '&') {
        inReference = true;
        reference.setLength(0);
      } else {
        text.append(c);
      }
    }

    private void tag(char c) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        return;
      }
      if (!nameDone) {
        if (tagName.length() == 0 && c == '/') {
          return; // an end tag: named like its start
        }
        if (tagName.length() == 2 && tagName.charAt(0) == '!' && tagName.charAt(1) == '-'
            && c == '-') {
          inTag = false;
          inComment = true;
          dashes = 0;
          return;
        }
        if (Character.isLetterOrDigit(c) || c == '!' || c == '-' || c == ':') {
          if (tagName.length() < 16) {
            tagName.append(Character.toLowerCase(c));
          }
          return;
        }
        nameDone = true;
      }
      if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        inTag = false;
        String name = tagName.toString();
        int colon = name.indexOf(':');
        if (!INLINE_ELEMENTS.contains(colon < 0 ? name : name.substring(colon + 1))
            && text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
          text.append(' ');
        }
      }
    }

    /** An '&' not followed by a reference: kept as written. */
    private void endReference() {
      if (inReference) {
        inReference = false;
        text.append('&').append(reference);
        reference.setLength(0);
      }
    }

    /** A character reference or one of XML's and HTML's common entities; as written if unknown. */
    private static String decode(CharSequence name) {
      String n = name.toString();
      try {
        if (n.startsWith("#x") || n.startsWith("#X")) {
          return new String(Character.toChars(Integer.parseInt(n.substring(2), 16)));
        }
        if (n.startsWith("#")) {
          return new String(Character.toChars(Integer.parseInt(n.substring(1))));
        }
      } catch (IllegalArgumentException e) {
        return "&" + n + ";"; // not a character: kept as written
      }
      return switch (n) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> "&" + n + ";";
      };
    }

    @Override
    public String toString() {
      return text.toString().strip();
    }
  }
}
