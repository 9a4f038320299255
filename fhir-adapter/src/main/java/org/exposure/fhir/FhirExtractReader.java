package org.exposure.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exposure.classify.Values;
import org.exposure.fhir.ResourceExposure.PathValue;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractReader;
import org.exposure.spi.ExtractSource;
import org.hl7.fhir.r4.model.Bundle;
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
  /** The bits for the entry number in a deferred resource's id: {@link #ENTRY_BITS} but in tests. */
  private final int entryBits;
  /** The least size of an NDJSON file cut into parts: {@link FhirExtract#MIN_CUT_BYTES} but in tests. */
  private final long minCutBytes;

  /** Made by ServiceLoader. */
  public FhirExtractReader() {
    this(ResourceClassifier::classify);
  }

  FhirExtractReader(Function<Resource, ResourceExposure> classifier) {
    this(classifier, ENTRY_BITS);
  }

  FhirExtractReader(Function<Resource, ResourceExposure> classifier, int entryBits) {
    this(classifier, entryBits, FhirExtract.MIN_CUT_BYTES);
  }

  FhirExtractReader(Function<Resource, ResourceExposure> classifier, int entryBits,
      long minCutBytes) {
    this.classifier = classifier;
    this.entryBits = entryBits;
    this.minCutBytes = minCutBytes;
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
  public List<Extract<?>> open(List<ExtractSource> sources, BiConsumer<ExtractSource, String> skipped)
      throws IOException {
    List<Extract<?>> patientFiles = new ArrayList<>();
    List<Extract<?>> otherFiles = new ArrayList<>();
    PatientIndex patients = new PatientIndex();
    for (ExtractSource source : sources) {
      byte[] head = FhirFile.head(source.file());
      Optional<FhirFile.Kind> kind = FhirFile.kindOf(source.file(), head);
      if (kind.isEmpty()) {
        skipped.accept(source, notFhir(head));
        continue;
      }
      // Files that start with a Patient are read first, so that few references wait for her; the
      // others after them.
      boolean patientFirst = startsWithPatient(head, kind.get());
      FhirExtract extract = new FhirExtract(source, kind.get(),
          ExtractReader.charsetOf(head).name(), patients, !patientFirst, classifier, entryBits,
          minCutBytes);
      (patientFirst ? patientFiles : otherFiles).add(extract);
    }
    patientFiles.addAll(otherFiles);
    return patientFiles;
  }

  /**
   * The Patients at the given lines, with her contact details as the record and all her values as
   * what identifies her: several Patients may share a line (a Bundle on one NDJSON line), so only her
   * subject key tells whose she is.
   */
  @Override
  public void reread(ExtractSource source, List<FieldReport> fields, Set<Long> lines,
      Consumer<Reread> found) throws IOException {
    FhirPatients.read(source.file(), source.name(), lines, patient ->
        found.accept(new Reread(patient.contactDetails(), patient.exposed(), false)));
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
        Values.expand(v.type(), v.value(), exposed);
      }
    }
    return new ExposedRecord(location, exposed);
  }
}
