package org.exposure.csv;

import java.util.ArrayList;
import java.util.List;
import org.exposure.link.ValueFacts;
import org.exposure.model.FieldType;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;

/**
 * Reads accepted records of one CSV source on one thread: each value by its column, counting what the
 * columns show, and each record into the sink. The counts are the thread's own until {@link #finish}
 * adds them to the columns' totals: sums, so the order of threads does not matter. Not thread-safe:
 * one per thread. It is the assessor of both the CSV reader's extracts and the tables of other
 * readers ({@link TableExtract}).
 */
final class CsvRecordReader implements Extract.Assessor<CsvRow.Accepted> {
  private final CsvColumn[] columns;
  private final long[] values;
  private final long[] contradicting;
  private final long[][] revealed;
  /** The current record's facts, handed to the sink, which does not keep the list. */
  private final List<ValueFacts> facts = new ArrayList<>();

  /** The columns naming tests, whose cells are the context of the record's results. */
  private final int[] testColumns;
  private final StringBuilder test = new StringBuilder();
  /** By column: the test its header names, other than screening ("Hiv-test"); null if none. */
  private final String[] ownTests;
  /** By column: whether its results are read beside the record's test names. */
  private final boolean[] besideTest;

  /** Whether a national-ID column of the table was blank in places in the sample. */
  private final boolean idsLeftBlank;

  CsvRecordReader(CsvColumn[] columns) {
    this.columns = columns;
    this.idsLeftBlank = java.util.Arrays.stream(columns).anyMatch(CsvColumn::leftBlank);
    this.testColumns = java.util.stream.IntStream.range(0, columns.length)
        .filter(i -> columns[i].namesTests()).toArray();
    this.besideTest = new boolean[columns.length];
    this.ownTests = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      besideTest[i] = columns[i].readsBesideItsTest();
      ownTests[i] = columns[i].ownTest();
    }
    this.values = new long[columns.length];
    this.contradicting = new long[columns.length];
    this.revealed = new long[columns.length][FieldType.values().length];
  }

  /** Reads one record's values and joins it to its subject. */
  @Override
  public void assess(CsvRow.Accepted row, ExtractSink sink) {
    List<String> rowValues = row.values();
    facts.clear();
    for (int i = 0; i < columns.length; i++) {
      String value = rowValues.get(i);
      if (value.isBlank()) {
        continue;
      }
      values[i]++;
      boolean failed = columns[i].fails(value);
      if (failed) {
        contradicting[i]++;
      }
      int own = facts.size();
      if (ownTests[i] != null) {
        columns[i].tellResult(value, ownTests[i], facts);
        continue;
      }
      if (testColumns.length > 0 && besideTest[i]) {
        columns[i].tellResult(value, test(rowValues), facts);
        continue;
      }
      columns[i].tell(value, failed, facts);
      for (int j = own + 1; j < facts.size(); j++) { // past the value itself: what it reveals
        revealed[i][facts.get(j).type().ordinal()]++;
      }
    }
    if (idsLeftBlank && !facts.isEmpty()) { // a record of nothing personal stays one
      facts.add(ValueFacts.IDS_LEFT_BLANK);
    }
    sink.add(row.location(), facts);
  }

  /** The record's test names and codes, in their columns' order, one space between. */
  private String test(List<String> rowValues) {
    test.setLength(0);
    for (int t : testColumns) {
      String cell = rowValues.get(t).strip();
      if (!cell.isEmpty()) {
        if (test.length() > 0) {
          test.append(' ');
        }
        test.append(cell);
      }
    }
    return test.toString();
  }

  /** Adds the counts to the columns' totals; call once, when this reader is done. */
  @Override
  public void finish() {
    for (int i = 0; i < columns.length; i++) {
      columns[i].add(values[i], contradicting[i], revealed[i]);
    }
  }
}
