package org.exposure.excel;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.LocaleUtil;

/**
 * How a cell is shown: as Excel shows it (POI's {@link DataFormatter}: a number in its cell's
 * format, leading zeros kept where the format writes them, no float noise; a date in its format,
 * with four-digit years), with the formats that follow the reader's system locale in Excel (the
 * built-in short date, 14, and date with time, 22) written in ISO 8601 instead, so that a date never
 * reads as another day in another country. Not thread-safe: one per sheet read.
 */
final class DisplayFormat {
  /** Excel's built-in format 14, which shows a date in the system's short form. */
  static final String SHORT_DATE = "m/d/yy";
  /** Excel's built-in format 22, the system's short date and a time. */
  static final String SHORT_DATE_TIME = "m/d/yy h:mm";

  private DisplayFormat() {}

  /** A formatter as described above. */
  static DataFormatter formatter() {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    formatter.setUse4DigitYearsInAllDateFormats(true);
    formatter.addFormat(SHORT_DATE, new Iso(DateTimeFormatter.ISO_LOCAL_DATE));
    formatter.addFormat(SHORT_DATE_TIME, new Iso(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")));
    return formatter;
  }

  /**
   * An ISO date format for a {@link Date} that POI made from a cell in its user time zone, read back
   * in the same zone.
   */
  private static final class Iso extends Format {
    private static final long serialVersionUID = 1L;
    private final transient DateTimeFormatter pattern;

    Iso(DateTimeFormatter pattern) {
      this.pattern = pattern;
    }

    @Override
    public StringBuffer format(Object date, StringBuffer to, FieldPosition position) {
      ZoneId zone = LocaleUtil.getUserTimeZone().toZoneId();
      return to.append(pattern.format(((Date) date).toInstant().atZone(zone)));
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
      throw new UnsupportedOperationException("formats only");
    }
  }
}
