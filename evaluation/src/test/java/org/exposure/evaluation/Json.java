package org.exposure.evaluation;

import java.util.List;
import java.util.Locale;

/** Compact JSON text for the FHIR layouts: objects from key-value pairs, arrays from lists. */
final class Json {
  private Json() {}

  /** Text already in JSON form. */
  record Raw(String json) {}

  /** An object from alternating keys and values; null values are left out. */
  static Raw o(Object... keyValues) {
    StringBuilder s = new StringBuilder("{");
    boolean first = true;
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] == null) {
        continue;
      }
      if (!first) {
        s.append(',');
      }
      first = false;
      s.append(string((String) keyValues[i])).append(':').append(value(keyValues[i + 1]));
    }
    return new Raw(s.append('}').toString());
  }

  static Raw a(Object... items) {
    return a(List.of(items));
  }

  static Raw a(List<?> items) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append(value(items.get(i)));
    }
    return new Raw(s.append(']').toString());
  }

  private static String value(Object v) {
    if (v instanceof Raw raw) {
      return raw.json();
    }
    if (v instanceof String text) {
      return string(text);
    }
    if (v instanceof Double d) {
      return String.format(Locale.ROOT, "%.6f", d);
    }
    if (v instanceof List<?> list) {
      return a(list).json();
    }
    return String.valueOf(v);
  }

  private static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
