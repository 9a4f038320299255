package org.exposure.spi;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.exposure.model.FieldReport;

/**
 * One file opened by an {@link ExtractReader}: how it is cut into {@link Part}s and how a part is
 * read. Reading a part takes two steps, so that the analysis can spread the work however the file is
 * cut: {@link #scan} goes through the part in file order and yields its <em>items</em> (a CSV row, a
 * FHIR resource's text), rejecting what does not read; an {@link Assessor} then turns each item into
 * records. A file cut into several parts has each part scanned and assessed on one thread; a file that
 * is one part is scanned on one thread while batches of its items are assessed on the others.
 *
 * <p>Some records can only be assessed once every file has been read (a FHIR resource about a Patient
 * in a later file): the extract then asks for a {@linkplain #needsSecondPass second pass}, in which
 * its parts are scanned again and only those records are assessed.
 *
 * <p>Thread-safe: parts are scanned, and items assessed, on several threads at once.
 *
 * @param <I> an item: what one record is read from
 */
public interface Extract<I> {
  /** The file. */
  ExtractSource source();

  /** The format it is read as, e.g. {@code "csv"}. */
  String format();

  /** The character encoding it is read in. */
  String encoding();

  /** How its records are laid out, as reports show it: a CSV delimiter, or {@code "ndjson"}. */
  String layout();

  /**
   * The file in at most {@code wanted} parts of about equal size, in file order: one where it cannot
   * be cut. Called once.
   *
   * @throws IOException if the file cannot be read
   */
  List<Part> parts(int wanted) throws IOException;

  /**
   * Reads a part in file order: each item to {@code items}, each record that does not read rejected
   * through the sink with its line, and the bytes read told to the sink now and then. In the second
   * pass, only the items that hold a record waiting for it.
   *
   * @param pass 1, or 2 for the {@linkplain #needsSecondPass second pass}
   * @throws IOException if the file cannot be read
   */
  void scan(Part part, int pass, ExtractSink sink, Consumer<? super I> items) throws IOException;

  /** A new assessor of this extract's items in the given pass, for one thread. */
  Assessor<I> assessor(int pass);

  /**
   * How much an item weighs in a batch handed to another thread, such as its characters; batches are
   * bounded by their weight as by their number of items. 1 by default.
   */
  default long weight(I item) {
    return 1;
  }

  /**
   * Whether this extract is read only once every extract before it has been read (in its first pass):
   * for records that refer to records of earlier extracts (a FHIR Observation to the Patients of the
   * files read first), so that what they meet does not depend on the threads. False by default.
   */
  default boolean awaitsEarlierExtracts() {
    return false;
  }

  /**
   * Whether some records wait for a second pass; asked once every extract has had its first. False
   * by default.
   */
  default boolean needsSecondPass() {
    return false;
  }

  /** What each field (a column, an element path) held; once every part has been read. */
  List<FieldReport> fields();

  /**
   * Turns items into records, for one thread at a time: it may count what it sees until {@link
   * #finish}, so that threads share no counter while they work.
   *
   * @param <I> an item
   */
  interface Assessor<I> {
    /** Assesses one item: each of its records added to the sink, or rejected through it. */
    void assess(I item, ExtractSink sink);

    /** Adds what this assessor counted to its extract's totals; called once, at the end. */
    void finish();
  }
}
