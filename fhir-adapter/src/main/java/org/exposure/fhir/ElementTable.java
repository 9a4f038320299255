package org.exposure.fhir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.exposure.fhir.ResourceExposure.Role;
import org.exposure.model.FieldType;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The element table of {@link FhirElements}, read once: for each resource type, its role, the element
 * naming its patient and the elements it exposes, each path cut into names with their hashes made
 * once. Walks a resource with HAPI's generated {@code getProperty(hash, name)} switches, the same
 * calls its typed getters make, never by reflection. Immutable and thread-safe.
 */
final class ElementTable {
  /** The table of {@link FhirElements}. */
  static final ElementTable R4 = new ElementTable(FhirElements.RESOURCES, FhirElements.EXTENSIONS,
      FhirElements.CODES, FhirElements.GENETIC_PROFILES);

  /** One step of a path: an element's name and its hash, as HAPI's switches want it. */
  record Step(String name, int hash) {
    static Step of(String name) {
      return new Step(name, name.hashCode());
    }
  }

  /**
   * One typed element of a resource type.
   *
   * @param path the path shown in reports, without a choice element's type ({@code Condition.onset})
   * @param steps the names from the resource down
   * @param type what the element holds
   * @param choice whether the last step is a choice element: its path then ends in its value's type
   * @param choicePaths the paths made so far, by the value's type (or, for an extension, the
   *     resource's type)
   * @param parts the paths of a name's, an address's, a telecom's parts under it; null for an
   *     extension, whose name or address is one value
   */
  record Element(String path, List<Step> steps, FieldType type, boolean choice,
      ConcurrentHashMap<String, String> choicePaths, ResourceClassifier.Paths parts) {
    /** The path of a value: a choice element's ends in the value's type ({@code onsetDateTime}). */
    String pathOf(Base value) {
      if (!choice) {
        return path;
      }
      return choicePaths.computeIfAbsent(value.fhirType(), t -> path
          + t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1));
    }

 /** An extension's path on a resource of the type ({@code Patient.extension(us-core-race)}). */
    String pathOn(String resourceType) {
      return choicePaths.computeIfAbsent(resourceType, t -> t + "." + path);
    }

    @Override
    public String toString() {
      return "Element[" + path + (choice ? "[x]" : "") + ", " + type + "]";
    }
  }

  /**
   * What the table says of one resource type.
   *
   * @param type the resource type
   * @param role what it is to the assessment
   * @param patient the element that names its patient; null for none
   * @param elements its typed elements, in the table's order
   */
  record ResourceRow(String type, Role role, Step patient, List<Element> elements) {}

  /**
   * What a resource's code or profile makes of its results.
   *
   * @param system the code's system; empty for a profile
   * @param type the results' type
   * @param tag the name their paths are tagged with
   */
  private record CodeRule(String system, FieldType type, String tag) {}

  private static final CodeRule GENETICS = new CodeRule("", FieldType.GENETIC_DATA, "genetics");

  private static final Step CODE = Step.of("code");

  private final Map<String, ResourceRow> resources;
  private final Map<String, Element> extensions;
  private final Map<String, List<CodeRule>> codes;
  private final List<String> geneticProfiles;

  ElementTable(String resources, String extensions, String codes, String geneticProfiles) {
    this.resources = parseResources(resources);
    this.extensions = parseExtensions(extensions);
    this.codes = parseCodes(codes);
    this.geneticProfiles = lines(geneticProfiles).stream().map(String::strip).toList();
  }

  /** The row of a resource type; null if the table does not name it. */
  ResourceRow row(String resourceType) {
    return resources.get(resourceType);
  }

  /** Every resource type of the table, with its row. */
  Map<String, ResourceRow> rows() {
    return resources;
  }

  /** Every extension of the table, by URL. */
  Map<String, Element> extensions() {
    return extensions;
  }

  /**
   * Adds what the resource exposes by the table's row for its type (which may be null) and by its
   * extensions, and notes its patient.
   */
  void expose(Resource resource, ResourceRow row, ResourceExposure e) {
    if (row != null) {
      // Her reference first: a provider element that names her is then known as hers.
      if (row.patient() != null) {
        Base[] values = resource.getProperty(row.patient().hash(), row.patient().name(), false);
        if (values != null) {
          for (Base value : values) {
            if (value instanceof Reference) {
              ResourceClassifier.about(resource, (Reference) value, e);
              if (e.patientReference != null) {
                break;
              }
            }
          }
        }
      }
      CodeRule results = resultType(resource);
      for (Element element : row.elements()) {
        if (results != null && element.type().isHealthResult()) {
          walk(resource, element, 0, results.type(), results.tag(), e);
        } else {
          walk(resource, element, 0, element.type(), null, e);
        }
      }
    }
    extensions(resource, e);
  }

  /** What the resource's results are by its code or profile; null if they are results. */
  private CodeRule resultType(Resource resource) {
    if (resource.hasMeta() && resource.getMeta().hasProfile()) {
      for (CanonicalType profile : resource.getMeta().getProfile()) {
        String url = profile.getValue();
        for (String prefix : geneticProfiles) {
          if (url != null && url.startsWith(prefix)) {
            return GENETICS;
          }
        }
      }
    }
    Base[] code = resource.getProperty(CODE.hash(), CODE.name(), false);
    if (code != null && code.length == 1 && code[0] instanceof CodeableConcept) {
      for (Coding coding : ((CodeableConcept) code[0]).getCoding()) {
        List<CodeRule> rules = coding.getCode() == null ? null : codes.get(coding.getCode());
        if (rules != null) {
          for (CodeRule rule : rules) {
            if (rule.system().equals(coding.getSystem())) {
              return rule;
            }
          }
        }
      }
    }
    return null;
  }

  /** Walks down the element's path; a tag (rare) is added to the path of what is found. */
  private static void walk(Base base, Element element, int depth, FieldType type, String tag,
      ResourceExposure e) {
    Step step = element.steps().get(depth);
    Base[] values = base.getProperty(step.hash(), step.name(), false);
    if (values == null) {
      return;
    }
    boolean leaf = depth == element.steps().size() - 1;
    for (Base value : values) {
      if (value == null) {
        continue;
      }
      if (leaf) {
        String path = element.pathOf(value);
        leaf(tag == null ? path : path + "(" + tag + ")", element, type, value, e);
      } else {
        walk(value, element, depth + 1, type, tag, e);
      }
    }
  }

  /** What a leaf holds, by its FHIR type. */
  private static void leaf(String path, Element element, FieldType type, Base value,
      ResourceExposure e) {
    if (value instanceof CodeableConcept) {
      ResourceClassifier.concept(path, type, (CodeableConcept) value, e);
    } else if (value instanceof Coding) {
      Coding c = (Coding) value;
      e.add(path, type, c.getCode());
      e.add(path, type, c.getDisplay());
    } else if (value instanceof Reference) {
      reference(path, type, (Reference) value, e);
    } else if (value instanceof Identifier) {
      e.add(path, type, ((Identifier) value).getValue());
    } else if (value instanceof HumanName) {
      ResourceClassifier.humanName(element.parts(), path, type, (HumanName) value, e);
    } else if (value instanceof Address) {
      ResourceClassifier.address(element.parts(), path, type, (Address) value, e);
    } else if (value instanceof ContactPoint && element.parts() != null) {
      ResourceClassifier.telecom(element.parts().telecom(), (ContactPoint) value, e);
    } else if (value instanceof Annotation) {
      e.add(path, type, ((Annotation) value).getText());
    } else if (value instanceof Attachment) {
      attachment(path, type, (Attachment) value, e);
    } else if (value instanceof Period) {
      Period p = (Period) value;
      FieldType date = dateType(type);
      e.add(path, date, p.getStartElement().getValueAsString());
      e.add(path, date, p.getEndElement().getValueAsString());
    } else if (value instanceof Quantity) {
      ResourceClassifier.quantity(path, type, (Quantity) value, e);
    } else if (value instanceof Range) {
      Range r = (Range) value;
      ResourceClassifier.quantity(path, type, r.getLow(), e);
      ResourceClassifier.quantity(path, type, r.getHigh(), e);
    } else if (value instanceof BaseDateTimeType) {
      e.add(path, dateType(type), ((BaseDateTimeType) value).getValueAsString());
    } else if (value.isPrimitive()) {
      e.add(path, type, value.primitiveValue());
    }
  }

  /**
   * A reference: its display, and its identifier's value where the element holds identifiers (a
   * provider's AGB code, a member number); a diagnosis's identifier is no diagnosis. A provider
   * element that refers to a Patient (Synthea lists her among her CareTeam's members) gives nothing:
   * her name is hers, not a provider's; so does one that names the resource's own patient.
   */
  private static void reference(String path, FieldType type, Reference r, ResourceExposure e) {
    if (type == FieldType.PROVIDER && (refersToPatient(r)
        || (e.patientReference != null && e.patientReference.equals(r.getReference())))) {
      return;
    }
    e.add(path, type, r.getDisplay());
    if (r.hasIdentifier() && (type == FieldType.PROVIDER || type == FieldType.RECORD_ID
        || type == FieldType.INSURANCE_ID || type == FieldType.NATIONAL_ID)) {
      e.add(path, type, r.getIdentifier().getValue());
    }
  }

  /** Whether a reference names a Patient by its type or its form ({@code Patient/id}). */
  private static boolean refersToPatient(Reference r) {
    if ("Patient".equals(r.getType())) {
      return true;
    }
    String reference = r.getReference();
    return reference != null && (reference.startsWith("Patient/") || reference.contains("/Patient/"));
  }

  /** A date's type: a birth date stays one; any other is the date of something clinical. */
  private static FieldType dateType(FieldType type) {
    return type == FieldType.BIRTH_DATE ? type : FieldType.CLINICAL_DATE;
  }

  /** An attachment: its title, and its data if it is text (a note, a report), decoded. */
  private static void attachment(String path, FieldType type, Attachment a, ResourceExposure e) {
    e.add(path, type, a.getTitle());
    String contentType = a.getContentType();
    if (a.hasData() && (contentType == null || contentType.startsWith("text/"))) {
      // HAPI has decoded the base64 already; a PDF or an image is left alone, its title counted.
      e.add(path, type, new String(a.getData(), StandardCharsets.UTF_8));
    }
  }

  /** The extensions of the resource that the table names. */
  private void extensions(Resource resource, ResourceExposure e) {
    if (!(resource instanceof DomainResource) || !((DomainResource) resource).hasExtension()) {
      return;
    }
    for (Extension x : ((DomainResource) resource).getExtension()) {
      Element element = x.getUrl() == null ? null : extensions.get(x.getUrl());
      if (element != null) {
        extension(element, element.pathOn(resource.fhirType()), x, 0, e);
      }
    }
  }

  /** An extension's value, or its nested extensions' values (two deep at most). */
  private static void extension(Element element, String path, Extension x, int depth,
      ResourceExposure e) {
    if (x.getValue() != null) {
      leaf(path, element, element.type(), x.getValue(), e);
    } else if (depth < 2) {
      for (Extension nested : x.getExtension()) {
        extension(element, path, nested, depth + 1, e);
      }
    }
  }

  // Reading the table.

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static Map<String, ResourceRow> parseResources(String text) {
    Map<String, ResourceRow> rows = new HashMap<>();
    String type = null;
    Role role = null;
    Step patient = null;
    List<Element> elements = new ArrayList<>();
    for (String line : lines(text)) {
      String[] cells = line.strip().split("\\s+");
      if (!line.startsWith(" ")) {
        if (type != null) {
          rows.put(type, new ResourceRow(type, role, patient, List.copyOf(elements)));
        }
        check(cells.length == 3, "a resource line has a type, a role and a patient element", line);
        type = cells[0];
        role = Role.valueOf(cells[1]);
        patient = cells[2].equals("-") ? null : Step.of(cells[2]);
        check((role == Role.ABOUT_PATIENT) == (patient != null),
            "a resource about a patient, and only one, names her element", line);
        check(!rows.containsKey(type), "a resource type appears once", line);
        elements = new ArrayList<>();
      } else {
        check(type != null && cells.length == 2, "an element line has a path and a type", line);
        elements.add(element(type, cells[0], FieldType.valueOf(cells[1]), line));
      }
    }
    if (type != null) {
      rows.put(type, new ResourceRow(type, role, patient, List.copyOf(elements)));
    }
    return Map.copyOf(rows);
  }

  private static Element element(String resourceType, String path, FieldType type, String line) {
    boolean choice = path.endsWith("[x]");
    String plain = choice ? path.substring(0, path.length() - 3) : path;
    check(!plain.contains("[") && !plain.isEmpty(), "only the last step is a choice", line);
    List<Step> steps = new ArrayList<>();
    for (String name : plain.split("\\.")) {
      steps.add(Step.of(name));
    }
    String shown = resourceType + "." + plain;
    return new Element(shown, List.copyOf(steps), type, choice, new ConcurrentHashMap<>(),
        ResourceClassifier.Paths.under(shown));
  }

  private static Map<String, Element> parseExtensions(String text) {
    Map<String, Element> extensions = new HashMap<>();
    for (String line : lines(text)) {
      String[] cells = line.strip().split("\\s+");
      check(cells.length == 2, "an extension line has a URL and a type", line);
      String url = cells[0];
      String name = url.substring(url.lastIndexOf('/') + 1);
      // Shown on the resource that carries it (Patient.extension(us-core-race)): see pathOn. Its
      // names and addresses are one value each, so it has no parts' paths.
      String shown = "extension(" + name + ")";
      extensions.put(url, new Element(shown, List.of(), FieldType.valueOf(cells[1]), false,
          new ConcurrentHashMap<>(), null));
    }
    return Map.copyOf(extensions);
  }

  private static Map<String, List<CodeRule>> parseCodes(String text) {
    Map<String, List<CodeRule>> codes = new HashMap<>();
    for (String line : lines(text)) {
      String[] cells = line.strip().split("\\s+", 5);
      check(cells.length >= 4, "a code line has a system, a code, a type and a tag", line);
      codes.computeIfAbsent(cells[1], c -> new ArrayList<>())
          .add(new CodeRule(cells[0], FieldType.valueOf(cells[2]), cells[3]));
    }
    Map<String, List<CodeRule>> copy = new HashMap<>();
    codes.forEach((code, rules) -> copy.put(code, List.copyOf(rules)));
    return Map.copyOf(copy);
  }

  private static void check(boolean condition, String rule, String line) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "FHIR element table: %s; line '%s'", rule, line.strip()));
    }
  }
}
