package org.exposure.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.exposure.classify.ColumnClassifier;
import org.exposure.classify.ColumnDecision;
import org.exposure.classify.ColumnMapping;
import org.exposure.classify.HeaderDictionary;
import org.exposure.model.ColumnClassification;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.model.UnusableSourceException;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractReader;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.TableSource;
import org.exposure.spi.Tables;

/**
 * The reader of CSV extracts, built in: every file no other reader recognises. A file is opened as
 * {@link #openCsv} tells (its delimiter, encoding and header judged from its first lines), its columns
 * are classified from the first records and a spread of the rest, and it is cut at line breaks into
 * parts where its quoted fields hold none. It opens the tables of other formats (a workbook's sheet)
 * the same way ({@link Tables}). Thread-safe.
 */
public final class CsvReader implements ExtractReader, Tables {
  /** Why a line above the table is rejected. */
  public static final String PREAMBLE =
      "a line above the table (a title or a note), not one of its rows";

  private final ColumnClassifier classifier;
  private final ColumnMapping mapping;
  private final int sampleSize;
  private final int parts;

  private CsvReader(ColumnClassifier classifier, ColumnMapping mapping, int sampleSize, int parts) {
    this.classifier = classifier;
    this.mapping = mapping;
    this.sampleSize = sampleSize;
    this.parts = parts;
  }

  /**
   * A reader that classifies columns with the given classifier, unless the mapping sets them, from
   * samples of {@code sampleSize} records, and cuts files into {@code parts} parts where it can.
   */
  public static CsvReader of(ColumnClassifier classifier, ColumnMapping mapping, int sampleSize,
      int parts) {
    return new CsvReader(requireNonNull(classifier, "classifier"), requireNonNull(mapping, "mapping"),
        sampleSize, parts);
  }

  @Override
  public String format() {
    return "csv";
  }

  /** Any file: CSV is what is left when no other reader recognises a file. */
  @Override
  public boolean recognises(byte[] head) {
    return true;
  }

  @Override
  public List<Extract<?>> open(List<ExtractSource> sources, BiConsumer<ExtractSource, String> skipped)
      throws IOException {
    List<Extract<?>> opened = new ArrayList<>(sources.size());
    for (ExtractSource source : sources) {
      CsvExtract extract;
      try {
        extract = openCsv(source.file(), source.name());
      } catch (UnusableSourceException e) {
        skipped.accept(source, e.problem());
        continue;
      }
      opened.add(new FileExtract(source, extract));
    }
    return opened;
  }

  /**
   * Opens a CSV extract as an assessment reads it: with a header only where its first row looks like
   * the names of its columns ({@link HeaderDictionary#isHeader}, weighed against the records below it),
   * else without one, so that a first row of data is a record and never a column's name. A header
   * name that {@linkplain HeaderDictionary#mayBeAValue may be a value}, or holds a control character,
   * is shown as {@code column N}.
   *
   * @throws UnusableSourceException if the file is empty, binary, or has no header row
   * @throws IOException if the file cannot be read
   */
  static CsvExtract openCsv(Path file, String source) throws IOException {
    CsvExtract extract = CsvExtract.open(file, source);
    List<List<String>> below = new ArrayList<>();
    for (CsvRow row : extract.firstRecords(HeaderDictionary.ROWS_COMPARED)) {
      if (row instanceof CsvRow.Accepted accepted) {
        below.add(accepted.values());
      }
    }
    if (!HeaderDictionary.isHeader(extract.header(), below)) {
      return extract.withoutHeader();
    }
    // With few records below to weigh it against, a first row read as a header shows only the names
    // of columns it knows: its other cells may be a lone record's ("diagnose;HIV positief").
    boolean alone = below.size() < HeaderDictionary.FEW_ROWS;
    return extract.withNamesHidden(name -> hidden(name, alone));
  }

  /** A CSV row alone starts on its line: the subject located there is this row's. */
  @Override
  public void reread(ExtractSource source, List<FieldReport> fields, Set<Long> lines,
      Consumer<Reread> found) throws IOException {
    List<FieldType> types = fields.stream().map(f -> f.classification().type()).toList();
    openCsv(source.file(), source.name()).read(row -> {
      if (row instanceof CsvRow.Accepted accepted && lines.contains(row.location().line())) {
        List<ExposedValue> values = new ArrayList<>(types.size());
        for (int c = 0; c < types.size() && c < accepted.values().size(); c++) {
          String value = accepted.values().get(c);
          if (!value.isBlank()) {
            values.add(new ExposedValue(types.get(c), value));
          }
        }
        ExposedRecord record = new ExposedRecord(row.location(), values);
        found.accept(new Reread(record, record, true));
      }
    });
  }

  /**
   * Opens a table of another format (a workbook's sheet) as a CSV file is opened: see {@link Tables}.
   *
   * @throws UnusableSourceException if it holds no rows, or a header row alone
   * @throws IOException if its file cannot be read
   */
  @Override
  public Extract<?> open(TableSource table) throws IOException {
    return TableExtract.open(requireNonNull(table, "table"), this);
  }

  /** How many records a column is judged by: the first ones, and as many spread over the rest. */
  int sampleSize() {
    return sampleSize;
  }

  /**
   * Decides every column of a source from sample rows (each as wide as the header), unless the
   * mapping sets it: the one decision for CSV files and for the tables of other formats.
   */
  CsvColumn[] columns(String source, List<String> header, List<List<String>> rows) {
    List<List<String>> samples = new ArrayList<>(header.size());
    for (int i = 0; i < header.size(); i++) {
      List<String> values = new ArrayList<>(rows.size());
      for (List<String> row : rows) {
        values.add(row.get(i));
      }
      samples.add(values);
    }
    List<ColumnDecision> decisions = classifier.decideAll(source, header, samples);
    // The file's country, for what its columns' values hold in that country's form (an address
    // line's postcode); "" where no country leads.
    String country = classifier.country(header, samples, decisions).orElse("");
    int personsNumber = personsNumber(decisions, samples);
    CsvColumn[] out = new CsvColumn[header.size()];
    for (int i = 0; i < header.size(); i++) {
      Optional<ColumnMapping.Rule> rule = mapping.ruleFor(source, header.get(i));
      ColumnDecision decision = rule.isPresent() ? mapped(source, header.get(i), rule.get())
          : i == personsNumber ? linking(decisions.get(i)) : decisions.get(i);
      out[i] = new CsvColumn(decision, country, samples.get(i), i == personsNumber);
    }
    return out;
  }

  /**
   * The column whose record numbers stand for the person in a table that names no patient number:
   * its only record-number column, whose values recur over the sampled rows (a client's number on
   * each of her consultations, an Rx number on each refill). A number that recurs is one person's,
   * as every record number is; -1 where the table has a patient number, none or several.
   */
  private static int personsNumber(List<ColumnDecision> decisions, List<List<String>> samples) {
    int found = -1;
    for (int i = 0; i < decisions.size(); i++) {
      ColumnClassification c = decisions.get(i).classification();
      if (c.type() != FieldType.RECORD_ID) {
        continue;
      }
      if (HeaderDictionary.namesPatient(c.field()) || found >= 0) {
        return -1;
      }
      found = i;
    }
    return found >= 0 && recurs(samples.get(found)) ? found : -1;
  }

  /** Whether at least two distinct values appear twice or more among a sample's non-blank ones. */
  private static boolean recurs(List<String> sample) {
    Map<String, Integer> seen = new HashMap<>();
    int recurring = 0;
    for (String v : sample) {
      if (!v.isBlank() && seen.merge(v.strip(), 1, Integer::sum) == 2) {
        recurring++;
      }
    }
    return recurring >= 2;
  }

  private static ColumnDecision linking(ColumnDecision decision) {
    ColumnClassification c = decision.classification();
    return new ColumnDecision(new ColumnClassification(c.source(), c.field(), c.type(),
        c.confidence(), c.evidence() + "; its numbers recur over rows, each one person's: they"
            + " link her records"), decision.check());
  }

  private static ColumnDecision mapped(String source, String header, ColumnMapping.Rule rule) {
    String evidence = (rule.type().isPresent() ? "set" : "ignored") + " by the mapping file, line "
        + rule.line();
    return new ColumnDecision(new ColumnClassification(source, header,
        rule.type().orElse(FieldType.OTHER), 1.0, evidence), Optional.empty());
  }

  /**
   * The names to show for a table's columns: its first row's, but those that may be values (see
   * {@link #openCsv}), or hold a control character, as {@code column N}; null when the first row is
   * not a header, weighed against the rows below it.
   */
  static List<String> headerNames(List<String> first, List<List<String>> below) {
    if (!HeaderDictionary.isHeader(first, below)) {
      return null;
    }
    boolean alone = below.size() < HeaderDictionary.FEW_ROWS;
    List<String> names = new ArrayList<>(first.size());
    for (int i = 0; i < first.size(); i++) {
      names.add(hidden(first.get(i), alone) ? "column " + (i + 1) : first.get(i));
    }
    return List.copyOf(names);
  }

  private static boolean hidden(String name, boolean alone) {
    return HeaderDictionary.mayBeAValue(name)
        || (alone && !HeaderDictionary.namesAColumn(name))
        || name.chars().anyMatch(c -> Character.isISOControl(c));
  }

  /** One CSV file: its columns, decided when it is opened, and its parts. */
  private final class FileExtract implements Extract<CsvRow.Accepted> {
    private final ExtractSource source;
    private final CsvExtract extract;
    private final CsvColumn[] columns;
    private final CompletableFuture<List<CsvPart>> cutting;

    FileExtract(ExtractSource source, CsvExtract extract) throws IOException {
      this.source = source;
      this.extract = extract;
      // The scan that cuts the file into parts runs while the columns are classified, on threads of
      // its own: the classification's parallel stream needs the common pool.
      this.cutting = CompletableFuture.supplyAsync(() -> {
        try {
          return extract.parts(parts);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, scan -> {
        Thread thread = new Thread(scan, "exposure-cut-scan");
        thread.setDaemon(true);
        thread.start();
      });
      this.columns = classify();
    }

    @Override
    public ExtractSource source() {
      return source;
    }

    @Override
    public String format() {
      return "csv";
    }

    @Override
    public String encoding() {
      return extract.charset().name();
    }

    @Override
    public String layout() {
      return extract.delimiter() == '\t' ? "tab" : String.valueOf(extract.delimiter());
    }

    /** The cut made while the columns were classified, or a new one for another number of parts. */
    @Override
    public List<Part> parts(int wanted) throws IOException {
      List<CsvPart> cut;
      if (wanted != parts) {
        cut = extract.parts(wanted);
      } else {
        try {
          cut = cutting.join();
        } catch (CompletionException e) {
          if (e.getCause() instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
          }
          Throwables.throwIfUnchecked(e.getCause());
          throw e;
        }
      }
      List<Part> out = new ArrayList<>(cut.size());
      for (int i = 0; i < cut.size(); i++) {
        CsvPart p = cut.get(i);
        out.add(new Part(source.name(), i, p.start(), p.end(), p.firstLine()));
      }
      return out;
    }

    /** The part's rows: its rejected ones through the sink, the lines above the table first. */
    @Override
    public void scan(Part part, int pass, ExtractSink sink, Consumer<? super CsvRow.Accepted> items)
        throws IOException {
      CsvPart csvPart = extract.part(part.start(), part.end(), part.firstLine());
      if (part.index() == 0) {
        for (long line : extract.preamble()) {
          sink.reject(line, PREAMBLE);
        }
      }
      csvPart.read(row -> {
        if (row instanceof CsvRow.Accepted accepted) {
          items.accept(accepted);
        } else {
          Rejection rejection = ((CsvRow.Rejected) row).rejection();
          sink.reject(rejection.location().line(), rejection.reason());
        }
      }, sink::bytesRead);
    }

    @Override
    public Assessor<CsvRow.Accepted> assessor(int pass) {
      return new CsvRecordReader(columns);
    }

    @Override
    public List<FieldReport> fields() {
      return CsvColumn.reports(columns);
    }

    /** Decides every column from the first records and a spread of records from the rest. */
    private CsvColumn[] classify() throws IOException {
      List<List<String>> rows = new ArrayList<>();
      for (CsvRow row : extract.firstRecords(sampleSize)) {
        if (row instanceof CsvRow.Accepted accepted) {
          rows.add(accepted.values());
        }
      }
      rows.addAll(extract.spreadSample(sampleSize));
      return columns(source.name(), extract.header(), rows);
    }
  }
}
