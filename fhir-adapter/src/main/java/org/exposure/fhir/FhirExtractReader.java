package org.exposure.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.exposure.SkippedSource;
import org.exposure.SourceSummary;
import org.exposure.classify.Bsn;
import org.exposure.classify.Dates;
import org.exposure.classify.EmbeddedValues;
import org.exposure.classify.ValuePatterns;
import org.exposure.fhir.ResourceExposure.PathValue;
import org.exposure.model.ColumnClassification;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.model.SourceLocation;
import org.exposure.spi.ExtractReader;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.SubjectRef;
import org.exposure.spi.Workers;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads FHIR R4 extracts: single resources in JSON or XML, Bundles of any type, NDJSON files and
 * bulk-export folders (a manifest or an export log is skipped with a note). Registered for {@link
 * java.util.ServiceLoader}, so that {@code ExposureAnalysis} reads FHIR files once this module is on
 * the class path.
 *
 * <p>Bundles are read to any depth up to {@link #MAX_BUNDLE_DEPTH} (a collection of document Bundles,
 * say). Resources join their patient through {@code subject}, {@code patient} or {@code beneficiary}
 * references, of any resource type ({@code
 * Patient/id}, a Bundle entry's {@code urn:uuid:} fullUrl, an absolute URL, or a contained Patient), in
 * any order of files and lines: every Patient read leaves, per reference, a hash and her pseudonymous
 * key (16 bytes); a resource whose Patient has not been read yet is noted (8 bytes) and read again at
 * the end. A reference to anything but a Patient ({@code Device/d1}, {@code Group/g}, a local {@code #p}
 * to no contained Patient) names no patient: such a resource is assessed at once, its values counted
 * by path but joined to no subject. Files that start with a Patient are read first, so a bulk export
 * is read once. Resources
 * are parsed with HAPI FHIR on all the threads allowed (one shared {@code FhirContext}, a parser per
 * thread). Practitioners and
 * organisations are exposed but are not subjects; a patient's contacts and RelatedPersons are counted
 * as related persons.
 *
 * <p>A line or resource that cannot be parsed, an unknown resource type, or a resource about a patient
 * who is not in the input is rejected with its file and line (the entries of an XML Bundle, or of a
 * JSON Bundle written on one line, by number; those of a Bundle on an NDJSON line by that line), and
 * reading goes on.
 */
public final class FhirExtractReader implements ExtractReader {
  private static final HashFunction REFERENCE_HASH = Hashing.murmur3_128(0x46_48_49_52);
  private static final int BATCH = 256;
  /**
   * The text, in characters, past which a batch is closed however few its items: an item may be a
   * whole document Bundle of hundreds of KB, and (2 × threads + 1) batches may be in flight.
   */
  static final long BATCH_CHARS = 8L << 20;

  /** The one FhirContext: expensive to make, thread-safe, and only made when FHIR is read. */
  private static final class Context {
    static final FhirContext R4 = FhirContext.forR4Cached();
  }

  /** HAPI's parsers are not thread-safe and cheap to make: one per thread. */
  private static final ThreadLocal<IParser> JSON = ThreadLocal.withInitial(() -> configure(
      Context.R4.newJsonParser()));
  private static final ThreadLocal<IParser> XML = ThreadLocal.withInitial(() -> configure(
      Context.R4.newXmlParser()));

  private static IParser configure(IParser parser) {
    // Unknown elements, an invalid code, date or number, an extension with both a value and
    // extensions: no reason to reject a breached record, and the rest of it is still exposed. The bad
    // element is left empty; nothing is logged (HAPI's messages quote the value).
    parser.setParserErrorHandler(new LenientErrorHandler(false).setErrorOnInvalidValue(false)
        .setErrorOnInvalidExtension(false));
    parser.setOverrideResourceIdWithBundleEntryFullUrl(false);
    return parser;
  }

  /** How each resource is classified; another only in tests of a classification that fails. */
  private final Function<Resource, ResourceExposure> classifier;
  /** The text past which a batch is closed: {@link #BATCH_CHARS} but in tests. */
  private final long batchChars;
  /** The bits for the entry number in a deferred resource's id: {@link #ENTRY_BITS} but in tests. */
  private final int entryBits;

  /** Made by ServiceLoader. */
  public FhirExtractReader() {
    this(ResourceClassifier::classify);
  }

  FhirExtractReader(Function<Resource, ResourceExposure> classifier) {
    this(classifier, BATCH_CHARS);
  }

  FhirExtractReader(Function<Resource, ResourceExposure> classifier, long batchChars) {
    this(classifier, batchChars, ENTRY_BITS);
  }

  FhirExtractReader(Function<Resource, ResourceExposure> classifier, long batchChars,
      int entryBits) {
    this.classifier = classifier;
    this.batchChars = batchChars;
    this.entryBits = entryBits;
  }

  @Override
  public String format() {
    return "fhir";
  }

  /** JSON or XML: FHIR, or files that travel with it (a bulk-export manifest, an export log). */
  @Override
  public boolean recognises(byte[] head) {
    return ExtractReader.startsAsJsonOrXml(head);
  }

  @Override
  public void read(List<ExtractSource> sources, ExtractSink sink, int threads) throws IOException {
    Map<ExtractSource, FhirFile.Kind> kinds = new HashMap<>();
    Map<ExtractSource, Charset> charsets = new HashMap<>();
    List<ExtractSource> patientFiles = new ArrayList<>();
    List<ExtractSource> otherFiles = new ArrayList<>();
    for (ExtractSource source : sources) {
      byte[] head = FhirFile.head(source.file());
      Optional<FhirFile.Kind> kind = FhirFile.kindOf(source.file(), head);
      if (kind.isEmpty()) {
        sink.skip(new SkippedSource(source.name(), notFhir(head)));
        continue;
      }
      kinds.put(source, kind.get());
      charsets.put(source, ExtractReader.charsetOf(head));
      // Files that start with a Patient are read first, so that few references wait for her.
      (startsWithPatient(head, kind.get()) ? patientFiles : otherFiles).add(source);
    }
    patientFiles.addAll(otherFiles);
    LongLongMap patients = new LongLongMap();
    // A pool even for one thread: this thread reads the next lines while a batch is parsed.
    try (Workers workers = Workers.pooled(threads)) {
      List<FileRun> runs = new ArrayList<>();
      for (ExtractSource file : patientFiles) {
        runs.add(new FileRun(file, kinds.get(file), charsets.get(file), sink, patients, workers,
            classifier, batchChars, entryBits));
      }
      for (FileRun run : runs) {
        run.read();
      }
      workers.awaitAll();
      // Every Patient is known now: what named one not yet read is assessed again.
      for (FileRun run : runs) {
        run.readDeferred();
        workers.awaitAll();
        run.finish();
      }
    } catch (UncheckedIOException e) { // a batch could not read its file
      IOException cause = e.getCause();
      for (Throwable other : e.getSuppressed()) {
        cause.addSuppressed(other);
      }
      throw cause;
    }
  }

  private static boolean startsWithPatient(byte[] head, FhirFile.Kind kind) {
    String text = ExtractReader.textOf(head);
    int end = text.indexOf('\n');
    // A first line longer than the head names its type near its start all the same.
    return kind == FhirFile.Kind.NDJSON && end != 0
        && "Patient".equals(FhirFile.topLevelType(end < 0 ? text : text.substring(0, end), kind));
  }

  /** Why a JSON or XML file that is not a FHIR resource is skipped. */
  private static String notFhir(byte[] head) {
    String text = ExtractReader.textOf(head);
    if (text.contains("\"transactionTime\"") && text.contains("\"output\"")) {
      return "a bulk-export manifest; the files it lists are read from the folder";
    }
    if (text.stripLeading().startsWith("<")) {
      return "XML, but not a FHIR resource (no http://hl7.org/fhir namespace)";
    }
    if (text.stripLeading().startsWith("[")) {
      return "a JSON array, not a FHIR resource, Bundle or NDJSON file";
    }
    return "JSON without a resourceType, such as a bulk-export log: not FHIR";
  }

  /**
   * A resource with its number among the resources of an item (0 for the item itself, else its Bundle
   * entry's, from 1), where it is located, and its Bundle entry's fullUrl if any.
   */
  @FunctionalInterface
  interface ResourceVisitor {
    void visit(Resource resource, int entry, long line, String fullUrl);
  }

  /**
   * The rejections kept per file, the first by line; the rest are only counted. The sink lists no
   * more than {@code AnalysisOptions.maxListedRejections} (100 by default) but does not tell readers
   * how many, so this bounds the heap while it covers any listing a report makes in practice.
   */
  static final int KEPT_REJECTIONS = 1000;

  /** Rejections in file order; by reason where lines tie, so that threads do not change the order. */
  private static final Comparator<Rejection> IN_FILE_ORDER = Comparator
      .comparingLong((Rejection r) -> r.location().line()).thenComparing(Rejection::reason);

  /**
   * Bits for the entry number in a deferred resource's id: a resource whose entry number does not fit
   * (past 1,048,575 in one item) is rejected rather than deferred, since its id would name another.
   */
  static final int ENTRY_BITS = 20;

  /**
   * How deep Bundles are unwrapped: a collection of document Bundles is two levels. A Bundle deeper
   * than this is handed over as a resource, to be rejected rather than read without end.
   */
  static final int MAX_BUNDLE_DEPTH = 8;

  /**
   * The item's resource, or each entry of the Bundle it is, and of the Bundles in those entries, in
   * file order and numbered from 1. Located by its entry number in a Bundle that is the whole file
   * (XML), an entry of a Bundle within by the number of the entry that holds it; else where the item
   * is located (a Bundle on an NDJSON line, or in a JSON Bundle's entry), so that an entry number never
   * passes for a line.
   */
  static void forEachResource(Resource r, FhirFile.Item item, ResourceVisitor v) {
    if (r instanceof Bundle) {
      entries((Bundle) r, item.wholeFile(), item.line(), 1, new int[1], v);
    } else {
      v.visit(r, 0, item.line(), item.fullUrl());
    }
  }

  /** The entries of a Bundle at the given depth (1 for the item itself), numbered on from {@code seen}. */
  private static void entries(Bundle bundle, boolean byNumber, long line, int depth, int[] seen,
      ResourceVisitor v) {
    int n = 0;
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      n++;
      if (!entry.hasResource()) {
        continue;
      }
      Resource resource = entry.getResource();
      long at = byNumber ? n : line;
      if (resource instanceof Bundle && depth < MAX_BUNDLE_DEPTH) {
        entries((Bundle) resource, false, at, depth + 1, seen, v);
      } else {
        v.visit(resource, ++seen[0], at, entry.getFullUrl());
      }
    }
  }

  static Resource parse(String text, FhirFile.Kind kind) {
    IParser parser = kind == FhirFile.Kind.XML ? XML.get() : JSON.get();
    return (Resource) parser.parseResource(text);
  }

  static long hash(String reference) {
    long h = REFERENCE_HASH.hashString(reference, StandardCharsets.UTF_8).asLong();
    return h == 0 ? 1 : h;
  }

  /**
   * The values as the core model has them, with what names and addresses reveal. A narrative or a
   * note is left whole: the linker reads what it reveals as possibly about someone else.
   */
  static ExposedRecord record(SourceLocation location, List<PathValue> values) {
    List<ExposedValue> exposed = new ArrayList<>(values.size() + 4);
    for (PathValue v : values) {
      exposed.add(new ExposedValue(v.type(), v.value()));
      if (v.type() != FieldType.FREE_TEXT) {
        EmbeddedValues.expand(v.type(), v.value(), exposed);
      }
    }
    return new ExposedRecord(location, exposed);
  }

  /**
   * One file being read: every resource assessed on the pool's threads, those whose Patient was not
   * read yet noted and assessed when the file is read again at the end; its counts and rejections.
   */
  private static final class FileRun {
    final ExtractSource source;
    final Function<Resource, ResourceExposure> classifier;
    final FhirFile.Kind kind;
    final Charset charset;
    final ExtractSink sink;
    final LongLongMap patients;
    final Workers workers;
    final AtomicLong read = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    /** The first {@link #KEPT_REJECTIONS} by line so far, the last of them at the head. */
    final PriorityQueue<Rejection> rejections = new PriorityQueue<>(IN_FILE_ORDER.reversed());
    /** What each element path held, over the batches done (guarded by itself). */
    final Map<String, PathCount> paths = new HashMap<>();
    List<FhirFile.Item> batch = new ArrayList<>(BATCH);
    /** The characters of text in {@link #batch}. */
    long batchText;
    final long batchChars;
    final int entryBits;
    /**
     * The resources that named a patient not read yet, as item number and Bundle entry number
     * ({@code item << ENTRY_BITS | entry}): eight bytes each, so any order of files fits in memory.
     */
    private long[] deferred = new long[0];
    private int deferredCount;

    FileRun(ExtractSource source, FhirFile.Kind kind, Charset charset, ExtractSink sink,
        LongLongMap patients, Workers workers, Function<Resource, ResourceExposure> classifier,
        long batchChars, int entryBits) {
      this.source = source;
      this.charset = charset;
      this.batchChars = batchChars;
      this.entryBits = entryBits;
      this.classifier = classifier;
      this.kind = kind;
      this.sink = sink;
      this.patients = patients;
      this.workers = workers;
    }

    /** Reads the file and assesses every resource on the pool; some may wait for their Patient. */
    void read() throws IOException {
      long size = Files.size(source.file());
      long[] reported = {0};
      FhirFile.read(source.file(), kind, new FhirFile.Visitor() {
        @Override
        public void resource(FhirFile.Item item) {
          if (add(item)) {
            // About the bytes read: the resources' text (a Bundle's compacted), for a progress display.
            long bytes = Math.min(batchText + batch.size(), size - reported[0]);
            reported[0] += bytes;
            sink.bytesRead(bytes);
            submit(false);
          }
        }

        @Override
        public void broken(long line, String reason) {
          read.incrementAndGet();
          reject(line, reason);
        }

        @Override
        public void unreadable(long line, String reason) {
          read.incrementAndGet();
          reject(line, reason);
        }
      });
      submit(false);
      sink.bytesRead(size - reported[0]);
    }

    /**
     * Reads the file again for the resources whose patient was not known when they were read, if any,
     * and assesses them for good; one whose patient is still unknown is rejected.
     */
    void readDeferred() throws IOException {
      if (deferredCount == 0) {
        return;
      }
      deferred = Arrays.copyOf(deferred, deferredCount);
      Arrays.sort(deferred); // then looked up by binary search, from any thread: never changed again
      long[] items = new long[deferredCount];
      for (int i = 0; i < deferredCount; i++) {
        items[i] = deferred[i] >>> entryBits; // sorted too
      }
      FhirFile.read(source.file(), kind, new FhirFile.Visitor() {
        @Override
        public void resource(FhirFile.Item item) {
          if (Arrays.binarySearch(items, item.index()) >= 0 && add(item)) {
            submit(true);
          }
        }

        @Override
        public void broken(long line, String reason) {
          // counted in the first reading
        }

        @Override
        public void unreadable(long line, String reason) {
          // counted in the first reading
        }
      });
      submit(true);
    }

    /** Hands the file's rejections, fields and summary to the sink. */
    void finish() {
      // In file order, whatever thread found them, so that reports do not depend on the threads.
      List<Rejection> first;
      synchronized (rejections) {
        first = new ArrayList<>(rejections);
        rejections.clear();
      }
      first.sort(IN_FILE_ORDER);
      first.forEach(sink::reject);
      synchronized (paths) {
        paths.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .forEach(e -> sink.field(e.getValue().report(source.name(), e.getKey())));
      }
      sink.source(new SourceSummary(source.name(), "fhir", charset.name(),
          kind.name().toLowerCase(Locale.ROOT), read.get(), rejected.get()));
    }

    /**
     * Adds an item to the batch; true when the batch is full: {@link #BATCH} items, or text past the
     * bound, so that the batches in flight hold a bounded amount of text whatever the items' size.
     */
    private boolean add(FhirFile.Item item) {
      batch.add(item);
      batchText += item.chars();
      return batch.size() >= BATCH || batchText >= batchChars;
    }

    private void submit(boolean again) {
      List<FhirFile.Item> items = batch;
      batch = new ArrayList<>(BATCH);
      batchText = 0;
      if (items.isEmpty()) {
        return;
      }
      workers.run(() -> {
        // Counted per batch, then added up: threads share no counter while they work.
        Map<String, PathCount> counts = new HashMap<>();
        items.forEach(item -> assess(item, again, counts));
        synchronized (paths) {
          counts.forEach((path, n) -> paths.computeIfAbsent(path, p -> new PathCount(n.type)).add(n));
        }
      });
    }

    /**
     * Parses one item and hands what it exposes to the sink; {@code again} when its patient was not
     * known the first time, and then only its deferred resources are assessed.
     */
    private void assess(FhirFile.Item item, boolean again, Map<String, PathCount> counts) {
      // Before HAPI sees it: a huge exponent would have HAPI write out millions of digits.
      NumberBounds.OutOfBounds number = NumberBounds.find(item.text(), kind);
      if (number != null) {
        read.incrementAndGet();
        reject(item.wholeFile() ? item.line() + number.linesBefore() : item.line(), "holds "
            + number.reason() + ", which is not handed to the FHIR parser; not read");
        return;
      }
      Resource resource;
      try {
        resource = parse(item.text(), kind);
      } catch (DataFormatException | ClassCastException e) {
        read.incrementAndGet();
        String message = String.valueOf(e.getMessage());
        reject(item.line(), message.contains("Unknown resource") || message.contains("HAPI-1815")
            ? "an unknown resource type" : "not a FHIR R4 resource HAPI FHIR can parse");
        return;
      } catch (RuntimeException e) { // a failure of HAPI's own, on this item only
        read.incrementAndGet();
        reject(item.line(), cannotAssess(e));
        return;
      }
      Narratives.attach(resource, item.narratives());
      forEachResource(resource, item, (r, entry, line, fullUrl) -> {
        // -1 where the entry number does not fit: never deferred, so never assessed again.
        long id = entry < 1L << entryBits ? item.index() << entryBits | entry : -1;
        if (!again || id >= 0 && Arrays.binarySearch(deferred, id) >= 0) {
          assess(r, id, line, entry, fullUrl, again, counts);
        }
      });
    }

    private void assess(Resource resource, long id, long line, int entry, String fullUrl,
        boolean again, Map<String, PathCount> counts) {
      if (resource instanceof Bundle) { // only deeper than MAX_BUNDLE_DEPTH
        read.incrementAndGet();
        reject(line, "a Bundle nested more than " + MAX_BUNDLE_DEPTH
            + " deep; its entries were not read");
        return;
      }
      // The entry number tells apart the resources that share a line (a Bundle on one line): a record
      // that links by nothing but its location is then hers alone.
      SourceLocation location = new SourceLocation(source.name(), line, entry);
      ResourceExposure e;
      List<PathValue> values;
      Optional<SubjectRef> subject = Optional.empty();
      boolean aboutNonPatient = false;
      ExposedRecord record;
      List<ExposedRecord> related = new ArrayList<>();
      // What it exposes, before anything is counted: one resource HAPI or a check cannot cope with
      // is rejected, and the rest of the file is read.
      try {
        e = classifier.apply(resource);
        values = e.values;
        if (e.role == ResourceExposure.Role.ABOUT_PATIENT) {
          ResourceExposure contained = containedPatient(resource, e.patientReference);
          if (contained != null) {
            // She travels inside the resource: her values identify her and are exposed with it.
            subject = Optional.of(sink.subjectOf(record(location, contained.values)));
            values = new ArrayList<>(e.values);
            values.addAll(contained.values);
          } else if (e.patientReference != null && e.patientReference.startsWith("#")) {
            aboutNonPatient = true; // names no Patient it contains: no other one can be it
          } else {
            subject = subjectOf(e.patientReference);
            aboutNonPatient = e.aboutNonPatient && e.patientReference == null;
          }
          if (subject.isEmpty() && e.patientReference != null && !aboutNonPatient && !again) {
            if (id < 0) { // its number would name another resource: counted and rejected here
              read.incrementAndGet();
              reject(line, article(e.resourceType) + " about a patient not read before it, in a "
                  + "Bundle entry numbered past " + ((1L << entryBits) - 1) + " in its "
                  + (kind == FhirFile.Kind.NDJSON ? "line" : "item")
                  + "; too many to hold for a second reading");
              return;
            }
            defer(id); // her Patient may come later: assessed when all are known
            return;
          }
        }
        record = record(location, values);
        for (List<PathValue> person : e.relatedPersons) {
          related.add(record(location, person));
        }
      } catch (UncheckedIOException x) {
        throw x; // the sink's own failure ends the read
      } catch (RuntimeException x) {
        read.incrementAndGet();
        reject(line, cannotAssess(x));
        return;
      }
      read.incrementAndGet();
      for (int i = 0; i < related.size(); i++) {
        count(e.relatedPersons.get(i), counts);
        sink.addRelatedPerson(related.get(i));
      }
      count(values, counts);
      switch (e.role) {
        case PATIENT -> sink.add(record).ifPresent(s -> {
          synchronized (patients) {
            if (e.id != null) {
              patients.put(hash("Patient/" + e.id), s.code());
            }
            if (fullUrl != null) {
              patients.put(hash(fullUrl), s.code());
            }
          }
        });
        case PROVIDER, RELATED_PERSON -> sink.add(new ExposedRecord(location, List.of()));
        default -> {
          if (subject.isPresent()) {
            sink.add(record, subject.get());
          } else if (aboutNonPatient) {
            // About a Device, a Group, an Organization: what it exposes is counted by path, but it
            // is no patient's, so no subject is made of it.
            sink.add(new ExposedRecord(location, List.of()));
          } else if (e.patientReference == null && record.values().isEmpty()) {
            sink.add(record); // about no one, and exposing nothing
          } else {
            reject(line, article(e.resourceType) + (e.patientReference == null
                ? " that names no patient (no subject reference)"
                : " about a patient who is not in the input"));
          }
        }
      }
    }

    /**
     * What the contained Patient a local reference ({@code #p1}) names exposes; null if the reference
     * is not local or names no contained Patient.
     */
    private ResourceExposure containedPatient(Resource resource, String reference) {
      Patient patient = ResourceClassifier.containedPatient(resource, reference);
      return patient == null ? null : classifier.apply(patient);
    }

    /** The patient a reference names: by fullUrl or URL, or as {@code Patient/id}. */
    private Optional<SubjectRef> subjectOf(String reference) {
      if (reference == null || reference.startsWith("#")) {
        return Optional.empty(); // a contained Patient not found: not one in the input either
      }
      long code = patientCode(hash(reference));
      if (code == 0) {
        int at = reference.lastIndexOf("Patient/");
        if (at >= 0) {
          String tail = reference.substring(at);
          int history = tail.indexOf("/_history");
          code = patientCode(hash(history < 0 ? tail : tail.substring(0, history)));
        }
      }
      return code == 0 ? Optional.empty() : Optional.of(new SubjectRef(code));
    }

    private synchronized void defer(long id) {
      if (deferredCount == deferred.length) {
        deferred = Arrays.copyOf(deferred, Math.max(16, deferredCount * 2));
      }
      deferred[deferredCount++] = id;
    }

    private long patientCode(long referenceHash) {
      synchronized (patients) {
        return patients.get(referenceHash);
      }
    }

    /**
     * Why a resource that made the reading fail is rejected: in words of its own, never the failure's
     * message (which may quote a value) nor its class (an internal name tells the reader nothing).
     */
    static String cannotAssess(RuntimeException e) {
      return "could not be assessed: the FHIR library failed on it; not read";
    }

    private static String article(String resourceType) {
      return ("AEIOU".indexOf(resourceType.charAt(0)) >= 0 ? "an " : "a ") + resourceType;
    }

    private static void count(List<PathValue> values, Map<String, PathCount> counts) {
      for (PathValue v : values) {
        counts.computeIfAbsent(v.path(), p -> new PathCount(v.type())).add(v);
      }
    }

    /** Counts a rejection, and keeps it if it is among the file's first by line. */
    private void reject(long line, String reason) {
      rejected.incrementAndGet();
      Rejection rejection = new Rejection(new SourceLocation(source.name(), line), reason);
      synchronized (rejections) {
        if (rejections.size() < KEPT_REJECTIONS) {
          rejections.add(rejection);
        } else if (IN_FILE_ORDER.compare(rejection, rejections.peek()) < 0) {
          rejections.poll(); // threads find them out of order: an earlier one displaces the last
          rejections.add(rejection);
        }
      }
    }
  }

  /**
   * What one element path of a file held: its values, and how many fail the check for its type. One
   * thread's while it counts a batch.
   */
  private static final class PathCount {
    final FieldType type;
    long values;
    long contradicting;

    PathCount(FieldType type) {
      this.type = type;
    }

    void add(PathValue v) {
      values++;
      if (!plausible(v)) {
        contradicting++;
      }
    }

    void add(PathCount other) {
      values += other.values;
      contradicting += other.contradicting;
    }

    /** The core's checks for the types that have one; an element's type is its definition's. */
    private static boolean plausible(PathValue v) {
      return switch (v.type()) {
        case NATIONAL_ID -> !v.path().endsWith("(bsn)") || Bsn.isValid(v.value());
        case POSTCODE -> ValuePatterns.postcode(v.value()).isPresent();
        case PHONE -> ValuePatterns.isPhone(v.value());
        case EMAIL -> ValuePatterns.isEmail(v.value());
        case BIRTH_DATE -> Dates.parse(v.value()).isPresent();
        default -> true;
      };
    }

    FieldReport report(String source, String path) {
      String evidence = "FHIR R4 element " + path
          + (path.endsWith("(bsn)") ? ", identifier system of the BSN" : "")
          + (contradicting > 0 ? "; " + contradicting + " of " + values
              + " values fail the check for " + type : "");
      return new FieldReport(new ColumnClassification(source, path, type, 1.0, evidence),
          values, contradicting, new EnumMap<>(FieldType.class));
    }
  }
}
