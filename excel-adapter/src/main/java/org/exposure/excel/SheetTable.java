package org.exposure.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.TableSource;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One sheet of an {@code .xlsx} workbook as a {@link TableSource}: each {@link #read} opens the
 * workbook (its ZIP directory only), loads its shared strings and styles, and streams the sheet's
 * XML with SAX through POI's {@link XSSFSheetXMLHandler}, which hands each cell as {@link
 * DisplayFormat} shows it: the cached result of a formula, a shared or inline string, a number or
 * date in its format. A sheet of any size is never held whole. Immutable; each read is independent.
 */
final class SheetTable implements TableSource {
  private static final XMLInputFactory STAX = stax();

  private final ExtractSource source;
  /** The sheet's part in the package, e.g. {@code /xl/worksheets/sheet1.xml}. */
  private final String partName;
  private final Dimension dimension;
  private final long bytes;

  SheetTable(ExtractSource source, String partName, Dimension dimension, long bytes) {
    this.source = source;
    this.partName = partName;
    this.dimension = dimension;
    this.bytes = bytes;
  }

  /**
   * The rows and columns a sheet declares it spans (its used range), each -1 where it declares none.
   */
  record Dimension(long rows, int columns) {
    static final Dimension UNKNOWN = new Dimension(-1, -1);
  }

  private static XMLInputFactory stax() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  @Override
  public ExtractSource source() {
    return source;
  }

  @Override
  public String format() {
    return ExcelExtractReader.FORMAT;
  }

  /** The XML of a workbook's parts is UTF-8 (or UTF-16, told by its declaration). */
  @Override
  public String encoding() {
    return StandardCharsets.UTF_8.name();
  }

  @Override
  public String layout() {
    return "sheet";
  }

  @Override
  public long rowCount() {
    return dimension.rows();
  }

  @Override
  public int columnCount() {
    return dimension.columns();
  }

  @Override
  public long bytes() {
    return bytes;
  }

  /**
   * The used range a sheet's dimension ({@code <dimension ref="A1:O485001"/>}) names, read from the
   * start of its XML, before its rows; unknown if it names none.
   */
  static Dimension declared(InputStream sheet) throws IOException {
    try {
      XMLStreamReader xml = STAX.createXMLStreamReader(sheet);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("sheetData")) {
              return Dimension.UNKNOWN;
            }
            if (name.equals("dimension")) {
              return range(xml.getAttributeValue(null, "ref"));
            }
          }
        }
        return Dimension.UNKNOWN;
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      return Dimension.UNKNOWN; // the rows are read, and their damage told, by read
    }
  }

  /** "A1:O485001": 485,001 rows from the first, 15 columns from the first. */
  private static Dimension range(String ref) {
    if (ref == null) {
      return Dimension.UNKNOWN;
    }
    try {
      CellReference last = new CellReference(ref.substring(ref.indexOf(':') + 1));
      return new Dimension(last.getRow() + 1L, last.getCol() + 1);
    } catch (IllegalArgumentException e) {
      return Dimension.UNKNOWN;
    }
  }

  @Override
  public void read(Rows rows) throws IOException {
    Path file = source.file();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      reader.setUseReadOnlySharedStringsTable(true);
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          if (sheets.getSheetPart().getPartName().getName().equals(partName)) {
            parse(in, styles, strings, rows);
            return;
          }
        }
      }
      throw new DamagedTableException("the sheet is no longer in the workbook");
    } catch (DamagedTableException e) {
      throw e;
    } catch (OpenXML4JException | SAXException | IOException | RuntimeException e) {
      // A ZIP entry cut off, XML that breaks off: the rows before it were handed on.
      if (e instanceof Stop) {
        return;
      }
      throw new DamagedTableException(Workbooks.damage(e));
    }
  }

  private static void parse(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings,
      Rows rows) throws IOException, SAXException {
    XMLReader xml;
    try {
      xml = XMLHelper.newXMLReader();
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException("no XML parser: " + e.getMessage(), e);
    }
    xml.setContentHandler(new WantedRows(rows, new XSSFSheetXMLHandler(styles, null, strings,
        new RowCollector(rows), DisplayFormat.formatter(), false)));
    xml.parse(new InputSource(in));
  }

  /**
   * Passes on to POI's handler only the rows the caller {@linkplain Rows#wants wants}, by their
   * {@code r} attribute (a row without one is passed on): the cells of the others are neither
   * looked up nor formatted.
   */
  private static final class WantedRows extends DefaultHandler {
    private final Rows rows;
    private final ContentHandler cells;
    private boolean skipping;

    WantedRows(Rows rows, ContentHandler cells) {
      this.rows = rows;
      this.cells = cells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if (localName.equals("row")) {
        String r = attributes.getValue("r");
        long number = r == null ? -1 : rowNumber(r);
        skipping = number > 0 && !rows.wants(number);
      }
      if (!skipping) {
        cells.startElement(uri, localName, qName, attributes);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (!skipping) {
        cells.endElement(uri, localName, qName);
      } else if (localName.equals("row")) {
        skipping = false;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (!skipping) {
        cells.characters(ch, start, length);
      }
    }

    @Override
    public void startDocument() throws SAXException {
      cells.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
      cells.endDocument();
    }

    private static long rowNumber(String r) {
      try {
        return Long.parseLong(r);
      } catch (NumberFormatException e) {
        return -1; // passed on: POI's handler decides what such a row is
      }
    }
  }

  /** Thrown through the SAX parser when the caller has its rows. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Gathers a row's cells by their column, blank ones between them empty, and hands it on. */
  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Rows rows;
    private final List<String> cells = new ArrayList<>();
    private int nextColumn;

    RowCollector(Rows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int row) {
      cells.clear();
      nextColumn = 0;
    }

    @Override
    public void endRow(int row) {
      if (!cells.isEmpty() && !rows.row(row + 1L, cells)) {
        throw new Stop();
      }
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      String shown = value == null ? "" : displayed(value);
      if (column < cells.size()) {
        cells.set(column, shown); // a cell named twice: the last one, as Excel keeps it
      } else {
        cells.add(shown);
      }
      nextColumn = column + 1;
    }
  }

  /** An error cell as Excel shows it ({@code #N/A}), not as POI tags it ({@code ERROR:#N/A}). */
  static String displayed(String value) {
    return value.startsWith("ERROR:#") ? value.substring("ERROR:".length()) : value;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SheetTable[%s]", source.name());
  }
}
