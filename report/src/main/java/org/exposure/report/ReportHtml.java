package org.exposure.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.exposure.AnalysisResult;
import org.exposure.ReportFolder;
import org.exposure.SkippedSource;
import org.exposure.SourceSummary;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.Notification;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.model.ResultGrade;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.SeverityLevel;

/**
 * {@code report.html}: the assessment as a DPO reads it, files it and takes it to the board and the
 * supervisory authority. One self-contained file (inline CSS and SVG charts, no script, no font, no
 * network), readable in any browser and printable. In English or Dutch: the page is the FreeMarker
 * template {@code report.ftlh}, whose output format escapes every value, and its sentences are the
 * message bundles {@code messages*.properties}. Like every output it holds counts, field names,
 * evidence and locations only, never an extract value; cells of fewer than {@value
 * CohortSummary#SMALL_CELL} subjects, and the cells withheld with them, are shown as "withheld", not
 * counted, as report.json withholds them ({@link SmallCells}).
 *
 * <p>Stateless; the template configuration is shared and thread-safe.
 */
final class ReportHtml {
  static final String FILE_NAME = ReportFolder.REPORT_HTML;
  private static final String RUN_META = "<meta name=\"exposure-run\" content=\"";
  private static final Configuration TEMPLATES = templates();

  private final AnalysisResult r;
  private final ResourceBundle messages;
  private final Locale numbers;

  private ReportHtml(AnalysisResult result, Locale locale) {
    this.r = result;
    boolean dutch = locale.getLanguage().equals("nl");
    // English is the base bundle: no fallback to the machine's locale for another language.
    this.messages = ResourceBundle.getBundle("org.exposure.report.messages",
        dutch ? Locale.forLanguageTag("nl") : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.numbers = dutch ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
  }

  /**
   * Loads the template engine's classes and parses the report's template on a thread of its own,
   * while the analysis runs: a few hundred classes and a parse that would otherwise wait, on one
   * core, until the last subject is scored. A failure here is left to the report's own rendering to
   * raise.
   */
  static void warmUpInBackground() {
    Thread warmUp = new Thread(() -> {
      try {
        TEMPLATES.getTemplate("report.ftlh");
        ReportJson.warmUp();
      } catch (IOException | RuntimeException e) {
        // rendering reads the template again and reports what failed
      }
    }, "exposure-report-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  private static Configuration templates() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_32);
    c.setClassForTemplateLoading(ReportHtml.class, "");
    c.setDefaultEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    return c;
  }

  /**
   * A region's label in the chart: a Dutch PC2 as {@code "PC 10"}, a US ZIP3 as {@code "ZIP3 021"}, a UK
   * postcode area as {@code "UK SW"}, another country's two digits behind it ({@code "BE 10"}).
   */
  static String regionLabel(String key) {
    int dash = key.indexOf('-');
    if (dash < 0) {
      return "PC " + key;
    }
    String country = key.substring(0, dash);
    String area = key.substring(dash + 1);
    return switch (country) {
      case "US" -> "ZIP3 " + area;
      case "GB" -> "UK " + area;
      default -> country + " " + area;
    };
  }

  /**
   * Writes the report of the result to the file in the locale's language (Dutch, or else English),
   * with the identity of its run ({@link RunId}) in a {@code <meta name="exposure-run">} of its head.
   */
  static void write(AnalysisResult result, Locale locale, String runId, Path file)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new ReportHtml(result, locale).render(runId, out);
    }
  }

  /** The report as text, without a run identity. */
  static String render(AnalysisResult result, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      new ReportHtml(result, locale).render(null, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The run identity a report's text records, or empty if none. */
  static String runId(String html) {
    int at = html.indexOf(RUN_META);
    if (at < 0) {
      return "";
    }
    int start = at + RUN_META.length();
    int end = html.indexOf('"', start);
    return end < 0 ? "" : html.substring(start, end);
  }

  private void render(String runId, Writer out) throws IOException {
    Map<String, Object> model = model();
    if (runId != null) {
      model.put("runId", runId);
    }
    Template template = TEMPLATES.getTemplate("report.ftlh");
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      // A fault of the template or model, never of the input: no value of the extract in it.
      throw new IllegalStateException("report.ftlh cannot be rendered: " + e.getMessageWithoutStackTop(),
          e);
    }
  }

  /** A sentence of the bundle with its values set in for {0}, {1}...: the template's {@code t}. */
  private Object sentence(List<?> args) throws TemplateModelException {
    if (args.isEmpty()) {
      throw new TemplateModelException("t(key, values...) needs a key");
    }
    String text = messages.getString(scalar(args.get(0)));
    for (int i = 1; i < args.size(); i++) {
      text = text.replace("{" + (i - 1) + "}", scalar(args.get(i)));
    }
    return text;
  }

  private static String scalar(Object model) throws TemplateModelException {
    if (model instanceof TemplateScalarModel s) {
      return s.getAsString();
    }
    throw new TemplateModelException("t(...) takes text only; the model gives text");
  }

  private String t(String key) {
    return messages.getString(key);
  }

  private Map<String, Object> model() {
    CohortSummary c = r.cohort();
    Notification n = r.notification();
    BreachCircumstances b = r.options().circumstances().breachWide();
    Map<String, Object> m = new HashMap<>();
    // The population's rates are Dutch: the page says so where some subjects live elsewhere.
    long outsideNl = r.reidentification().subjectsOutsideNl();
    m.put("outsideNl", outsideNl > 0 ? String.format(Locale.ROOT, "%,d", outsideNl) : "");
    m.put("t", (TemplateMethodModelEx) this::sentence);
    m.put("lang", messages.getLocale().getLanguage().isEmpty() ? "en"
        : messages.getLocale().getLanguage());
    m.put("date", r.options().assessmentDate().toString());
    m.put("policyVersion", r.options().policy().version());
    m.put("subjects", num(c.subjects()));
    List<Map<String, Object>> levels = new ArrayList<>();
    List<Map<String, Object>> present = new ArrayList<>();
    for (SeverityLevel level : levelsHighFirst()) {
      Map<String, Object> l = Map.of("css", level.name().toLowerCase(Locale.ROOT),
          "count", num(c.count(level)), "name", levelName(level),
          "description", levelDescription(level));
      levels.add(l);
      if (c.count(level) > 0) {
        present.add(l);
      }
    }
    m.put("levels", levels);
    m.put("allLevels", levels);
    m.put("levelsPresent", present);
    m.put("authority", n.supervisoryAuthority());
    m.put("toInform", num(n.dataSubjects()));
    m.put("informedLevels", informedLevels());
    if (r.relatedPersons().count() > 0) {
      m.put("related", num(r.relatedPersons().count()));
    }
    m.put("reasons", n.reasons());
    m.put("circumstances", b.describe());
    m.put("unintelligible", b.unintelligible());
    m.put("bySource", !r.options().circumstances().bySource().isEmpty());
    m.put("charts", charts(c));
    m.put("malicious", b.malicious());
    m.put("confidentiality", b.confidentiality().name().toLowerCase(Locale.ROOT));
    m.put("integrity", b.integrity().name().toLowerCase(Locale.ROOT));
    m.put("availability", b.availability().name().toLowerCase(Locale.ROOT));
    m.put("records", num(r.recordsAssessed()));
    List<String> categories = new ArrayList<>();
    for (FieldType type : FieldType.values()) {
      if (type != FieldType.OTHER && c.count(type) > 0) {
        categories.add(type.name());
      }
    }
    m.put("categories", String.join(", ", categories));
    // The DPC rules: a test type reveals screening participation, a health controller's list health.
    m.put("health", c.count(FieldType.TEST_RESULT) + c.count(FieldType.DIAGNOSIS)
        + c.count(FieldType.TEST_TYPE) > 0 || r.options().controller() == ControllerType.HEALTH);
    // As the harms chart and report.json publish them: a withheld count is not printed here either.
    List<Map<String, Object>> harms = new ArrayList<>();
    SmallCells.harms(c).forEach((harm, cell) -> {
      if (cell.count() > 0 || cell.withheld()) {
        harms.add(Map.of("name", harm.displayName(), "withheld", cell.withheld(),
            "count", num(cell.count())));
      }
    });
    m.put("harms", harms);
    m.put("recordsRead", num(r.recordsRead()));
    m.put("recordsAssessed", num(r.recordsAssessed()));
    m.put("recordsRejected", num(r.recordsRejected()));
    List<Map<String, Object>> sources = new ArrayList<>();
    for (SourceSummary s : r.sources()) {
      sources.add(Map.of("source", s.source(), "format", s.format(), "read", num(s.recordsRead()),
          "rejected", num(s.recordsRejected())));
    }
    m.put("sources", sources);
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (SkippedSource s : r.skipped()) {
      skipped.add(Map.of("source", s.source(), "reason", s.reason()));
    }
    m.put("skipped", skipped);
    List<Map<String, Object>> fields = new ArrayList<>();
    for (FieldReport f : r.fields()) {
      fields.add(Map.of("source", f.classification().source(), "field", f.classification().field(),
          "type", f.classification().type().name(), "evidence", f.classification().evidence(),
          "confidence", String.format(Locale.ROOT, "%.2f", f.classification().confidence())));
    }
    m.put("fields", fields);
    Map<String, Long> reasons = new TreeMap<>();
    for (Rejection rejection : r.rejections()) {
      reasons.merge(rejection.reason(), 1L, Long::sum);
    }
    List<Map<String, Object>> rejections = new ArrayList<>();
    reasons.forEach((reason, count) -> rejections.add(Map.of("reason", reason, "count", num(count))));
    m.put("rejectionReasons", rejections);
    m.put("rejectionsListed", num(r.rejections().size()));
    List<Map<String, Object>> policy = new ArrayList<>();
    r.options().policy().settings().forEach((key, value) ->
        policy.add(Map.of("key", key, "value", String.valueOf(value))));
    m.put("policy", policy);
    return m;
  }

  private List<Map<String, Object>> charts(CohortSummary c) {
    List<Map<String, Object>> charts = new ArrayList<>();
    Map<String, Long> levels = new LinkedHashMap<>();
    for (SeverityLevel level : levelsHighFirst()) {
      levels.put(levelName(level), c.count(level));
    }
    charts.add(chart("levels", exact(levels)));
    Map<String, Long> types = new LinkedHashMap<>();
    for (FieldType type : FieldType.values()) {
      if (type != FieldType.OTHER && c.count(type) > 0) {
        types.put(type.name(), c.count(type));
      }
    }
    charts.add(chart("field-types", exact(types)));
    Map<String, Long> se = new LinkedHashMap<>();
    c.scoreDistribution()
        .forEach((score, n) -> se.put(String.format(Locale.ROOT, "SE %.2f", score), n));
    charts.add(chart("se", exact(se)));
    // The breakdowns withhold the cells report.json withholds (SmallCells): the two never disagree.
    Map<String, SmallCells.Cell> regions = new TreeMap<>();
    // Subjects without a postcode and without a result are charted only if withheld: shown, so
    // that the reader sees which cells hide the withheld subjects.
    SmallCells.regions(c).forEach((region, cell) -> {
      boolean unknown = region.equals("unknown");
      if ((!unknown && cell.count() > 0) || cell.withheld()) {
        regions.put(unknown ? t("region.unknown") : regionLabel(region), cell);
      }
    });
    charts.add(chart("regions", regions));
    Map<String, SmallCells.Cell> ages = new LinkedHashMap<>();
    SmallCells.ageBands(c).forEach((band, cell) -> ages.put(band.label(), cell));
    charts.add(chart("ages", ages));
    Map<String, SmallCells.Cell> grades = new LinkedHashMap<>();
    SmallCells.grades(c).forEach((grade, cell) -> {
      if (grade != ResultGrade.NONE || cell.withheld()) {
        grades.put(grade.name().toLowerCase(Locale.ROOT).replace('_', ' '), cell);
      }
    });
    charts.add(chart("grades", grades));
    Map<String, SmallCells.Cell> harms = new LinkedHashMap<>();
    SmallCells.harms(c).forEach((harm, cell) -> harms.put(harm.displayName(), cell));
    charts.add(chart("harms", harms));
    return charts;
  }

  /** Counts published as they are: levels, field types and SE. */
  private static Map<String, SmallCells.Cell> exact(Map<String, Long> counts) {
    Map<String, SmallCells.Cell> cells = new LinkedHashMap<>();
    counts.forEach((key, n) -> cells.put(key, new SmallCells.Cell(n, false)));
    return cells;
  }

  /**
   * A horizontal bar chart's rows: a withheld cell has no bar and reads "withheld", never its number,
   * and never a label that tells a small cell from the cells withheld with it.
   */
  private Map<String, Object> chart(String id, Map<String, SmallCells.Cell> data) {
    long max = 1;
    for (SmallCells.Cell cell : data.values()) {
      max = Math.max(max, cell.withheld() ? 0 : cell.count());
    }
    int rowHeight = 22;
    List<Map<String, Object>> rows = new ArrayList<>();
    int y = 5;
    for (Map.Entry<String, SmallCells.Cell> e : data.entrySet()) {
      SmallCells.Cell cell = e.getValue();
      double width = cell.withheld() ? 0 : 300.0 * cell.count() / max;
      rows.add(Map.of("label", e.getKey(), "textY", String.valueOf(y + 15),
          "barY", String.valueOf(y + 2), "width", String.format(Locale.ROOT, "%.1f", width),
          "countX", String.format(Locale.ROOT, "%.1f", 196 + width),
          "count", cell.withheld() ? t("withheld") : num(cell.count())));
      y += rowHeight;
    }
    return Map.of("id", id, "rows", rows,
        "height", String.valueOf(Math.max(1, data.size()) * rowHeight + 10));
  }

  /** The levels whose subjects are informed, from the policy's {@code inform.from}: "high or very high". */
  private String informedLevels() {
    List<String> names = new ArrayList<>();
    for (SeverityLevel level : SeverityLevel.values()) {
      if (level.compareTo(r.options().policy().informFrom()) >= 0) {
        names.add(levelName(level).toLowerCase(Locale.ROOT));
      }
    }
    int last = names.size() - 1;
    return last == 0 ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " " + t("or") + " " + names.get(last);
  }

  private static List<SeverityLevel> levelsHighFirst() {
    return List.of(SeverityLevel.VERY_HIGH, SeverityLevel.HIGH, SeverityLevel.MEDIUM, SeverityLevel.LOW);
  }

  /** The level's name in the report's language: the bundle's, else the risk model's own. */
  private String levelName(SeverityLevel level) {
    String key = "level." + level.name();
    return messages.containsKey(key) ? messages.getString(key) : level.displayName();
  }

  private String levelDescription(SeverityLevel level) {
    String key = "level." + level.name() + ".description";
    return messages.containsKey(key) ? messages.getString(key) : level.description();
  }

  private String num(long n) {
    return String.format(numbers, "%,d", n);
  }
}
