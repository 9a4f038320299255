package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.exposure.link.ValueFacts;
import org.exposure.model.ExposedRecord;
import org.exposure.model.SourceLocation;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.exposure.spi.SubjectRef;

/**
 * The parts of an NDJSON file, shipped as serialised values and read in any order (each resource
 * whose Patient is in a part read later waiting for the second pass), yield the records, locations,
 * subjects and rejections of the whole file read at once.
 */
class FhirPartsProperties {
  /** One line of a generated export: a Patient, an Observation of one, an orphan, junk or nothing. */
  enum Kind { PATIENT, OBSERVATION, ORPHAN, BROKEN, BLANK }

  record Line(Kind kind, int patient) {
    String json(int n) {
      return switch (kind) {
        case PATIENT -> "{\"resourceType\":\"Patient\",\"id\":\"p" + patient + "\",\"name\":[{"
            + "\"family\":\"Visser\",\"given\":[\"Anna" + patient + "\"]}],\"birthDate\":\"19"
            + (50 + patient % 40) + "-03-14\",\"address\":[{\"postalCode\":\"1234 AB\"}]}";
        case OBSERVATION -> observation(n, "Patient/p" + patient);
        case ORPHAN -> observation(n, "Patient/nobody" + patient);
        case BROKEN -> "{\"resourceType\":\"Observation\",\"id\":";
        case BLANK -> "";
      };
    }

    private static String observation(int n, String subject) {
      return "{\"resourceType\":\"Observation\",\"id\":\"o" + n + "\",\"status\":\"final\","
          + "\"code\":{\"text\":\"hrHPV\"},\"subject\":{\"reference\":\"" + subject + "\"},"
          + "\"valueString\":\"hrHPV positief\"}";
    }
  }

  @Provide
  Arbitrary<List<Line>> exports() {
    Arbitrary<Line> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 9).map(i -> new Line(Kind.PATIENT, i))),
        net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 9)
            .map(i -> new Line(Kind.OBSERVATION, i))),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 9).map(i -> new Line(Kind.ORPHAN, i))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Line(Kind.BROKEN, 0))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Line(Kind.BLANK, 0))));
    return line.list().ofMinSize(1).ofMaxSize(80);
  }

  @Property(tries = 80)
  void partsReadInAnyOrderYieldWhatTheWholeFileYields(@ForAll("exports") List<Line> lines,
      @ForAll @IntRange(min = 2, max = 6) int parts, @ForAll Random random) throws Exception {
    // A Patient first, as the kind of a file is judged by its first lines.
    StringBuilder text = new StringBuilder(new Line(Kind.PATIENT, 10).json(-1)).append('\n');
    for (int n = 0; n < lines.size(); n++) {
      text.append(lines.get(n).json(n)).append('\n');
    }
    Path file = Files.createTempFile("parts-", ".ndjson");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      ExtractSource source = new ExtractSource(file, "export.ndjson");

      Extract<?> whole = open(source);
      List<String> expected = read(whole, whole.parts(1));

      Extract<?> cut = open(source);
      List<Part> shipped = new ArrayList<>();
      for (Part part : cut.parts(parts)) {
        shipped.add(roundTrip(part));
      }
      assertThat(shipped).hasSizeGreaterThan(Math.min(1, lines.size() / 40));
      Collections.shuffle(shipped, random);
      List<String> actual = read(cut, shipped);

      Collections.sort(expected);
      Collections.sort(actual);
      assertThat(actual).containsExactlyElementsOf(expected);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Opened by a reader that cuts a file of any size. */
  private static Extract<?> open(ExtractSource source) throws IOException {
    List<Extract<?>> opened = new FhirExtractReader(ResourceClassifier::classify,
        FhirExtractReader.ENTRY_BITS, 0).open(List.of(source), (s, why) -> {
          throw new AssertionError(why);
        });
    assertThat(opened).hasSize(1);
    return opened.get(0);
  }

  /** Both passes over the parts in the given order, noting every record added and rejection. */
  private static <I> List<String> read(Extract<I> extract, List<Part> parts) throws IOException {
    List<String> events = new ArrayList<>();
    ExtractSink sink = new Recording(events);
    for (int pass = 1; pass <= 2; pass++) {
      if (pass == 2 && !extract.needsSecondPass()) {
        break;
      }
      for (Part part : parts) {
        Extract.Assessor<I> assessor = extract.assessor(pass);
        extract.scan(part, pass, sink, item -> assessor.assess(item, sink));
        assessor.finish();
      }
    }
    return events;
  }

  private static Part roundTrip(Part part) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(part);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Part) in.readObject();
    }
  }

  /** Notes each record with its location, types and subject; a subject is known by its values. */
  private record Recording(List<String> events) implements ExtractSink {
    private static long code(ExposedRecord record) {
      return record.values().stream().map(v -> v.type() + "=" + v.value()).sorted().toList()
          .hashCode();
    }

    @Override
    public SubjectRef subjectOf(ExposedRecord record) {
      return new SubjectRef(code(record));
    }

    @Override
    public Optional<SubjectRef> add(ExposedRecord record) {
      events.add("add " + record.location() + " " + types(record) + " own");
      return record.values().isEmpty() ? Optional.empty()
          : Optional.of(new SubjectRef(code(record)));
    }

    @Override
    public void add(ExposedRecord record, SubjectRef subject) {
      events.add("add " + record.location() + " " + types(record) + " of " + subject.code());
    }

    @Override
    public void add(SourceLocation location, List<ValueFacts> facts) {
      throw new AssertionError("FHIR adds records");
    }

    @Override
    public void addRelatedPerson(ExposedRecord record) {
      events.add("related " + record.location());
    }

    @Override
    public void reject(long line, String reason) {
      events.add("reject " + line + " " + reason);
    }

    @Override
    public void bytesRead(long bytes) {}

    private static List<String> types(ExposedRecord record) {
      return record.values().stream().map(v -> v.type().name()).toList();
    }
  }
}
