package org.exposure.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.ArrayList;
import java.util.List;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * Reads patients back from a FHIR file after an assessment, by the lines the assessment located them
 * at: what a notification list with contact columns needs. A Patient found at one of the lines is
 * handed over as her contact details for a letter: one value per type from her first name, first
 * address, first phone number and first e-mail address (nl-core's street and house-number parts where
 * given), her contacts' left out. Other resources at those lines, and lines that no longer parse, are
 * passed over.
 *
 * <pre>{@code
 * FhirPatients.read(Path.of("export/Patient.ndjson"), Set.of(12L), (line, record) -> ...);
 * }</pre>
 */
public final class FhirPatients {
  private FhirPatients() {}

  /**
   * Hands each Patient at one of the given lines (an XML Bundle's entries by number, as the
   * assessment locates them) to the consumer, with her line.
   *
   * @throws IOException if the file cannot be read
   */
  public static void read(Path file, Set<Long> lines, BiConsumer<Long, ExposedRecord> patients)
      throws IOException {
    requireNonNull(lines, "lines");
    requireNonNull(patients, "patients");
    Optional<FhirFile.Kind> kind = FhirFile.kindOf(file, FhirFile.head(file));
    if (kind.isEmpty()) {
      return;
    }
    String source = file.toString();
    FhirFile.read(file, kind.get(), new FhirFile.Visitor() {
      @Override
      public void resource(FhirFile.Item item) {
        // A Bundle read whole (XML) is one item whose entries carry their numbers as lines.
        if (kind.get() != FhirFile.Kind.XML && !lines.contains(item.line())) {
          return;
        }
        try {
          FhirExtractReader.forEachResource(FhirExtractReader.parse(item.text(), kind.get()),
              item.line(), item.fullUrl(), (resource, entry, line, fullUrl) -> {
                if (resource instanceof Patient && lines.contains(line)) {
                  patients.accept(line, new ExposedRecord(new SourceLocation(source, line),
                      contactDetails((Patient) resource)));
                }
              });
        } catch (DataFormatException | ClassCastException e) {
          // rejected by the assessment already; nothing to read back
        }
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
      add(values, FieldType.PERSON_NAME, name.hasText() ? name.getText() : name.getNameAsSingleString());
      List<String> given = new ArrayList<>();
      List<String> initials = new ArrayList<>();
      for (StringType g : name.getGiven()) {
        (ResourceClassifier.isInitial(g) ? initials : given).add(g.getValue());
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
