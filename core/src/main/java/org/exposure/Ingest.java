package org.exposure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposure.classify.Values;
import org.exposure.cohort.RelatedPersons;
import org.exposure.link.SubjectLinker;
import org.exposure.link.ValueFacts;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.model.SourceLocation;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.Part;
import org.exposure.spi.SubjectRef;

/**
 * The one ingest pipeline: reads opened extracts of any format into the linker. It cuts each extract
 * into parts and reads them on its threads, counts every record read, added or rejected, keeps the
 * first rejections of each extract in file order, hands work out in batches and advances the
 * progress; then, once every extract has been read, gives a second pass to those that ask for one.
 *
 * <p>An extract of several parts has each part scanned and assessed on one thread. An extract of one
 * part (quoted line breaks, a FHIR Bundle) is scanned on the calling thread while batches of its items
 * are assessed on the workers. With one thread, everything runs on the caller's. An extract that
 * {@linkplain Extract#awaitsEarlierExtracts awaits earlier ones} starts once they have been read.
 */
final class Ingest {
  /** Items handed to a worker at a time. */
  static final int BATCH = 1024;
  /**
   * The weight (for FHIR, the characters of text) past which a batch is closed however few its
   * items: an item may be a whole document Bundle of hundreds of KB, and (2 × threads + 1) batches
   * may be in flight.
   */
  static final long BATCH_WEIGHT = 8L << 20;
  /**
   * Parts a file is cut into per thread: a thread that finishes its part early takes the next, so
   * that a thread slowed down by the machine does not leave the others idle at the end.
   */
  static final int PARTS_PER_THREAD = 4;
  private static final int PROGRESS_EVERY = 4096;
  /** Rejections in file order; by reason where lines tie, so that threads do not change the order. */
  private static final Comparator<Rejection> IN_FILE_ORDER = Comparator
      .comparingLong((Rejection r) -> r.location().line()).thenComparing(Rejection::reason);

  private final SubjectLinker linker;
  private final int threads;
  private final int listed;
  private final Progress progress;
  private final long batchWeight;
  // People named in subjects' records who are not subjects (guarded by this).
  private long relatedCount;
  private final Map<FieldType, Long> relatedTypes = new EnumMap<>(FieldType.class);

  /**
   * @param listed the rejections to keep per extract: no more are listed in a report
   */
  Ingest(SubjectLinker linker, int threads, int listed, Progress progress) {
    this(linker, threads, listed, progress, BATCH_WEIGHT);
  }

  /** As the other constructor, with batches closed past the given weight ({@link #BATCH_WEIGHT}). */
  Ingest(SubjectLinker linker, int threads, int listed, Progress progress, long batchWeight) {
    this.linker = linker;
    this.threads = threads;
    this.listed = listed;
    this.progress = progress;
    this.batchWeight = batchWeight;
  }

  /** What was read of one extract. */
  record Read(Extract<?> extract, long records, long rejected, List<Rejection> rejections,
      List<FieldReport> fields) {}

  /**
   * Reads the extracts, in their order, into the linker.
   *
   * @return what was read of each, in the same order
   * @throws IOException if a file cannot be read
   */
  List<Read> read(List<Extract<?>> extracts) throws IOException {
    List<List<Part>> parts = new ArrayList<>(extracts.size());
    List<Tally> tallies = new ArrayList<>(extracts.size());
    // Locations are ordered by source as declared here, in reading order, whatever the threads.
    extracts.forEach(extract -> linker.declareSource(extract.source().name()));
    try (Workers workers = Workers.of(threads)) {
      for (Extract<?> extract : extracts) {
        if (extract.awaitsEarlierExtracts()) {
          workers.awaitAll();
        }
        Tally tally = new Tally(extract.source().name());
        tallies.add(tally);
        List<Part> cut = extract.parts(threads == 1 ? 1 : threads * PARTS_PER_THREAD);
        parts.add(cut);
        readParts(extract, cut, 1, workers, tally);
      }
      workers.awaitAll();
      // Every extract has been read once: what waited for another is read now.
      for (int i = 0; i < extracts.size(); i++) {
        if (extracts.get(i).needsSecondPass()) {
          readParts(extracts.get(i), parts.get(i), 2, workers, tallies.get(i));
        }
      }
      workers.awaitAll();
    } catch (UncheckedIOException e) { // a worker could not read its file
      IOException cause = e.getCause();
      for (Throwable other : e.getSuppressed()) {
        cause.addSuppressed(other);
      }
      throw cause;
    }
    List<Read> read = new ArrayList<>(extracts.size());
    for (int i = 0; i < extracts.size(); i++) {
      Tally t = tallies.get(i);
      read.add(new Read(extracts.get(i), t.read, t.rejected, t.first(), extracts.get(i).fields()));
    }
    return read;
  }

  /** People named in subjects' records who are not subjects themselves. */
  synchronized RelatedPersons relatedPersons() {
    return relatedCount == 0 ? RelatedPersons.none() : new RelatedPersons(relatedCount, relatedTypes);
  }

  private <I> void readParts(Extract<I> extract, List<Part> parts, int pass, Workers workers,
      Tally tally) throws IOException {
    if (parts.size() == 1 && threads > 1) {
      readInBatches(extract, parts.get(0), pass, workers, tally);
      return;
    }
    for (Part part : parts) {
      workers.run(() -> {
        PartSink sink = new PartSink(tally);
        Extract.Assessor<I> assessor = extract.assessor(pass);
        try {
          extract.scan(part, pass, sink, item -> assessor.assess(item, sink));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        assessor.finish();
        sink.close();
      });
    }
  }

  /** Scans the part here and hands its items to the workers in batches. */
  private <I> void readInBatches(Extract<I> extract, Part part, int pass, Workers workers,
      Tally tally) throws IOException {
    PartSink scanning = new PartSink(tally);
    Batcher<I> batcher = new Batcher<>(extract, pass, workers, tally);
    extract.scan(part, pass, scanning, batcher);
    batcher.flush();
    scanning.close();
  }

  /** Gathers items into batches, each assessed on a worker. One thread's. */
  private final class Batcher<I> implements Consumer<I> {
    final Extract<I> extract;
    final int pass;
    final Workers workers;
    final Tally tally;
    List<I> batch = new ArrayList<>();
    long weight;

    Batcher(Extract<I> extract, int pass, Workers workers, Tally tally) {
      this.extract = extract;
      this.pass = pass;
      this.workers = workers;
      this.tally = tally;
    }

    @Override
    public void accept(I item) {
      batch.add(item);
      weight += extract.weight(item);
      if (batch.size() >= BATCH || weight >= batchWeight) {
        flush();
      }
    }

    void flush() {
      List<I> items = batch;
      batch = new ArrayList<>();
      weight = 0;
      if (items.isEmpty()) {
        return;
      }
      workers.run(() -> {
        PartSink sink = new PartSink(tally);
        Extract.Assessor<I> assessor = extract.assessor(pass);
        items.forEach(item -> assessor.assess(item, sink));
        assessor.finish();
        sink.close();
      });
    }
  }

  /** One extract's records read and rejected, and its first rejections (guarded by itself). */
  private final class Tally {
    final String source;
    long read;
    long rejected;
    final List<Rejection> kept = new ArrayList<>();

    Tally(String source) {
      this.source = source;
    }

    synchronized void add(PartSink part) {
      read += part.read;
      rejected += part.rejected;
      kept.addAll(part.rejections);
      if (kept.size() > 2 * listed) {
        trim();
      }
    }

    private void trim() {
      kept.sort(IN_FILE_ORDER);
      kept.subList(Math.min(listed, kept.size()), kept.size()).clear();
    }

    synchronized List<Rejection> first() {
      trim();
      return List.copyOf(kept);
    }
  }

  /**
   * The sink of one part, or one batch, read by one thread: counts of its own, added to its extract's
   * tally when it closes, so that threads share no counter while they work.
   */
  private final class PartSink implements ExtractSink {
    final Tally tally;
    long read;
    long rejected;
    long reported;
    final List<Rejection> rejections = new ArrayList<>();

    PartSink(Tally tally) {
      this.tally = tally;
    }

    private void count() {
      if (++read - reported == PROGRESS_EVERY) {
        progress.addRecords(read - reported);
        reported = read;
      }
    }

    @Override
    public SubjectRef subjectOf(ExposedRecord record) {
      return new SubjectRef(linker.subjectCode(record));
    }

    @Override
    public Optional<SubjectRef> add(ExposedRecord record) {
      count();
      long code = linker.add(record);
      return code == 0 ? Optional.empty() : Optional.of(new SubjectRef(code));
    }

    @Override
    public void add(ExposedRecord record, SubjectRef subject) {
      count();
      linker.add(record, subject.code());
    }

    @Override
    public void add(SourceLocation location, List<ValueFacts> facts) {
      count();
      linker.add(location, facts);
    }

    @Override
    public void addRelatedPerson(ExposedRecord record) {
      EnumSet<FieldType> types = EnumSet.noneOf(FieldType.class);
      List<ExposedValue> revealed = new ArrayList<>();
      for (ExposedValue v : record.values()) {
        types.add(v.type());
        if (v.type() == FieldType.FREE_TEXT) { // left whole by readers, as the linker reads it
          Values.expand(FieldType.FREE_TEXT, v.value(), revealed);
        }
      }
      revealed.forEach(v -> types.add(v.type()));
      synchronized (Ingest.this) {
        relatedCount++;
        types.forEach(t -> relatedTypes.merge(t, 1L, Long::sum));
      }
    }

    @Override
    public void reject(long line, String reason) {
      count();
      rejected++;
      if (rejections.size() < listed) {
        rejections.add(new Rejection(new SourceLocation(tally.source, line), reason));
      }
    }

    @Override
    public void bytesRead(long bytes) {
      progress.addBytes(bytes);
    }

    void close() {
      progress.addRecords(read - reported);
      reported = read;
      tally.add(this);
    }
  }
}
