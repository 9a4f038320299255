package org.exposure.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * network), readable in any browser and printable. In English or Dutch. Like every output it holds
 * counts, field names, evidence and locations only, never an extract value; cells of fewer than {@value
 * CohortSummary#SMALL_CELL} subjects, and the cells withheld with them, are shown as "withheld", not
 * counted, as report.json withholds them ({@link SmallCells}).
 */
final class ReportHtml {
  /** The report's languages. */
  enum Lang { EN, NL }

  static final String FILE_NAME = ReportFolder.REPORT_HTML;

  private final AnalysisResult r;
  private final Lang lang;
  private final StringBuilder html = new StringBuilder(64 * 1024);
  /** The identity of the run, for the head; none when only rendered. */
  private String runId;

  private ReportHtml(AnalysisResult result, Lang lang) {
    this.r = result;
    this.lang = lang;
  }

  /**
   * Writes the report of the result to the file, with the identity of its run ({@link RunId}) in a
   * {@code <meta name="exposure-run">} of its head.
   */
  static void write(AnalysisResult result, Locale locale, String runId, Path file)
      throws IOException {
    ReportHtml report = new ReportHtml(result,
        locale.getLanguage().equals("nl") ? Lang.NL : Lang.EN);
    report.runId = runId;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(report.build());
    }
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

  private static final String RUN_META = "<meta name=\"exposure-run\" content=\"";

  /** The report as text. */
  static String render(AnalysisResult result, Lang lang) {
    return new ReportHtml(result, lang).build();
  }

  private String t(String en, String nl) {
    return lang == Lang.NL ? nl : en;
  }

  private String build() {
    CohortSummary c = r.cohort();
    Notification n = r.notification();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang.name().toLowerCase(Locale.ROOT))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    if (runId != null) {
      html.append(RUN_META).append(esc(runId)).append("\">\n");
    }
    html.append("<title>")
        .append(t("Data breach impact assessment", "Beoordeling van de impact van het datalek"))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(t("Data breach impact assessment", "Impact van het datalek"))
        .append("</h1>\n<p class=\"meta\">")
        .append(t("Assessed on ", "Beoordeeld op ")).append(r.options().assessmentDate())
        .append(t(" with policy ", " met beleid ")).append(esc(r.options().policy().version()))
        .append(t(" (ENISA 2013 method)", " (methode van ENISA, 2013)")).append("</p>\n");
    headline(c, n);
    charts(c);
    art33(c, n);
    sources();
    methodology();
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private void headline(CohortSummary c, Notification n) {
    html.append("<section class=\"headline\">\n<div class=\"big\"><span>").append(num(c.subjects()))
        .append("</span>").append(t("data subjects affected", "betrokkenen geraakt")).append("</div>\n");
    html.append("<table class=\"levels\"><tr>");
    for (SeverityLevel level : levelsHighFirst()) {
      html.append("<td class=\"").append(level.name().toLowerCase(Locale.ROOT)).append("\"><b>")
          .append(num(c.count(level))).append("</b><br>").append(levelName(level)).append("</td>");
    }
    html.append("</tr></table>\n<ul class=\"verdict\">\n<li><b>")
        .append(n.supervisoryAuthority()
            ? t("Notify the supervisory authority: yes", "Melden bij de Autoriteit Persoonsgegevens: ja")
            : t("Notify the supervisory authority: no", "Melden bij de Autoriteit Persoonsgegevens: nee"))
        .append("</b> ").append(t("(within 72 hours of becoming aware, GDPR Art. 33)",
            "(binnen 72 uur na ontdekking, AVG art. 33)")).append("</li>\n<li><b>")
        .append(t("Data subjects to inform: ", "Betrokkenen te informeren: "))
        .append(num(n.dataSubjects())).append("</b> ")
        .append("(").append(informedLevels()).append(t(" risk, GDPR Art. 34)", " risico, AVG art. 34)"))
        .append("</li>\n");
    if (r.relatedPersons().count() > 0) {
      html.append("<li>").append(t("People named in their records (partners, contacts): ",
          "Personen genoemd in hun dossiers (partners, contactpersonen): "))
          .append(num(r.relatedPersons().count())).append("</li>\n");
    }
    html.append("</ul>\n<h3>").append(t("Why", "Waarom")).append("</h3>\n<ul>\n");
    for (String reason : n.reasons()) {
      html.append("<li>").append(esc(reason)).append("</li>\n");
    }
    html.append("</ul>\n<h3>").append(t("Breach circumstances assumed", "Aangenomen omstandigheden"))
        .append("</h3>\n<ul>\n");
    BreachCircumstances b = r.options().circumstances().breachWide();
    for (String line : b.describe()) {
      html.append("<li>").append(esc(line)).append("</li>\n");
    }
    html.append("<li>").append(b.unintelligible()
        ? t("data unintelligible to the attacker", "gegevens onleesbaar voor de aanvaller")
        : t("data intelligible to the attacker", "gegevens leesbaar voor de aanvaller")).append("</li>\n");
    if (!r.options().circumstances().bySource().isEmpty()) {
      html.append("<li>").append(t("some sources have circumstances of their own (see report.json)",
          "sommige bronnen hebben eigen omstandigheden (zie report.json)")).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private void charts(CohortSummary c) {
    html.append("<section>\n<h2>").append(t("Who was exposed, to what", "Wie, en wat"))
        .append("</h2>\n<div class=\"charts\">\n");
    Map<String, Long> levels = new LinkedHashMap<>();
    for (SeverityLevel level : levelsHighFirst()) {
      levels.put(levelName(level), c.count(level));
    }
    chart("levels", t("Subjects per severity level", "Betrokkenen per ernstniveau"), exact(levels));
    Map<String, Long> types = new LinkedHashMap<>();
    for (FieldType type : FieldType.values()) {
      if (type != FieldType.OTHER && c.count(type) > 0) {
        types.put(type.name(), c.count(type));
      }
    }
    chart("field-types", t("Subjects per exposed field type", "Betrokkenen per soort gegeven"),
        exact(types));
    Map<String, Long> se = new LinkedHashMap<>();
    c.scoreDistribution()
        .forEach((score, n) -> se.put(String.format(Locale.ROOT, "SE %.2f", score), n));
    chart("se", t("Distribution of the severity score (SE)", "Verdeling van de ernstscore (SE)"),
        exact(se));
    // The breakdowns withhold the cells report.json withholds (SmallCells): the two never disagree.
    Map<String, SmallCells.Cell> regions = new TreeMap<>();
    // Subjects without a postcode and without a result are charted only if withheld: shown, so
    // that the reader sees which cells hide the withheld subjects.
    SmallCells.regions(c).forEach((pc2, cell) -> {
      if ((pc2 != 0 && cell.count() > 0) || cell.withheld()) {
        regions.put(pc2 == 0 ? t("unknown", "onbekend") : "PC " + pc2, cell);
      }
    });
    chart("regions", t("Subjects per region (first two postcode digits)",
        "Betrokkenen per regio (eerste twee cijfers van de postcode)"), regions);
    Map<String, SmallCells.Cell> ages = new LinkedHashMap<>();
    SmallCells.ageBands(c).forEach((band, cell) -> ages.put(band.label(), cell));
    chart("ages", t("Subjects per age band", "Betrokkenen per leeftijdsgroep"), ages);
    Map<String, SmallCells.Cell> grades = new LinkedHashMap<>();
    SmallCells.grades(c).forEach((grade, cell) -> {
      if (grade != ResultGrade.NONE || cell.withheld()) {
        grades.put(grade.name().toLowerCase(Locale.ROOT).replace('_', ' '), cell);
      }
    });
    chart("grades", t("Subjects per most alarming result", "Betrokkenen per ernstigste uitslag"),
        grades);
    Map<String, SmallCells.Cell> harms = new LinkedHashMap<>();
    SmallCells.harms(c).forEach((harm, cell) -> harms.put(harm.displayName(), cell));
    chart("harms", t("Subjects open to each harm", "Betrokkenen per mogelijk nadeel"), harms);
    html.append("</div>\n<p class=\"note\">").append(t("withheld: fewer than 5 subjects, or a cell "
        + "withheld with such a cell so that it cannot be worked out from the total; not counted, so "
        + "that no one is singled out.", "afgeschermd: minder dan 5 betrokkenen, of een cel die met "
        + "zo'n cel wordt afgeschermd zodat die niet uit het totaal valt af te leiden; niet geteld, "
        + "zodat niemand herkenbaar wordt.")).append("</p>\n</section>\n");
  }

  /** Counts published as they are: levels, field types and SE. */
  private static Map<String, SmallCells.Cell> exact(Map<String, Long> counts) {
    Map<String, SmallCells.Cell> cells = new LinkedHashMap<>();
    counts.forEach((key, n) -> cells.put(key, new SmallCells.Cell(n, false)));
    return cells;
  }

  /**
   * A published count: every withheld cell as "withheld", never its number, and never a label that
   * tells a small cell from the cells withheld with it.
   */
  private String count(SmallCells.Cell cell) {
    return cell.withheld() ? t("withheld", "afgeschermd") : num(cell.count());
  }

  /** A horizontal bar chart in inline SVG; a withheld cell has no bar. */
  private void chart(String id, String title, Map<String, SmallCells.Cell> data) {
    long max = 1;
    for (SmallCells.Cell cell : data.values()) {
      max = Math.max(max, cell.withheld() ? 0 : cell.count());
    }
    int rowHeight = 22;
    int height = Math.max(1, data.size()) * rowHeight + 10;
    html.append("<figure class=\"chart\" id=\"chart-").append(id).append("\">\n<figcaption>")
        .append(esc(title)).append("</figcaption>\n<svg role=\"img\" width=\"560\" height=\"")
        .append(height).append("\" viewBox=\"0 0 560 ").append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int y = 5;
    for (Map.Entry<String, SmallCells.Cell> e : data.entrySet()) {
      SmallCells.Cell cell = e.getValue();
      double width = cell.withheld() ? 0 : 300.0 * cell.count() / max;
      html.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(e.getKey()))
          .append("</text>");
      html.append(String.format(Locale.ROOT,
          "<rect class=\"bar\" x=\"190\" y=\"%d\" width=\"%.1f\" height=\"16\"></rect>", y + 2, width));
      html.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>\n",
          196 + width, y + 15, count(cell)));
      y += rowHeight;
    }
    html.append("</svg>\n</figure>\n");
  }

  /** The draft content of the notification to the supervisory authority. */
  private void art33(CohortSummary c, Notification n) {
    long records = r.recordsAssessed();
    List<String> categories = new ArrayList<>();
    for (FieldType type : FieldType.values()) {
      if (type != FieldType.OTHER && c.count(type) > 0) {
        categories.add(type.name());
      }
    }
    html.append("<section class=\"art33\">\n<h2>")
        .append(t("Draft notification to the supervisory authority (GDPR Art. 33)",
            "Concept-melding aan de Autoriteit Persoonsgegevens (AVG art. 33)"))
        .append("</h2>\n<p class=\"note\">").append(t("A draft from the assessment: check and complete "
            + "every part before it is filed.", "Een concept uit de beoordeling: controleer en vul elk "
            + "deel aan voordat het wordt ingediend.")).append("</p>\n<dl>\n");
    BreachCircumstances b = r.options().circumstances().breachWide();
    html.append("<dt>").append(t("Nature of the breach", "Aard van het lek")).append("</dt><dd>")
        .append(b.malicious()
            ? t("Intentional (e.g. theft or ransomware); ", "Opzettelijk (bijvoorbeeld diefstal of "
                + "ransomware); ")
            : t("Not known to be intentional; ", "Niet bekend als opzettelijk; "))
        .append(t("loss of confidentiality: ", "verlies van vertrouwelijkheid: "))
        .append(b.confidentiality().name().toLowerCase(Locale.ROOT))
        .append(t("; loss of integrity: ", "; verlies van integriteit: "))
        .append(b.integrity().name().toLowerCase(Locale.ROOT))
        .append(t("; loss of availability: ", "; verlies van beschikbaarheid: "))
        .append(b.availability().name().toLowerCase(Locale.ROOT)).append(".</dd>\n");
    html.append("<dt>").append(t("Categories and approximate number of data subjects",
        "Categorieën en geschat aantal betrokkenen")).append("</dt><dd>").append(num(c.subjects()))
        .append(t(" data subjects", " betrokkenen"));
    if (r.relatedPersons().count() > 0) {
      html.append(t(", and ", ", en ")).append(num(r.relatedPersons().count()))
          .append(t(" people named in their records", " personen genoemd in hun dossiers"));
    }
    html.append(".</dd>\n<dt>").append(t("Categories and approximate number of personal data records",
        "Categorieën en geschat aantal registraties")).append("</dt><dd>").append(num(records))
        .append(t(" records, exposing: ", " registraties, met: ")).append(esc(String.join(", ",
            categories)))
        // The DPC rules: a test type reveals screening participation, a health controller's list health.
        .append(c.count(FieldType.TEST_RESULT) + c.count(FieldType.DIAGNOSIS)
            + c.count(FieldType.TEST_TYPE) > 0 || r.options().controller() == ControllerType.HEALTH
            ? t(" (health data, a special category under Art. 9)",
                " (gezondheidsgegevens, een bijzondere categorie onder art. 9)") : "")
        .append(".</dd>\n");
    html.append("<dt>").append(t("Likely consequences", "Waarschijnlijke gevolgen")).append("</dt><dd><ul>");
    // As the harms chart and report.json publish them: a withheld count is not printed here either.
    SmallCells.harms(c).forEach((harm, cell) -> {
      if (cell.count() > 0 || cell.withheld()) {
        html.append("<li>").append(esc(harm.displayName())).append(": ").append(count(cell))
            .append(cell.withheld() ? "" : t(" subjects", " betrokkenen")).append("</li>");
      }
    });
    for (SeverityLevel level : levelsHighFirst()) {
      if (c.count(level) > 0) {
        html.append("<li>").append(num(c.count(level))).append(" × ").append(levelName(level))
            .append(": ").append(esc(levelDescription(level))).append("</li>");
      }
    }
    html.append("</ul></dd>\n<dt>").append(t("Measures taken or proposed", "Genomen of voorgestelde "
        + "maatregelen")).append("</dt><dd><ul><li>")
        .append(t("Inform the ", "De ")).append(num(n.dataSubjects()))
        .append(t(" data subjects at ", " betrokkenen met een ")).append(informedLevels())
        .append(t(" risk, with the notification list (notification-list.csv) to find them in our own "
            + "systems.", " risico informeren, met de notificatielijst (notification-list.csv) om hen in "
            + "onze eigen systemen te vinden."))
        .append("</li><li>").append(t("Warn them of phishing and identity fraud in their name.",
            "Hen waarschuwen voor phishing en identiteitsfraude op hun naam."))
        .append("</li><li>").append(t("[to complete: containment, recovery, reporting to the police]",
            "[aan te vullen: indamming, herstel, aangifte bij de politie]"))
        .append("</li></ul></dd>\n</dl>\n</section>\n");
  }

  private void sources() {
    html.append("<section>\n<h2>").append(t("What was read", "Wat is gelezen")).append("</h2>\n<p>")
        .append(num(r.recordsRead())).append(t(" records read, ", " registraties gelezen, "))
        .append(num(r.recordsAssessed())).append(t(" assessed, ", " beoordeeld, "))
        .append(num(r.recordsRejected())).append(t(" rejected.", " geweigerd.")).append("</p>\n");
    html.append("<table>\n<tr><th>").append(t("Source", "Bron")).append("</th><th>")
        .append(t("Format", "Formaat")).append("</th><th>").append(t("Records", "Registraties"))
        .append("</th><th>").append(t("Rejected", "Geweigerd")).append("</th></tr>\n");
    for (SourceSummary s : r.sources()) {
      html.append("<tr><td>").append(esc(s.source())).append("</td><td>").append(esc(s.format()))
          .append("</td><td class=\"n\">").append(num(s.recordsRead())).append("</td><td class=\"n\">")
          .append(num(s.recordsRejected())).append("</td></tr>\n");
    }
    for (SkippedSource s : r.skipped()) {
      html.append("<tr><td>").append(esc(s.source())).append("</td><td colspan=\"3\">")
          .append(t("skipped: ", "overgeslagen: ")).append(esc(s.reason())).append("</td></tr>\n");
    }
    html.append("</table>\n<h3>").append(t("Fields found", "Gevonden velden")).append("</h3>\n<table>\n<tr><th>")
        .append(t("Source", "Bron")).append("</th><th>").append(t("Field", "Veld")).append("</th><th>")
        .append(t("Type", "Soort")).append("</th><th>").append(t("Confidence", "Zekerheid"))
        .append("</th><th>").append(t("Evidence", "Onderbouwing")).append("</th></tr>\n");
    for (FieldReport f : r.fields()) {
      html.append("<tr><td>").append(esc(f.classification().source())).append("</td><td>")
          .append(esc(f.classification().field())).append("</td><td>")
          .append(f.classification().type().name()).append("</td><td class=\"n\">")
          .append(String.format(Locale.ROOT, "%.2f", f.classification().confidence()))
          .append("</td><td>").append(esc(f.classification().evidence())).append("</td></tr>\n");
    }
    html.append("</table>\n");
    Map<String, Long> reasons = new TreeMap<>();
    for (Rejection rejection : r.rejections()) {
      reasons.merge(rejection.reason(), 1L, Long::sum);
    }
    if (!reasons.isEmpty()) {
      html.append("<h3>").append(t("Rejected records by reason", "Geweigerde registraties per reden"))
          .append("</h3>\n<p class=\"note\">").append(t("Of the first ", "Van de eerste "))
          .append(num(r.rejections().size())).append(t(" listed in report.json, with their lines.",
              " in report.json, met hun regels.")).append("</p>\n<table>\n");
      reasons.forEach((reason, count) -> html.append("<tr><td>").append(esc(reason))
          .append("</td><td class=\"n\">").append(num(count)).append("</td></tr>\n"));
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private void methodology() {
    html.append("<section>\n<h2>").append(t("Method", "Methode")).append("</h2>\n<p>")
        .append(t("Each data subject is scored with ENISA's method (2013): SE = DPC × EI + CB, the "
            + "context of the data times the ease of identifying her, plus the circumstances of the "
            + "breach. The levels mean:", "Elke betrokkene krijgt een score volgens de methode van "
            + "ENISA (2013): SE = DPC × EI + CB, de context van de gegevens maal het gemak waarmee zij "
            + "te identificeren is, plus de omstandigheden van het lek. De niveaus betekenen:"))
        .append("</p>\n<dl>\n");
    for (SeverityLevel level : levelsHighFirst()) {
      html.append("<dt>").append(levelName(level)).append("</dt><dd>")
          .append(esc(levelDescription(level))).append("</dd>\n");
    }
    html.append("</dl>\n<h3>").append(t("Policy ", "Beleid ")).append(esc(r.options().policy().version()))
        .append("</h3>\n<table>\n");
    r.options().policy().settings().forEach((key, value) -> html.append("<tr><td>").append(esc(key))
        .append("</td><td>").append(esc(String.valueOf(value))).append("</td></tr>\n"));
    html.append("</table>\n<p class=\"note\">").append(t("Every rule, its default and its source: "
        + "docs/methodology.md.", "Elke regel, de standaardwaarde en de bron: docs/methodology.md."))
        .append("</p>\n</section>\n");
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
        : String.join(", ", names.subList(0, last)) + t(" or ", " of ") + names.get(last);
  }

  private static List<SeverityLevel> levelsHighFirst() {
    return List.of(SeverityLevel.VERY_HIGH, SeverityLevel.HIGH, SeverityLevel.MEDIUM, SeverityLevel.LOW);
  }

  private String levelName(SeverityLevel level) {
    if (lang == Lang.EN) {
      return level.displayName();
    }
    return switch (level) {
      case LOW -> "Laag";
      case MEDIUM -> "Gemiddeld";
      case HIGH -> "Hoog";
      case VERY_HIGH -> "Zeer hoog";
    };
  }

  private String levelDescription(SeverityLevel level) {
    if (lang == Lang.EN) {
      return level.description();
    }
    return switch (level) {
      case LOW -> "Betrokkenen merken er niets van of ondervinden wat ongemak dat zij zonder problemen "
          + "overwinnen (tijd om gegevens opnieuw in te voeren, ergernis, irritatie).";
      case MEDIUM -> "Betrokkenen kunnen flink ongemak ondervinden dat zij met enige moeite overwinnen "
          + "(extra kosten, angst, onbegrip, stress, lichte lichamelijke klachten).";
      case HIGH -> "Betrokkenen kunnen ernstige gevolgen ondervinden die zij met grote moeite overwinnen "
          + "(verduistering van geld, zwarte lijsten bij banken, schade aan eigendom, verlies van werk, "
          + "verslechtering van de gezondheid).";
      case VERY_HIGH -> "Betrokkenen kunnen ernstige of zelfs onomkeerbare gevolgen ondervinden die zij "
          + "mogelijk niet overwinnen (financiële nood zoals grote schulden of arbeidsongeschiktheid, "
          + "langdurige psychische of lichamelijke klachten, overlijden).";
    };
  }

  private String num(long n) {
    return String.format(lang == Lang.NL ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH, "%,d", n);
  }

  /** Escapes text for HTML: every name and reason shown passes here. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:60em;
      color:#1a1a1a;line-height:1.4;padding:0 1em}
      h1{margin-bottom:.2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
      .meta,.note{color:#555;font-size:.9em}
      .big{font-size:1.3em}.big span{font-size:2.2em;font-weight:700;margin-right:.3em}
      table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.9em}
      td,th{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
      td.n{text-align:right;white-space:nowrap}
      table.levels td{text-align:center;width:25%;font-size:1.1em}
      table.levels b{font-size:1.6em}
      .very_high{background:#f4c7c3}.high{background:#fce8b2}.medium{background:#fff6cc}
      .low{background:#d9ead3}
      .charts{display:flex;flex-wrap:wrap;gap:1em}
      figure.chart{flex:1 1 26em;margin:0;break-inside:avoid}
      figcaption{font-weight:600;margin-bottom:.3em}
      svg{max-width:100%;height:auto}svg text{font-size:12px;fill:#1a1a1a}rect.bar{fill:#3b6ea8}
      dt{font-weight:600;margin-top:.6em}dd{margin-left:1.2em}
      section{break-inside:auto}.art33{background:#f7f7f7;padding:.2em 1em 1em;border-radius:4px}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}.charts{display:block}
      figure.chart{margin-bottom:1em}}
      """;
}
