package org.exposure.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.exposure.classify.ColumnClassifier;
import org.exposure.classify.ColumnMapping;
import org.exposure.csv.CsvReader;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;
import org.exposure.model.UnusableSourceException;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractReader;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Tables;

/**
 * Reads Excel workbooks ({@code .xlsx}, {@code .xlsm}), recognised by their content whatever their
 * name: each sheet that holds a table is an extract of its own, named {@code book.xlsx!Sheet1}, its
 * records located by the sheet's row numbers ({@code book.xlsx!Sheet1:12}), and read by the run's
 * {@link Tables} as the same table saved as CSV would be: the same header judgement, column
 * classification, rejections and subjects. Sheets are streamed (SAX over the sheet's XML), so a
 * sheet of any size is never held whole; its cells are read as Excel shows them ({@link
 * DisplayFormat}). Registered for {@link java.util.ServiceLoader}.
 *
 * <p>Not read, each skipped with a reason that names it: an empty sheet, a sheet of one row or of
 * notes, a chart sheet, a legacy Excel 97-2003 workbook ({@code .xls}), an encrypted workbook, and a
 * damaged one. Thread-safe and stateless.
 */
public final class ExcelExtractReader implements ExtractReader {
  /** The format's name in reports. */
  static final String FORMAT = "xlsx";
  /** How many records a column is judged by, without a run's options: the analysis's default. */
  private static final int DEFAULT_SAMPLE = 1000;

  /** Made by ServiceLoader. */
  public ExcelExtractReader() {}

  @Override
  public String format() {
    return FORMAT;
  }

  /**
   * A ZIP file whose first entries show an Office Open XML workbook, or an OLE2 file (a legacy
   * workbook, or an encrypted one), which this reader names.
   */
  @Override
  public boolean recognises(byte[] head) {
    return OfficeFiles.isWorkbookZip(head) || OfficeFiles.isOle2(head);
  }

  /** Opens the workbooks with a CSV reader of its own, for a caller that runs no analysis. */
  @Override
  public List<Extract<?>> open(List<ExtractSource> sources,
      BiConsumer<ExtractSource, String> skipped) throws IOException {
    return open(sources, skipped, CsvReader.of(ColumnClassifier.of(LocalDate.now()),
        ColumnMapping.empty(), DEFAULT_SAMPLE, 1));
  }

  @Override
  public List<Extract<?>> open(List<ExtractSource> sources,
      BiConsumer<ExtractSource, String> skipped, Tables tables) throws IOException {
    List<Extract<?>> opened = new ArrayList<>();
    for (ExtractSource source : sources) {
      byte[] head = head(source.file());
      if (OfficeFiles.isOle2(head)) {
        skipped.accept(source, OfficeFiles.ole2Kind(source.file()));
        continue;
      }
      if (!OfficeFiles.isZip(head)) { // read as a workbook only because the caller said so
        skipped.accept(source, "not an Excel workbook: neither an .xlsx nor an .xls file");
        continue;
      }
      List<Workbooks.Sheet> sheets;
      try {
        sheets = Workbooks.sheets(source);
      } catch (Workbooks.UnreadableWorkbookException e) {
        skipped.accept(source, e.getMessage());
        continue;
      }
      if (sheets.isEmpty()) {
        skipped.accept(source, "a workbook without sheets");
      }
      for (Workbooks.Sheet sheet : sheets) {
        if (sheet.table() == null) {
          skipped.accept(sheet.source(), sheet.notATable());
          continue;
        }
        try {
          opened.add(tables.open(sheet.table()));
        } catch (UnusableSourceException e) {
          skipped.accept(sheet.source(), e.problem());
        }
      }
    }
    return opened;
  }

  /**
   * Reads again the rows of a sheet, named {@code book.xlsx!Sheet1} as the assessment named it, with
   * their values typed as its columns were.
   */
  @Override
  public void reread(ExtractSource source, List<FieldReport> fields, Set<Long> lines,
      Consumer<Reread> found) throws IOException {
    Workbooks.Sheet sheet = sheetOf(source);
    if (sheet == null || sheet.table() == null) {
      return;
    }
    List<FieldType> types = fields.stream().map(f -> f.classification().type()).toList();
    sheet.table().read((number, cells) -> {
      if (lines.contains(number)) {
        List<ExposedValue> values = new ArrayList<>(types.size());
        for (int c = 0; c < types.size() && c < cells.size(); c++) {
          if (!cells.get(c).isBlank()) {
            values.add(new ExposedValue(types.get(c), cells.get(c)));
          }
        }
        ExposedRecord record = new ExposedRecord(new SourceLocation(source.name(), number), values);
        found.accept(new Reread(record, record, true));
      }
      return true;
    });
  }

  /**
   * The sheet a name such as {@code dir/book.xlsx!Sheet1} stands for: the file is the longest part
   * before a {@code !} that is a workbook, the sheet the rest (a file's name, or a sheet's, may hold
   * a {@code !} too). Null if none.
   */
  private static Workbooks.Sheet sheetOf(ExtractSource source) throws IOException {
    String name = source.name();
    for (int bang = name.lastIndexOf('!'); bang > 0; bang = name.lastIndexOf('!', bang - 1)) {
      Path file = Path.of(name.substring(0, bang));
      if (Files.isRegularFile(file)) {
        for (Workbooks.Sheet sheet : Workbooks.sheets(new ExtractSource(file,
            name.substring(0, bang)))) {
          if (sheet.source().name().equals(name)) {
            return sheet;
          }
        }
      }
    }
    return null;
  }

  private static byte[] head(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    }
  }
}
