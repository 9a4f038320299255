package org.exposure.fhir;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads patients back from a FHIR file after an assessment, by the locations the assessment gave them:
 * what a notification list with contact columns needs. A Patient found at one of the locations is
 * handed over with what the assessment read from her, so that the caller can check she is the subject
 * it wants (several Patients may share a location: the entries of a Bundle on one NDJSON line), and
 * with her contact details for a letter: one value per type from her first name, first address, first
 * phone number and first e-mail address (nl-core's street and house-number parts where given), her
 * contacts' left out. Other resources at those locations, and lines that no longer parse, are passed
 * over.
 *
 * <pre>{@code
 * FhirPatients.read(Path.of("export/Patient.ndjson"), "export/Patient.ndjson", Set.of(12L),
 *     found -> ...);
 * }</pre>
 */
final class FhirPatients {
  private FhirPatients() {}

  /**
   * One Patient read back. {@link #toString()} shows no value.
   *
   * @param exposed what the assessment read from her, as it read it: its subject's linking key (e.g.
   *     {@code SubjectLinker.subjectCode}) tells whose Patient this is
   * @param contactDetails her contact details, one value per type, at the same location
   */
  public record Found(ExposedRecord exposed, ExposedRecord contactDetails) {
    public Found {
      requireNonNull(exposed, "exposed");
      requireNonNull(contactDetails, "contactDetails");
    }

    @Override
    public String toString() {
      return "Found[" + exposed.location() + ", values redacted]";
    }
  }

  /**
   * Hands each Patient located at one of the given lines (the entries of an XML Bundle or of a JSON
   * Bundle on one line by number, as the assessment locates them) to the consumer.
   *
   * @param source the source's name as the assessment gave it, which locations carry
   * @throws IOException if the file cannot be read
   */
  public static void read(Path file, String source, Set<Long> lines, Consumer<Found> patients)
      throws IOException {
    requireNonNull(source, "source");
    requireNonNull(lines, "lines");
    requireNonNull(patients, "patients");
    Optional<FhirFile.Kind> kind = FhirFile.kindOf(file, FhirFile.head(file));
    if (kind.isEmpty()) {
      return;
    }
    FhirFile.read(file, kind.get(), new FhirFile.Visitor() {
      @Override
      public void resource(FhirFile.Item item) {
        // A Bundle read whole is one item whose entries carry their numbers as lines.
        if (!item.wholeFile() && !lines.contains(item.line())) {
          return;
        }
        Resource parsed;
        try {
          parsed = FhirExtractReader.parse(item.text(), kind.get());
        } catch (RuntimeException e) {
          return; // rejected by the assessment already; nothing to read back
        }
        FhirExtractReader.forEachResource(parsed, item, (resource, entry, line, fullUrl) -> {
          if (resource instanceof Patient && lines.contains(line)) {
            SourceLocation location = new SourceLocation(source, line, entry); // as assessed
            Found found;
            try {
              // Her values exactly as the assessment added her, so that they give her subject.
              found = new Found(FhirExtractReader.record(location,
                  ResourceClassifier.classify(resource).values),
                  new ExposedRecord(location, contactDetails((Patient) resource)));
            } catch (RuntimeException e) {
              return; // she could not be assessed either: rejected already
            }
            patients.accept(found);
          }
        });
      }

      @Override
      public void broken(long line, String reason) {
        // rejected by the assessment already
      }

      @Override
      public void unreadable(long line, String reason) {
        // rejected by the assessment already
      }
    });
  }

  /** Her first name, address, phone and e-mail, one value per type. */
  private static List<ExposedValue> contactDetails(Patient p) {
    List<ExposedValue> values = new ArrayList<>();
    if (p.hasName()) {
      HumanName name = p.getNameFirstRep();
      add(values, FieldType.PERSON_NAME,
          name.hasText() ? name.getText() : ResourceClassifier.singleName(name));
      List<String> given = new ArrayList<>();
      List<String> initials = new ArrayList<>();
      for (StringType g : name.getGiven()) {
        // A part with only extensions has no value: left out, not written "null" in a letter.
        ResourceClassifier.addPart(ResourceClassifier.isInitial(g) ? initials : given, g.getValue());
      }
      add(values, FieldType.GIVEN_NAME, String.join(" ", given));
      add(values, FieldType.INITIALS, String.join(" ", initials));
      add(values, FieldType.FAMILY_NAME, name.getFamily());
    }
    if (p.hasAddress()) {
      Address a = p.getAddressFirstRep();
      String line = a.hasLine() ? a.getLine().get(0).getValue() : null;
      String street = null;
      StringBuilder number = new StringBuilder();
      if (a.hasLine()) {
        for (Extension x : a.getLine().get(0).getExtension()) {
          String value = x.getValue() == null ? null : x.getValue().primitiveValue();
          FieldType part = ResourceClassifier.addressPart(x);
          if (part == FieldType.STREET_ADDRESS) {
            street = value;
          } else if (part == FieldType.HOUSE_NUMBER && value != null) {
            number.append(number.length() > 0 ? " " : "").append(value);
          }
        }
      }
      // With nl-core's parts the line is street and number; without, the line is all there is.
      add(values, FieldType.STREET_ADDRESS, street != null ? street : line);
      add(values, FieldType.HOUSE_NUMBER, street != null ? number.toString() : null);
      add(values, FieldType.POSTCODE, a.getPostalCode());
      add(values, FieldType.CITY, a.getCity());
    }
    for (ContactPoint t : p.getTelecom()) {
      if (t.getSystem() == ContactPoint.ContactPointSystem.PHONE
          && values.stream().noneMatch(v -> v.type() == FieldType.PHONE)) {
        add(values, FieldType.PHONE, t.getValue());
      } else if (t.getSystem() == ContactPoint.ContactPointSystem.EMAIL
          && values.stream().noneMatch(v -> v.type() == FieldType.EMAIL)) {
        add(values, FieldType.EMAIL, t.getValue());
      }
    }
    return values;
  }

  private static void add(List<ExposedValue> values, FieldType type, String value) {
    if (value != null && !value.isBlank()) {
      values.add(new ExposedValue(type, value.strip()));
    }
  }
}
