package org.exposure.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ReportFolder;
import org.exposure.SkippedSource;
import org.exposure.SourceSummary;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.Notification;
import org.exposure.cohort.ReidentificationSummary;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.SeverityLevel;

/**
 * Writes {@code report.json} per DESIGN.md's contract: snake_case keys, none renamed, more may be added.
 * Holds counts, headers, locations and reasons; never an extract value.
 */
final class ReportJson {
  static final String FILE_NAME = ReportFolder.REPORT_JSON;
  static final String FORMAT_VERSION = "1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** Loads the JSON writer's classes: a small tree written to nowhere. */
  static void warmUp() throws IOException {
    ObjectNode tree = MAPPER.createObjectNode();
    tree.putObject("run").put("id", "").put("n", 1L).put("x", 0.5);
    tree.putArray("a").add("");
    MAPPER.writeValue(java.io.OutputStream.nullOutputStream(), tree);
  }

  /**
   * Writes the report of the result, with the identity of its run ({@link RunId}) as {@code run.id},
   * after {@code report_format}.
   */
  static void write(AnalysisResult result, String runId, Path file) throws IOException {
    ObjectNode tree = toTree(result);
    ObjectNode root = MAPPER.createObjectNode();
    root.set("report_format", tree.remove("report_format"));
    root.putObject("run").put("id", runId);
    root.setAll(tree);
    MAPPER.writeValue(file.toFile(), root);
  }

  /** The identity of the run recorded in a report, or empty if it holds none (an earlier version). */
  static String runId(JsonNode report) {
    return report.at("/run/id").asText("");
  }

  static ObjectNode toTree(AnalysisResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("report_format", FORMAT_VERSION);
    root.set("assessment", assessment(r.options()));
    root.set("input", input(r));
    ArrayNode fields = root.putArray("fields");
    for (FieldReport f : r.fields()) {
      ColumnClassification c = f.classification();
      ObjectNode field = fields.addObject()
          .put("source", c.source())
          .put("field", c.field())
          .put("type", c.type().name())
          .put("confidence", Math.round(c.confidence() * 1000) / 1000.0)
          .put("evidence", c.evidence())
          .put("values", f.values())
          .put("contradicting", f.contradicting());
      ObjectNode revealed = field.putObject("revealed");
      f.revealed().forEach((type, n) -> revealed.put(type.name(), n));
    }
    CohortSummary cohort = r.cohort();
    root.put("subjects", cohort.subjects());
    ObjectNode severity = root.putObject("severity");
    for (SeverityLevel level : SeverityLevel.values()) {
      severity.put(key(level), cohort.count(level));
    }
    ObjectNode fieldTypes = root.putObject("field_types");
    for (FieldType type : FieldType.values()) {
      fieldTypes.put(type.name(), cohort.count(type));
    }
    // Grades and harms are breakdowns too: their small cells are withheld like the others.
    int[] suppressed = {0};
    ObjectNode grades = root.putObject("result_grades");
    SmallCells.grades(cohort).forEach((grade, cell) -> publish(grades, key(grade), cell, suppressed,
        true));
    ObjectNode harms = root.putObject("harms");
    SmallCells.harms(cohort).forEach((harm, cell) -> publish(harms, key(harm), cell, suppressed, true));
    ObjectNode distribution = root.putObject("se_distribution");
    cohort.scoreDistribution()
        .forEach((se, n) -> distribution.put(String.format(Locale.ROOT, "%.2f", se), n));
    root.put("max_se", cohort.maxScore());
    root.set("breakdowns", breakdowns(cohort, suppressed));
    root.set("reidentification", reidentification(r.reidentification()));
    ObjectNode related = root.putObject("related_persons");
    related.put("count", r.relatedPersons().count());
    ObjectNode relatedTypes = related.putObject("field_types");
    r.relatedPersons().fieldTypes().forEach((type, n) -> relatedTypes.put(type.name(), n));
    root.set("notification", notification(r.notification()));
    ObjectNode policy = root.putObject("policy");
    r.options().policy().settings().forEach(policy::put);
    return root;
  }

  private static ObjectNode assessment(AnalysisOptions options) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("date", options.assessmentDate().toString());
    node.put("controller", key(options.controller()));
    circumstances(node.putObject("circumstances"), options.circumstances().breachWide());
    ObjectNode bySource = node.putObject("circumstances_by_source");
    options.circumstances().bySource().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> circumstances(bySource.putObject(e.getKey()), e.getValue()));
    return node;
  }

  private static void circumstances(ObjectNode node, BreachCircumstances c) {
    node.put("confidentiality", key(c.confidentiality()));
    node.put("integrity", key(c.integrity()));
    node.put("availability", key(c.availability()));
    node.put("malicious", c.malicious());
    node.put("unintelligible", c.unintelligible());
    node.put("cb", c.score());
  }

  private static ObjectNode input(AnalysisResult r) {
    ObjectNode input = MAPPER.createObjectNode();
    input.put("records_read", r.recordsRead());
    input.put("records_assessed", r.recordsAssessed());
    input.put("records_rejected", r.recordsRejected());
    input.put("records_without_personal_data", r.recordsWithoutPersonalData());
    ArrayNode rejections = input.putArray("rejections");
    for (Rejection rejection : r.rejections()) {
      rejections.addObject()
          .put("source", rejection.location().source())
          .put("line", rejection.location().line())
          .put("reason", rejection.reason());
    }
    input.put("rejections_listed", r.rejections().size());
    ArrayNode sources = input.putArray("sources");
    for (SourceSummary s : r.sources()) {
      sources.addObject()
          .put("source", s.source())
          .put("format", s.format())
          .put("encoding", s.encoding())
          .put("delimiter", s.delimiter())
          .put("records_read", s.recordsRead())
          .put("records_rejected", s.recordsRejected());
    }
    ArrayNode skipped = input.putArray("skipped_sources");
    for (SkippedSource s : r.skipped()) {
      skipped.addObject().put("source", s.source()).put("reason", s.reason());
    }
    return input;
  }

  /**
   * Subjects per level and field type, per region (a Dutch two-digit postcode as {@code "10"}, another
   * country's coarse area behind its country, {@code "US-021"}) and per age band. Cells withheld
   * by {@link SmallCells} are left out and counted in {@code suppressed_cells}, with those of {@code
   * result_grades} and {@code harms}; empty cells are left out too.
   */
  private static ObjectNode breakdowns(CohortSummary cohort, int[] suppressed) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("small_cell_threshold", CohortSummary.SMALL_CELL);
    Map<FieldType, Map<SeverityLevel, SmallCells.Cell>> byType = new EnumMap<>(FieldType.class);
    for (FieldType type : FieldType.values()) {
      byType.put(type, SmallCells.levels(cohort, type));
    }
    ObjectNode byLevel = node.putObject("level_by_field_type");
    for (SeverityLevel level : SeverityLevel.values()) {
      ObjectNode types = byLevel.putObject(key(level));
      byType.forEach((type, cells) -> publish(types, type.name(), cells.get(level), suppressed, false));
    }
    ObjectNode regions = node.putObject("regions");
    SmallCells.regions(cohort).forEach((region, cell) ->
        publish(regions, region, cell, suppressed, false));
    ObjectNode ages = node.putObject("age_bands");
    SmallCells.ageBands(cohort).forEach((band, cell) ->
        publish(ages, band.label(), cell, suppressed, false));
    node.put("suppressed_cells", suppressed[0]);
    return node;
  }

  /** Puts a cell, or leaves it out and counts it if withheld; zeros go in only if {@code zeros}. */
  private static void publish(ObjectNode node, String key, SmallCells.Cell cell, int[] suppressed,
      boolean zeros) {
    if (cell.withheld()) {
      suppressed[0]++;
    } else if (cell.count() > 0 || zeros) {
      node.put(key, cell.count());
    }
  }

  private static ObjectNode reidentification(ReidentificationSummary s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("model", "prosecutor (ARX sample risk; 1/k per subject)");
    node.put("subjects_with_quasi_identifiers", s.subjects());
    node.put("equivalence_classes", s.classes());
    node.put("sample_uniques", s.sampleUniques());
    node.put("threshold", s.threshold());
    node.put("records_at_risk", s.recordsAtRisk());
    node.put("share_at_risk", round(s.shareAtRisk()));
    node.put("highest_risk", round(s.highestRisk()));
    node.put("average_risk", round(s.averageRisk()));
    ObjectNode sets = node.putObject("subjects_by_quasi_identifiers");
    s.subjectsByQuasiIdentifiers().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sets.put(e.getKey(), e.getValue()));
    ObjectNode population = node.putObject("population");
    population.put("size", 17_900_000);
    population.put("source", "Koot, van 't Noordende and de Laat (2010), 2.7 M GBA records");
    ObjectNode rates = population.putObject("uniqueness");
    s.populationUniqueness().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> rates.put(e.getKey(), e.getValue()));
    population.put("estimated_unique_subjects", s.estimatedPopulationUniques());
    // Only Dutch figures are known: subjects elsewhere are not read against them, and the report says so.
    population.put("country", "NL");
    population.put("subjects_outside_population", s.subjectsOutsideNl());
    return node;
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static ObjectNode notification(Notification n) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("supervisory_authority", n.supervisoryAuthority());
    node.put("data_subjects", n.dataSubjects());
    node.put("more_than_100_individuals", n.moreThan100());
    node.put("unintelligible", n.unintelligible());
    ArrayNode reasons = node.putArray("reasons");
    n.reasons().forEach(reasons::add);
    return node;
  }

  private static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
