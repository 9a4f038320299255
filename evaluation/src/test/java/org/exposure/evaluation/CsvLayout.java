package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * One CSV layout of the corpus: its people, how many rows each has, its columns with their true types,
 * and how the file is written (delimiter, encoding, quoting, line ends, date format). {@link #write}
 * writes the file and returns its truth; the same name and seed always give the same bytes.
 */
final class CsvLayout {
  /** A cell and the grade of the result it shows ({@link ResultGrade#NONE} for anything else). */
  record Cell(String text, ResultGrade grade) {
    static Cell of(String text) {
      return new Cell(text, ResultGrade.NONE);
    }
  }

  /** What a row of a screening export is about. */
  enum Part { VISIT, HPV, CYTOLOGY }

  /**
   * One data row: its person and the clinical facts drawn for it, so that columns agree. {@code visit}
   * counts the person's visits from 0 in the order they are drawn (a visit's HPV and cytology rows
   * share it), so that a layout can fill a first event's cells and leave later events' blank.
   */
  record Row(Person p, LocalDate date, Screening s, Part part, Clinical.Dx dx, Clinical.Med med,
      Clinical.Vaccine vaccine, Clinical.Proc proc, Clinical.Obs obs, double value,
      Screening.Histology histology, String sample, Random rng, DateTimeFormatter dates,
      int visit) {

    String fmt(LocalDate d) {
      return dates.format(d);
    }

    String birth() {
      return dates.format(p.birthDate());
    }

    String when() {
      return dates.format(date);
    }

    /** A number below {@code bound} drawn for the person: the same on all her rows. */
    int stable(String salt, int bound) {
      return Math.floorMod((p.uuid() + salt).hashCode(), bound);
    }

    /** A number below {@code bound} drawn for the visit: the same on its HPV and cytology rows. */
    int visitPick(String salt, int bound) {
      return Math.floorMod((sample + "/" + visit + salt).hashCode(), bound);
    }

    /** A time of day in office hours, {@code HH:mm}, drawn for the visit. */
    String clock(String salt) {
      int m = visitPick(salt, 600);
      return String.format(java.util.Locale.ROOT, "%02d:%02d", 8 + m / 60, m % 60);
    }
  }

  record Column(String header, FieldType type, Function<Row, Cell> value, int blankPercent) {}

  private final String name;
  private final Country country;
  private final List<Column> columns = new ArrayList<>();
  private char delimiter = ',';
  private Charset charset = UTF_8;
  private boolean bom;
  private boolean crlf;
  private boolean quoteAll;
  private DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE;
  private int people = 80;
  private int minAge = 30;
  private int maxAge = 65;
  private boolean womenOnly;
  private int minRows = 1;
  private int maxRows = 1;
  private boolean screeningParts;
  private boolean grouped = true;

  private CsvLayout(String name, Country country) {
    this.name = name;
    this.country = country;
  }

  static CsvLayout of(String name, Country country) {
    return new CsvLayout(name, country);
  }

  String name() {
    return name;
  }

  Country country() {
    return country;
  }

  CsvLayout delimiter(char d) {
    delimiter = d;
    return this;
  }

  CsvLayout windows1252() {
    charset = Charset.forName("windows-1252");
    crlf = true;
    return this;
  }

  CsvLayout bom() {
    bom = true;
    return this;
  }

  CsvLayout crlf() {
    crlf = true;
    return this;
  }

  CsvLayout quoteAll() {
    quoteAll = true;
    return this;
  }

  CsvLayout dates(String pattern) {
    dates = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    return this;
  }

  CsvLayout people(int n) {
    people = n;
    return this;
  }

  CsvLayout ages(int min, int max) {
    minAge = min;
    maxAge = max;
    return this;
  }

  /** A screening programme's women. */
  CsvLayout women() {
    womenOnly = true;
    return this;
  }

  /** Each person has between min and max rows (visits, results, prescriptions...). */
  CsvLayout rows(int min, int max) {
    minRows = min;
    maxRows = max;
    return this;
  }

  /** One row per result: a visit's hrHPV row, and its cytology row when one was done. */
  CsvLayout onePerResult() {
    screeningParts = true;
    return this;
  }

  /** Rows in date order, people interleaved, rather than each person's rows together. */
  CsvLayout byDate() {
    grouped = false;
    return this;
  }

  CsvLayout col(String header, FieldType type, Function<Row, String> value) {
    columns.add(new Column(header, type, r -> Cell.of(value.apply(r)), 0));
    return this;
  }

  CsvLayout graded(String header, FieldType type, Function<Row, Cell> value) {
    columns.add(new Column(header, type, value, 0));
    return this;
  }

  /** The last column added is blank in about this share of rows. */
  CsvLayout blank(int percent) {
    Column last = columns.remove(columns.size() - 1);
    columns.add(new Column(last.header(), last.type(), last.value(), percent));
    return this;
  }

  String fileName() {
    return name + ".csv";
  }

  /** Writes {@code dir/NAME.csv} and returns its truth. */
  Truth write(Path dir, long seed) throws IOException {
    Random rng = new Random(seed ^ name.hashCode());
    LocalDate today = LocalDate.of(2025, 6, 30);
    List<Person> persons = new ArrayList<>();
    Set<LocalDate> births = new HashSet<>();
    while (persons.size() < people) {
      Person p = country.person(persons.size() + 1, rng, womenOnly, minAge, maxAge, today);
      if (births.add(p.birthDate())) {
        persons.add(p);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Person p : persons) {
      int n = minRows + rng.nextInt(maxRows - minRows + 1);
      for (int i = 0; i < n; i++) {
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(rng.nextInt(2300));
        Screening s = Screening.draw(rng);
        String sample = String.format(Locale.ROOT, "%s%08d", country == Country.NL ? "T" : "S",
            rng.nextInt(100_000_000));
        Clinical.Obs obs = Clinical.OBSERVATIONS.get(rng.nextInt(Clinical.OBSERVATIONS.size()));
        double value = Math.round((obs.low() + rng.nextDouble() * (obs.high() - obs.low())) * 10)
            / 10.0;
        List<Part> parts = !screeningParts ? List.of(Part.VISIT)
            : s.hasCytology() ? List.of(Part.HPV, Part.CYTOLOGY) : List.of(Part.HPV);
        Clinical.Dx dx = Clinical.diagnosis(rng);
        Clinical.Med med = Clinical.MEDICINES.get(rng.nextInt(Clinical.MEDICINES.size()));
        Clinical.Vaccine vaccine = Clinical.VACCINES.get(rng.nextInt(Clinical.VACCINES.size()));
        Clinical.Proc proc = Clinical.PROCEDURES.get(rng.nextInt(Clinical.PROCEDURES.size()));
        Screening.Histology histology = Screening.histology(rng);
        for (Part part : parts) {
          rows.add(new Row(p, date, s, part, dx, med, vaccine, proc, obs, value, histology, sample,
              new Random(rng.nextLong()), dates, i));
        }
      }
    }
    if (!grouped) {
      rows.sort(Comparator.comparing(Row::date).thenComparing(r -> r.p().id()));
    }
    StringBuilder out = new StringBuilder();
    String eol = crlf ? "\r\n" : "\n";
    if (bom) {
      out.append('\uFEFF');
    }
    List<String> headers = columns.stream().map(Column::header).toList();
    out.append(line(headers)).append(eol);
    Map<Integer, ResultGrade> grades = new LinkedHashMap<>();
    Map<Integer, List<String>> locations = new LinkedHashMap<>();
    int lineNumber = 1;
    for (Row row : rows) {
      lineNumber++;
      List<String> cells = new ArrayList<>(columns.size());
      ResultGrade grade = grades.getOrDefault(row.p().id(), ResultGrade.NONE);
      for (Column c : columns) {
        boolean blank = c.blankPercent() > 0 && row.rng().nextInt(100) < c.blankPercent();
        Cell cell = blank ? Cell.of("") : c.value().apply(row);
        cells.add(cell.text());
        if (!cell.text().isEmpty()) {
          grade = grade.max(cell.grade());
        }
      }
      grades.put(row.p().id(), grade);
      locations.computeIfAbsent(row.p().id(), k -> new ArrayList<>())
          .add(fileName() + ":" + lineNumber + ":0");
      out.append(line(cells)).append(eol);
    }
    Files.write(dir.resolve(fileName()), out.toString().getBytes(charset));

    List<Truth.Field> fields = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      fields.add(new Truth.Field(fileName(), i + 1, columns.get(i).header(),
          columns.get(i).type()));
    }
    List<Truth.Subject> subjects = new ArrayList<>();
    locations.forEach((id, where) -> subjects.add(new Truth.Subject(id, grades.get(id), where)));
    return new Truth(name, country, "csv", fields, subjects);
  }

  private String line(List<String> cells) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        s.append(delimiter);
      }
      String cell = cells.get(i);
      boolean quote = quoteAll || cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0
          || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
      s.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
    }
    return s.toString();
  }
}
