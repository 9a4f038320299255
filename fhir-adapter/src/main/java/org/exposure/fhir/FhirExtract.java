package org.exposure.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exposure.classify.Values;
import org.exposure.fhir.ResourceExposure.PathValue;
import org.exposure.model.ColumnClassification;
import org.exposure.model.ExposedRecord;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.SubjectRef;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * One FHIR file opened by the {@link FhirExtractReader}: its items (a line of NDJSON, a JSON Bundle's
 * entry, a whole resource) scanned in file order, each parsed and assessed on whichever thread the
 * analysis gives it. A resource whose Patient has not been read yet is noted and assessed in the
 * second pass, once every file has been read; one whose patient is still unknown then is rejected.
 * A large UTF-8 NDJSON file is cut into parts at line breaks, each read on a thread of its own; any
 * other file is one part, scanned on one thread while its items are assessed in batches on the others.
 * An NDJSON item is numbered by its line, so that a resource waiting for the second pass is found again
 * in whichever part holds it.
 */
final class FhirExtract implements Extract<FhirFile.Item> {
  private final ExtractSource source;
  private final Function<Resource, ResourceExposure> classifier;
  private final FhirFile.Kind kind;
  private final String charset;
  /** Every Patient read, in any file of the reader's: a reference's hash to her subject code. */
  private final PatientIndex patients;
  /** Whether this file waits for the files before it: it does not start with a Patient. */
  private final boolean awaitsEarlier;
  private final int entryBits;
  private final long minCutBytes;
  /** What each element path held, over the assessors finished (guarded by itself). */
  private final Map<String, PathCount> paths = new HashMap<>();
  /**
   * The resources that named a patient not read yet, as item number and Bundle entry number
   * ({@code item << ENTRY_BITS | entry}): eight bytes each, so any order of files fits in memory.
   * Sorted once the first pass is over, then read from any thread, never changed again.
   */
  private long[] deferred = new long[0];
  private int deferredCount;
  /** The items that hold a deferred resource, sorted: the first pass's last act. */
  private long[] deferredItems;

  FhirExtract(ExtractSource source, FhirFile.Kind kind, String charset, PatientIndex patients,
      boolean awaitsEarlier, Function<Resource, ResourceExposure> classifier, int entryBits,
      long minCutBytes) {
    this.source = source;
    this.kind = kind;
    this.charset = charset;
    this.patients = patients;
    this.awaitsEarlier = awaitsEarlier;
    this.classifier = classifier;
    this.entryBits = entryBits;
    this.minCutBytes = minCutBytes;
  }

  @Override
  public ExtractSource source() {
    return source;
  }

  @Override
  public String format() {
    return "fhir";
  }

  @Override
  public String encoding() {
    return charset;
  }

  @Override
  public String layout() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * A UTF-8 NDJSON file of {@link #MIN_CUT_BYTES} or more is cut at line breaks, so that its lines are
   * split and parsed on every thread; any other file is one part (a Bundle is parsed whole).
   */
  @Override
  public List<Part> parts(int wanted) throws IOException {
    if (wanted < 2 || kind != FhirFile.Kind.NDJSON || !charset.equals("UTF-8")
        || Files.size(source.file()) < minCutBytes) {
      return List.of(Part.whole(source.name(), 0, 1));
    }
    List<long[]> cuts = FhirFile.cutLines(source.file(), wanted);
    List<Part> parts = new ArrayList<>(cuts.size());
    for (int i = 0; i < cuts.size(); i++) {
      long end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : -1;
      parts.add(new Part(source.name(), i, cuts.get(i)[0], end, cuts.get(i)[1]));
    }
    return parts;
  }

  /** The least size of a file worth cutting: below it, one thread reads it before others start. */
  static final long MIN_CUT_BYTES = 1 << 20;

  /** Reads the part's items: a cut NDJSON file's range of lines, else the whole file. */
  private void read(Part part, FhirFile.Visitor visitor) throws IOException {
    if (kind == FhirFile.Kind.NDJSON && charset.equals("UTF-8")) {
      FhirFile.readLines(source.file(), part.start(), part.end(), part.firstLine(), visitor);
    } else {
      FhirFile.read(source.file(), kind, visitor);
    }
  }

  /**
   * A file that does not start with a Patient is read once the files that do (read first) are done:
   * its references then meet every Patient of those files, whatever the threads.
   */
  @Override
  public boolean awaitsEarlierExtracts() {
    return awaitsEarlier;
  }

  @Override
  public long weight(FhirFile.Item item) {
    return item.chars();
  }

  @Override
  public void scan(Part part, int pass, ExtractSink sink, Consumer<? super FhirFile.Item> items)
      throws IOException {
    if (pass == 2) {
      read(part, new FhirFile.Visitor() {
        @Override
        public void resource(FhirFile.Item item) {
          if (Arrays.binarySearch(deferredItems, item.index()) >= 0) {
            items.accept(item);
          }
        }

        @Override
        public void broken(long line, String reason) {
          // rejected in the first pass
        }

        @Override
        public void unreadable(long line, String reason) {
          // rejected in the first pass
        }
      });
      return;
    }
    long size = (part.end() < 0 ? Files.size(source.file()) : part.end()) - part.start();
    long[] reported = {0};
    read(part, new FhirFile.Visitor() {
      @Override
      public void resource(FhirFile.Item item) {
        // About the bytes read: the resources' text (a Bundle's compacted), for a progress display.
        long bytes = Math.min(item.chars() + 1, size - reported[0]);
        reported[0] += bytes;
        sink.bytesRead(bytes);
        items.accept(item);
      }

      @Override
      public void broken(long line, String reason) {
        sink.reject(line, reason);
      }

      @Override
      public void unreadable(long line, String reason) {
        sink.reject(line, reason);
      }
    });
    sink.bytesRead(size - reported[0]);
  }

  @Override
  public synchronized boolean needsSecondPass() {
    if (deferredItems == null) {
      deferred = Arrays.copyOf(deferred, deferredCount);
      Arrays.sort(deferred); // then looked up by binary search, from any thread
      deferredItems = new long[deferredCount];
      for (int i = 0; i < deferredCount; i++) {
        deferredItems[i] = deferred[i] >>> entryBits; // sorted too
      }
    }
    return deferredCount > 0;
  }

  @Override
  public Assessor<FhirFile.Item> assessor(int pass) {
    // Counted per assessor, then added up: threads share no counter while they work.
    Map<String, PathCount> counts = new HashMap<>();
    return new Assessor<>() {
      @Override
      public void assess(FhirFile.Item item, ExtractSink sink) {
        FhirExtract.this.assess(item, pass == 2, counts, sink);
      }

      @Override
      public void finish() {
        synchronized (paths) {
          counts.forEach((path, n) -> paths.computeIfAbsent(path, p -> new PathCount(n.type)).add(n));
        }
      }
    };
  }

  @Override
  public List<FieldReport> fields() {
    synchronized (paths) {
      return paths.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getValue().report(source.name(), e.getKey())).toList();
    }
  }

  /**
   * Parses one item and hands what it exposes to the sink; {@code again} when its patient was not
   * known the first time, and then only its deferred resources are assessed.
   */
  private void assess(FhirFile.Item item, boolean again, Map<String, PathCount> counts,
      ExtractSink sink) {
    // Before HAPI sees it: a huge exponent would have HAPI write out millions of digits.
    NumberBounds.OutOfBounds number = NumberBounds.find(item.text(), kind);
    if (number != null) {
      sink.reject(item.wholeFile() ? item.line() + number.linesBefore() : item.line(), "holds "
          + number.reason() + ", which is not handed to the FHIR parser; not read");
      return;
    }
    Resource resource;
    try {
      resource = FhirExtractReader.parse(item.text(), kind);
    } catch (DataFormatException | ClassCastException e) {
      String message = String.valueOf(e.getMessage());
      sink.reject(item.line(), message.contains("Unknown resource") || message.contains("HAPI-1815")
          ? "an unknown resource type" : "not a FHIR R4 resource HAPI FHIR can parse");
      return;
    } catch (RuntimeException e) { // a failure of HAPI's own, on this item only
      sink.reject(item.line(), cannotAssess(e));
      return;
    }
    Narratives.attach(resource, item.narratives());
    FhirExtractReader.forEachResource(resource, item, (r, entry, line, fullUrl) -> {
      // -1 where the entry number does not fit: never deferred, so never assessed again.
      long id = entry < 1L << entryBits ? item.index() << entryBits | entry : -1;
      if (!again || id >= 0 && Arrays.binarySearch(deferred, id) >= 0) {
        assess(r, id, line, entry, fullUrl, again, counts, sink);
      }
    });
  }

  private void assess(Resource resource, long id, long line, int entry, String fullUrl,
      boolean again, Map<String, PathCount> counts, ExtractSink sink) {
    if (resource instanceof Bundle) { // only deeper than FhirExtractReader.MAX_BUNDLE_DEPTH
      sink.reject(line, "a Bundle nested more than " + FhirExtractReader.MAX_BUNDLE_DEPTH
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
          subject = Optional.of(sink.subjectOf(FhirExtractReader.record(location,
              contained.values)));
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
            sink.reject(line, article(e.resourceType) + " about a patient not read before it, in a "
                + "Bundle entry numbered past " + ((1L << entryBits) - 1) + " in its "
                + (kind == FhirFile.Kind.NDJSON ? "line" : "item")
                + "; too many to hold for a second reading");
            return;
          }
          defer(id); // her Patient may come later: assessed when all are known
          return;
        }
      }
      record = FhirExtractReader.record(location, values);
      for (List<PathValue> person : e.relatedPersons) {
        related.add(FhirExtractReader.record(location, person));
      }
    } catch (UncheckedIOException x) {
      throw x; // the sink's own failure ends the read
    } catch (RuntimeException x) {
      sink.reject(line, cannotAssess(x));
      return;
    }
    for (int i = 0; i < related.size(); i++) {
      count(e.relatedPersons.get(i), counts);
      sink.addRelatedPerson(related.get(i));
    }
    count(values, counts);
    switch (e.role) {
      case PATIENT -> sink.add(record).ifPresent(s -> {
        synchronized (patients) {
          if (e.id != null) {
            patients.put(FhirExtractReader.hash("Patient/" + e.id), s.code());
          }
          if (fullUrl != null) {
            patients.put(FhirExtractReader.hash(fullUrl), s.code());
          }
        }
      });
      case PROVIDER, RELATED_PERSON, NO_SUBJECT -> sink.add(new ExposedRecord(location, List.of()));
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
          sink.reject(line, article(e.resourceType) + (e.patientReference == null
              ? " that names no patient (no subject reference)"
              : ambiguous(e.patientReference)
                  ? " about a patient whose id two Patients in the input share: joined to neither"
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
    for (long hash : hashes(reference)) {
      long code = patients.get(hash);
      if (code != 0) {
        return Optional.of(new SubjectRef(code));
      }
    }
    return Optional.empty();
  }

  /** Whether two Patients of the input answer to the reference. */
  private boolean ambiguous(String reference) {
    for (long hash : hashes(reference)) {
      if (patients.isAmbiguous(hash)) {
        return true;
      }
    }
    return false;
  }

  /** The hashes a reference may be known by: as written, and as {@code Patient/id} without history. */
  private static long[] hashes(String reference) {
    int at = reference.lastIndexOf("Patient/");
    if (at < 0) {
      return new long[] {FhirExtractReader.hash(reference)};
    }
    String tail = reference.substring(at);
    int history = tail.indexOf("/_history");
    return new long[] {FhirExtractReader.hash(reference),
        FhirExtractReader.hash(history < 0 ? tail : tail.substring(0, history))};
  }

  private synchronized void defer(long id) {
    if (deferredCount == deferred.length) {
      deferred = Arrays.copyOf(deferred, Math.max(16, deferredCount * 2));
    }
    deferred[deferredCount++] = id;
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
        case NATIONAL_ID -> !v.path().endsWith("(bsn)") || Values.isBsn(v.value());
        case POSTCODE -> Values.postcode(v.value()).isPresent();
        case PHONE -> Values.isPhone(v.value());
        case EMAIL -> Values.isEmail(v.value());
        case BIRTH_DATE -> Values.date(v.value()).isPresent();
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
