package org.exposure.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exposure.model.ResultGrade;

/**
 * Grades a result as labs write it, in one cell or many: hrHPV results and genotypes, Dutch Pap classes
 * 0-5 with 3a1/3a2/3b (also in Roman numerals) and the German Munich nomenclature III, KOPAC-B codes,
 * Bethesda terms, CIN grades, dyskaryosis and dysplasia as Dutch and UK laboratories word them,
 * histology in Dutch, English, French and German, ICD-10 codes of the cervix, and SNOMED CT and LOINC
 * answer codes.
 *
 * <p>A cell may combine several results ({@code "hrHPV positief / Pap 3a2"}, {@code "HPV: pos; cyto:
 * Pap 2"}) or label them ({@code "Cytologie: Pap 3b"}): the cell is cut into parts at separators, each
 * part read word by word, and the worst result found decides. A negation ({@code "niet aangetoond"},
 * {@code "no evidence of malignancy"}, {@code "negative for intraepithelial lesion"}) makes the term it
 * governs normal. A bare number is a Pap class only behind a word that says so ({@code "Pap"},
 * {@code "klasse"}, a {@code "Cytologie:"} label), a genotype only beside an HPV word.
 *
 * <p>A value it cannot read grades as {@link ResultGrade#NONE}: whether that is "no result" or "a result
 * not graded" is for the caller to say ({@link #isNoResult}). Stateless and thread-safe; linear in the
 * value's length.
 *
 * <pre>{@code
 * ResultGrader.grade("hrHPV positief");              // ABNORMAL_LOW_GRADE
 * ResultGrader.grade("HPV 16 pos. | Cytologie: 3b"); // ABNORMAL_HIGH_GRADE
 * }</pre>
 */
final class ResultGrader {
  /** SNOMED CT and LOINC answer codes of screening results (reference/dutch-health-data.md, 2.3). */
  private static final Map<String, ResultGrade> CODES = Map.ofEntries(
      Map.entry("260415000", ResultGrade.NORMAL), // not detected
      Map.entry("260373001", ResultGrade.ABNORMAL_LOW_GRADE), // detected
      Map.entry("720005005", ResultGrade.ABNORMAL_LOW_GRADE), // hrHPV DNA detected
      Map.entry("77851000146104", ResultGrade.NORMAL), // hrHPV DNA not detected
      Map.entry("125154007", ResultGrade.UNSATISFACTORY), // specimen unsatisfactory
      Map.entry("373887005", ResultGrade.NORMAL), // NILM
      Map.entry("416032004", ResultGrade.NORMAL), // cytology normal
      Map.entry("441087007", ResultGrade.ABNORMAL_LOW_GRADE), // ASC-US
      Map.entry("62051000119105", ResultGrade.ABNORMAL_LOW_GRADE), // LSIL
      Map.entry("441088002", ResultGrade.ABNORMAL_HIGH_GRADE), // ASC-H
      Map.entry("62061000119107", ResultGrade.ABNORMAL_HIGH_GRADE), // HSIL
      Map.entry("441219009", ResultGrade.ABNORMAL_HIGH_GRADE), // AGC
      Map.entry("373883009", ResultGrade.ABNORMAL_HIGH_GRADE), // AGC, favour neoplastic
      Map.entry("51642000", ResultGrade.ABNORMAL_HIGH_GRADE), // adenocarcinoma in situ
      Map.entry("285836003", ResultGrade.ABNORMAL_LOW_GRADE), // CIN 1
      Map.entry("285838002", ResultGrade.ABNORMAL_HIGH_GRADE), // CIN 2
      Map.entry("20365006", ResultGrade.ABNORMAL_HIGH_GRADE), // CIN 3
      Map.entry("400002005", ResultGrade.ABNORMAL_LOW_GRADE), // SIN grade 1
      Map.entry("400049009", ResultGrade.ABNORMAL_HIGH_GRADE), // SIN grade 2
      Map.entry("1162893000", ResultGrade.ABNORMAL_HIGH_GRADE), // SCC in situ
      Map.entry("92564006", ResultGrade.ABNORMAL_HIGH_GRADE), // carcinoma in situ of cervix
      Map.entry("1162767002", ResultGrade.CANCER), // squamous cell carcinoma
      Map.entry("254886006", ResultGrade.CANCER), // cervical squamous cell carcinoma
      Map.entry("254887002", ResultGrade.CANCER), // cervical adenocarcinoma
      Map.entry("10828004", ResultGrade.ABNORMAL_LOW_GRADE), // positive
      Map.entry("260385009", ResultGrade.NORMAL), // negative
      Map.entry("la65768", ResultGrade.ABNORMAL_LOW_GRADE), // LOINC answer LA6576-8 positive
      Map.entry("la65776", ResultGrade.NORMAL), // LA6577-6 negative
      Map.entry("la118838", ResultGrade.ABNORMAL_LOW_GRADE), // LA11883-8 detected
      Map.entry("la118820", ResultGrade.NORMAL), // LA11882-0 not detected
      Map.entry("la110072", ResultGrade.UNSATISFACTORY)); // LA11007-4 indeterminate

  /** What a word or phrase of a result says. */
  private enum Kind {
    /** A result of the term's grade. */
    RESULT,
    /**
     * An outcome that says nothing of which test ("positive", "normal", "detected"): a result of the
     * term's grade beside an HPV word, or alone; but "HIV positive" or "Normal pregnancy" is another
     * test's or a diagnosis, which the screening scale does not grade.
     */
    OUTCOME,
    /** "niet", "not", "no": the results that follow in the part read as normal. */
    NEGATION,
    /** "negative for", "negatief voor": a normal result, and a negation of what follows. */
    NEGATIVE_FOR,
    /** "maar", "but", "aber": ends a negation ("geen HSIL maar LSIL"). */
    CONTRAST,
    /**
     * "screening for", "rule out": what follows is sought, not found ("Encounter for screening for
     * malignant neoplasm of cervix"); a label ends it ("Screening for HPV: positive").
     */
    SOUGHT,
    /** An HPV test: genotypes and signs beside it are results. */
    HPV,
    /** Cytology or a Pap class: bare classes beside it are Pap classes. */
    PAP,
    /** CIN: a number beside it is a CIN grade. */
    CIN,
    /** KOPAC-B: six digits beside it are a KOPAC-B code. */
    KOPAC,
    /**
     * A tissue's examination (a biopsy, histology): the outcome words beside it are the screening
     * chain's ("biopt: geen afwijkingen"); it makes no number a grade, and no biopsy taken is none.
     */
    TISSUE
  }

  private record Term(String[] words, Kind kind, ResultGrade grade) {}

  /** What an outcome word speaks of, by the test word before it. */
  private enum Subject {
    NONE,
    SCREENING,
    OTHER
  }

  /** Every term by its first word, longest first. */
  private static final Map<String, List<Term>> TERMS = new HashMap<>();

  static {
    outcome(ResultGrade.NORMAL, "niet gedetecteerd", "negatief", "negative", "neg", "negatif",
        "negativ", "normaal",
        "normal", "normale", "unauffallig", "nicht nachgewiesen", "non detecte", "within normal limits",
        "benign", "benigne", "goedaardig", "niet aangetoond", "not detected", "undetected");
    term(ResultGrade.NORMAL, "nilm", "reactive changes", "reactieve veranderingen", "no hpv detected",
        "nad", "wnl");
    // Shorthand of UK smear-takers' and labs' sheets: "HG mod dysk", "LG dysk"; never "HG" alone,
    // which is mercury's in "mm[Hg]".
    term(ResultGrade.ABNORMAL_LOW_GRADE, "lg dysk", "mild dysk", "dysk");
    term(ResultGrade.ABNORMAL_HIGH_GRADE, "hg dysk", "hg mod dysk", "hg sev dysk", "hg severe dysk",
        "mod dysk", "sev dysk", "severe dysk", "hg mod", "hg sev", "hg moderate", "hg severe");
    term(ResultGrade.UNSATISFACTORY, "onbeoordeelbaar", "niet beoordeelbaar", "niet te beoordelen",
        "unsatisfactory", "inadequate", "insufficient", "onvoldoende", "ongeschikt", "ongeldig",
        "invalid", "indeterminate", "non interpretable", "ininterpretable", "nicht beurteilbar",
        "unzureichend", "ungultig", "qns", "quantity not sufficient", "inad", "onb");
    // The NHS's infection code U, "HPV unavailable": the sample gave no result
    outcome(ResultGrade.UNSATISFACTORY, "unavailable");
    outcome(ResultGrade.ABNORMAL_LOW_GRADE, "positief", "positive", "pos", "positif", "positiv",
        "aangetoond", "detected", "detecte", "nachgewiesen", "gedetecteerd", "presence", "afwijkend", "afwijkende", "afwijkingen",
        "abnormal");
    term(ResultGrade.ABNORMAL_LOW_GRADE, "asc us", "ascus", "lsil", "low grade", "lowgrade", "laaggradig", "laaggradige", "borderline",
        "enkele cellen anders", "dyskaryose", "dyskaryosis", "lichte dyskaryose", "mild dyskaryosis",
        "low grade dyskaryosis", "dysplasie", "dysplasia", "lichte dysplasie", "mild dysplasia",
        "koilocytose", "koilocytosis", "atypical squamous cells", "atypische plaveiselcellen");
    term(ResultGrade.ABNORMAL_HIGH_GRADE, "asc h", "asch", "hsil", "agc", "agcnos", "agcfn",
        "agc nos", "agc fn", "ais", "high grade",
        "highgrade", "hooggradig", "hooggradige", "matige dyskaryose", "ernstige dyskaryose",
        "moderate dyskaryosis", "severe dyskaryosis", "high grade dyskaryosis", "matige dysplasie",
        "ernstige dysplasie", "moderate dysplasia", "severe dysplasia", "in situ", "cis", "cgin",
        "glandular neoplasia", "atypical glandular cells", "atypische klierepitheelcellen",
        "atypical squamous cells cannot exclude", "carcinoma in situ", "carcinoom in situ",
        "adenocarcinoma in situ", "adenocarcinoom in situ", "verdenking carcinoma in situ");
    term(ResultGrade.CANCER, "scc", "maligne", "malignant", "malignancy", "maligniteit", "invasief",
        "invasive", "microinvasief", "microinvasive", "squamous cell carcinoma", "cancer", "kanker",
        "krebs");
    // A test or programme for cancer is no cancer: the longer phrase is matched first.
    term(Kind.PAP, "cancer screening", "kanker screening", "cancer test", "cancer risk",
        "cancer prevention", "kankerscreening");
    term(Kind.NEGATION, "niet", "not", "no", "geen", "non", "zonder", "without", "absence of",
        "afwezigheid van", "no evidence of", "free of", "nicht", "kein", "keine", "keinen", "pas de",
        "absence", "absence de", "sans", "ohne");
    term(Kind.NEGATIVE_FOR, "negative for", "negatief voor", "negatief op");
    term(Kind.SOUGHT, "screening for", "screen for", "screening op", "screening naar",
        "rule out", "to rule out", "ruled out", "r o", "ter uitsluiting van", "uitsluiten",
        "to exclude", "zum ausschluss", "ausschluss", "depistage du", "depistage de la",
        "depistage des", "depistage de");
    term(Kind.CONTRAST, "maar", "wel", "but", "however", "echter", "aber", "jedoch", "mais");
    term(Kind.HPV, "hpv", "hrhpv", "hpvdna", "genotype", "genotypering", "hpvtype", "hpv type",
        "cobas", "aptima", "onclarity", "hc2", "hybrid capture", "cervista", "digene");
    term(Kind.PAP, "pap", "papklasse", "klasse", "class", "cytologie", "cytology", "cyto",
        "cytologisch", "uitstrijkje", "smear", "papsmear", "gruppe", "zytologie", "thinprep",
        "surepath", "lbc");
    term(Kind.CIN, "cin", "intraepithelial neoplasia", "intra epitheliale neoplasie",
        "intraepitheliale neoplasie");
    term(Kind.TISSUE, "biopt", "biopsie", "biopsy", "histologie", "histology", "histologisch",
        "histologic", "histological", "histologique");
    term(Kind.KOPAC, "kopac", "kopacb", "kopab");
    // Spanish, Italian, Portuguese and Polish: the same scale as their cytology and HPV reports write
    // it ("VPH positivo", "Esito: negativo per lesione intraepiteliale", "LSIL / baixo grau").
    outcome(ResultGrade.NORMAL, "negativo", "negativa", "no detectado", "no se detecta",
        "non rilevato", "non rilevabile", "assente", "ausente", "nao detectado", "ujemny", "ujemna",
        "nie wykryto", "dentro de la normalidad", "nei limiti della norma", "entro i limiti della norma",
        "normale", "normalny", "prawidlowy", "prawidlowa");
    term(ResultGrade.UNSATISFACTORY, "insatisfactorio", "insatisfactoria", "inadecuado", "inadecuada",
        "no valorable", "non valutabile", "inadeguato", "inadeguata", "insoddisfacente",
        "insatisfatorio", "insatisfatoria", "nieodpowiedni", "niediagnostyczny");
    outcome(ResultGrade.ABNORMAL_LOW_GRADE, "positivo", "positiva", "detectado", "detectada",
        "rilevato", "rilevata", "presente", "presenza di", "dodatni", "dodatnia", "wykryto",
        "anormale", "anomalo", "alterado", "alterada", "alterato", "nieprawidlowy");
    term(ResultGrade.ABNORMAL_LOW_GRADE, "bajo grado", "basso grado", "baixo grau",
        "niskiego stopnia", "displasia", "displasia leve", "displasia lieve", "displasia lieu",
        "cellule squamose atipiche", "celulas escamosas atipicas", "celulas pavimentosas atipicas",
        "atipia", "atipias", "atipie", "coilocitosis", "coilocitosi", "atypowe", "atypowych",
        "komorki atypowe", "komorek atypowych");
    term(ResultGrade.ABNORMAL_HIGH_GRADE, "alto grado", "alto grau", "wysokiego stopnia",
        "displasia moderada", "displasia severa", "displasia grave", "displasia moderata",
        "displasia grave", "carcinoma in situ", "dysplazja");
    term(ResultGrade.CANCER, "maligno", "maligna", "neoplasia maligna", "tumore maligno",
        "tumor maligno", "cancro", "rak", "nowotwor zlosliwy", "infiltrante", "invasor", "invasora",
        "invasivo", "invasiva");
    term(Kind.NEGATION, "sin", "senza", "sem", "nie", "bez", "ausencia de", "assenza di",
        "ausencia", "assenza", "nessun", "nessuna", "ningun", "ninguna", "nenhum", "nenhuma", "brak");
    term(Kind.NEGATIVE_FOR, "negativo para", "negativo per", "negativa para", "negativa per",
        "ujemny w kierunku");
    term(Kind.CONTRAST, "pero", "ma", "mas", "ale", "pero si");
    term(Kind.HPV, "vph", "papilomavirus", "papillomavirus", "papiloma", "virus del papiloma humano",
        "hpvdna");
    // High-risk types named without the word HPV: "positief: andere hoogrisicotypes"
    term(Kind.HPV, "hoogrisicotypes", "hoogrisicotype", "hoog risico types", "hoogrisico",
        "high risk types", "other high risk types", "hochrisikotypen", "hochrisiko",
        "types a haut risque", "haut risque");
    term(ResultGrade.UNSATISFACTORY, "niet interpreteerbaar", "ininterpreteerbaar",
        "not interpretable", "uninterpretable", "nicht interpretierbar", "nicht auswertbar");
    term(Kind.PAP, "citologia", "citologico", "citologica", "citologia cervical", "striscio",
        "cytologia", "cytologiczny", "papanicolaou", "triple toma", "clase");
    // French and German Bethesda and dysplasia wording, plurals and agreements included.
    outcome(ResultGrade.NORMAL, "non detectes", "non detectee", "non detectees", "negatifs",
        "negative", "nicht nachweisbar", "kein nachweis");
    outcome(ResultGrade.ABNORMAL_LOW_GRADE, "detectes", "detectee", "detectees", "positifs",
        "nachweisbar");
    term(ResultGrade.UNSATISFACTORY, "non satisfaisant", "insatisfaisant", "non contributif",
        "ininterpretable");
    term(ResultGrade.ABNORMAL_LOW_GRADE, "bas grade", "lesion intraepitheliale",
        "lesions intraepitheliales", "dysplasie legere", "leichte dysplasie", "niedriggradig",
        "niedriggradige", "geringgradige dysplasie");
    term(ResultGrade.ABNORMAL_HIGH_GRADE, "haut grade", "dysplasie moderee", "dysplasie severe",
        "mittelgradige dysplasie", "schwere dysplasie", "hochgradige dysplasie", "hochgradig",
        "hochgradige");
    term(ResultGrade.CANCER, "malignite", "malin", "maligne tumor", "bosartig", "bosartige");
    // A colposcopic impression (IFCPC 2011: normal, grade 1 minor, grade 2 major, suspected
    // invasion), and the wording of French and German histology and UK clinics' shorthand.
    term(ResultGrade.NORMAL, "normaal beeld", "normaal colposcopisch beeld", "normalbefund",
        "normaler befund");
    // No lesion is a normal finding, and negates what follows ("absence de lésion ... ou de
    // malignité"); Bethesda's "HSIL with features suspicious for invasion" is HSIL.
    term(Kind.NEGATIVE_FOR, "absence de lesion", "pas de lesion", "no lesion", "geen laesie",
        "keine lasion", "kein anhalt");
    term(ResultGrade.ABNORMAL_HIGH_GRADE, "features suspicious for invasion");
    term(ResultGrade.ABNORMAL_LOW_GRADE, "minor change", "minor changes", "grad 1", "graad 1",
        "condyloma", "condylomata", "condylomen", "kondylom", "atypia", "atypie");
    term(ResultGrade.ABNORMAL_HIGH_GRADE, "major change", "major changes", "grad 2", "graad 2");
    term(ResultGrade.CANCER, "invasion", "invasie", "microinvasion", "micro invasion");
    term(ResultGrade.UNSATISFACTORY, "invalide", "non valide", "inhibition", "inhibe", "inhibiert",
        "non conforme", "niet conform", "nicht konform");
    // Present or absent, as screening programmes write an HPV test's outcome.
    outcome(ResultGrade.ABNORMAL_LOW_GRADE, "aanwezig", "present", "vorhanden");
    outcome(ResultGrade.NORMAL, "afwezig", "niet aanwezig", "absent", "nicht vorhanden",
        "geen hrhpv gevonden", "not present");
    // Found or not, as Ireland's CervicalCheck words an HPV test's outcome ("HPV not found").
    outcome(ResultGrade.ABNORMAL_LOW_GRADE, "found", "gevonden");
    outcome(ResultGrade.NORMAL, "not found", "niet gevonden", "none found", "nothing found",
        "niets gevonden");
    term(ResultGrade.NORMAL, "no hpv found", "no hrhpv found", "geen hpv gevonden");
    TERMS.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
  }

  /** Genotypes of high-risk HPV: reported only for a positive test. */
  private static final Set<String> GENOTYPES = Set.of("16", "18", "31", "33", "35", "39", "45", "51",
      "52", "56", "58", "59", "66", "68", "overig", "overige", "other", "others", "autres", "andere",
      "otros", "otras", "altri", "outros", "inne");

  /**
   * Words that name no other test or condition: an outcome beside them is still the screening test's
   * ("Uitslag: positief", "No abnormal cells").
   */
  private static final Set<String> NEUTRAL = Set.of("result", "results", "uitslag", "uitslagen",
      "resultaat", "resultat", "ergebnis", "befund", "test", "testuitslag", "screening", "cervix",
      "cervical", "cervicale", "baarmoederhals", "sample", "monster", "specimen", "dna", "hr", "high",
      "risk", "hoog", "risico", "hoogrisico", "highrisk", "type", "types", "typen", "cells", "cellen",
      "cel", "cell", "squamous", "plaveiselcellen", "glandular", "the", "de", "het", "een", "a", "of",
      "van", "voor", "for", "in", "op", "with", "met", "and", "en", "or", "is", "was", "il", "le",
      "la", "der", "die", "und", "mit", "grade", "graad", "grad", "frottis", "abstrich", "resultado",
      "esito", "risultato", "wynik", "prueba", "esame", "analisi", "determinacion", "deteccion",
      "ricerca", "pesquisa", "teste", "badanie", "di", "del", "da", "per", "para", "y", "e", "el",
      "lo", "alto", "riesgo", "rischio", "risco", "oncogenico", "oncogeni", "ad", "celulas",
      "cellule", "escamosas", "squamose", "epitelio", "lesion", "lesione", "lesao", "intraepitelial",
      "intraepiteliale", "grau", "grado", "genotipo", "genotipi", "genotipos", "tipo", "tipos",
      "tipi", "beeld", "bild", "aspect", "impression", "appearance", "col", "exocol", "endocol",
      "colposcopy", "colposcopie", "kolposkopie", "colposcopic", "colposcopisch", "swede");

  /** Negations a hyphen joins to the word they govern: "niet-afwijkend", "non-invasive". */
  private static final List<String> GLUED_NEGATIONS = List.of("niet", "non", "nicht", "geen", "kein");

  /** Prefixes that are written glued to what follows: "Pap3b", "HPV16", "CIN2". */
  private static final List<String> GLUED = List.of("hrhpv", "hpv", "papklasse", "pap", "cin");

  /** Values that say there is no result: placeholders, not unreadable results. */
  private static final Set<String> NO_RESULT = Set.of("", "nvt", "na", "nb", "geen", "none", "nil",
      "onbekend", "unknown", "geenuitslag", "noresult", "nietverricht", "notdone", "nottested",
      "volgt", "pending", "inafwachting", "null", "nomatchingconcept", "nonedisclosed",
      "notdisclosed", "nonegiven", "notgiven", "notstated", "notrecorded", "declined", "refused",
      "geweigerd", "weigert", "abgelehnt", "nichtangegeben", "refuse", "nonrenseigne",
      // Not applicable, not done: a test not made on this visit
      "entfallt", "entfaellt", "nichtdurchgefuhrt", "nichtdurchgefuehrt", "nichterfolgt",
      "nietgedaan", "nietuitgevoerd", "nonrealise", "nonrealisee", "nonfait", "nonfaite",
      "nonapplicable", "sansobjet", "nocytologytestundertaken", "cytologynotundertaken",
      "notestundertaken", "cytologynotdone",
      "notapplicable", "notperformed", "notindicated", "nietvantoepassing",
      // Not yet in: a result still awaited
      "nognietbinnen", "nietbinnen", "notyetreceived", "awaited", "awaiting", "outstanding",
      "enattente", "ausstehend", "stehtaus");

  /** How many words a negation governs. */
  private static final int NEGATION_REACH = 6;

  /**
   * A part break, a label's end and the signs, as tokens: compared by identity, as no word is ever
   * one of these instances.
   */
  private static final String BREAK = "|";
  private static final String LABEL = ":";
  private static final String PLUS = "+";
  private static final String MINUS = "-";

  private ResultGrader() {}

  private static void term(ResultGrade grade, String... phrases) {
    add(Kind.RESULT, grade, phrases);
  }

  private static void outcome(ResultGrade grade, String... phrases) {
    add(Kind.OUTCOME, grade, phrases);
  }

  private static void term(Kind kind, String... phrases) {
    add(kind, ResultGrade.NONE, phrases);
  }

  private static void add(Kind kind, ResultGrade grade, String... phrases) {
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      TERMS.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Term(words, kind, grade));
    }
  }

  /** The grade of one result value, the worst of its parts; {@link ResultGrade#NONE} if none reads. */
  public static ResultGrade grade(String value) {
    return grade(value, "");
  }

  /**
   * The grade of a result read beside the name of its test, as a lab export writes one row per result
   * ({@code Chlamydia PCR | positief}, {@code Cytologie | 3a2}): the test's name says what the result's
   * outcome words and bare classes speak of. A screening test (an HPV, cytology, CIN or KOPAC-B word)
   * reads them as its own; another test known by name ("Chlamydia", "Hemoglobine") leaves its
   * outcomes ungraded; a test named by a code alone, by words not known (a sampling method), or not
   * at all, leaves the result to be read on its own. The test's
   * name is never graded itself: "HPV 16/18 genotypering" adds no genotype.
   *
   * @param test the test's name or code from the same record; blank if none
   */
  public static ResultGrade grade(String value, String test) {
    String[] element = codedElement(value);
    if (element != null) {
      ResultGrade byText = element[1].isBlank() ? ResultGrade.NONE : grade(element[1], test);
      return byText != ResultGrade.NONE ? byText : grade(element[0], test);
    }
    String squashed = squash(value);
    String stripped = value.strip();
    boolean sign = stripped.equals("+") || stripped.equals("-"); // an HPV test's outcome beside its name
    if (squashed.isEmpty() ? !sign : NO_RESULT.contains(squashed)) {
      return ResultGrade.NONE; // "No cytology test undertaken" is no test, not "no abnormal cytology"
    }
    ResultGrade coded = CODES.get(squashed);
    if (coded != null) {
      return coded;
    }
    List<String> tokens = tokens(value);
    if (isAdvice(tokens)) {
      return ResultGrade.NONE; // "volgende ronde over 5 jaar" beside a smear: no Pap 5
    }
    Kind context = test.isBlank() ? null : testContext(tokens(test));
    // A test's name makes bare classes of a short value ("3a2"), never of a sentence's numbers.
    return new Reading(tokens, context != null
        && (tokens.size() <= SHORT_VALUE || context == Kind.RESULT) ? context : null).grade();
  }

  /**
   * An HL7 v2 coded element, {@code code^text^code system} ({@code 260415000^Not detected^SCT}, as
   * OBX-5 carries a coded result): its components, of which the text says the result and the code
   * says it where the text is blank or not known; null for any other value.
   */
  private static String[] codedElement(String value) {
    if (value.indexOf('^') < 0) {
      return null;
    }
    String[] parts = value.split("\\^", -1);
    return parts.length >= 3 && !(parts[0].isBlank() && parts[1].isBlank()) ? parts : null;
  }

  /** The most words of a value that a test's name beside it reads as a class or outcome. */
  private static final int SHORT_VALUE = 3;

  /**
   * Grades an ICD-9-CM code, as US claims before October 2015 write diagnoses ({@code 795.01},
   * {@code 79501}, {@code 2331}): abnormal cervical cytology 795.0x by its Bethesda class (795.01
   * ASC-US, 795.03 LSIL, 795.05 HPV positive and 795.09 low grade; 795.00 AGC, 795.02 ASC-H, 795.04
   * HSIL high grade; 795.06 malignant cells cancer; 795.08 unsatisfactory), cervical dysplasia 622.1x
   * (622.10-622.11 low, 622.12 high), carcinoma in situ 230-234 high grade and malignant neoplasms
   * 140-208 cancer; NONE for every other value. Read only in a diagnosis column: a lab value of 180.9
   * is no cancer.
   */
  public static ResultGrade icd9(String value) {
    String v = value.strip();
    int dot = v.indexOf('.');
    String digits = dot < 0 ? v : v.substring(0, dot) + v.substring(dot + 1);
    if (digits.length() < 3 || digits.length() > 5 || (dot >= 0 && dot != 3)
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return ResultGrade.NONE;
    }
    int category = Integer.parseInt(digits.substring(0, 3));
    String sub = digits.substring(3);
    if (category == 795 && sub.length() == 2 && sub.charAt(0) == '0') {
      switch (sub.charAt(1)) {
        case '1': case '3': case '5': case '9':
          return ResultGrade.ABNORMAL_LOW_GRADE;
        case '0': case '2': case '4':
          return ResultGrade.ABNORMAL_HIGH_GRADE;
        case '6':
          return ResultGrade.CANCER;
        case '8':
          return ResultGrade.UNSATISFACTORY;
        default:
          return ResultGrade.NONE;
      }
    }
    if (category == 622 && sub.length() == 2 && sub.charAt(0) == '1') {
      return sub.charAt(1) == '2' ? ResultGrade.ABNORMAL_HIGH_GRADE
          : ResultGrade.ABNORMAL_LOW_GRADE;
    }
    if (category >= 230 && category <= 234) {
      return ResultGrade.ABNORMAL_HIGH_GRADE;
    }
    return category >= 140 && category <= 208 ? ResultGrade.CANCER : ResultGrade.NONE;
  }

  /**
   * Whether the text (a column's header, a test's name) names a screening test: an HPV, cytology, CIN
   * or KOPAC-B word ("Uitslag hrHPV", "Cytology result").
   */
  public static boolean namesScreeningTest(String text) {
    Kind context = testContext(tokens(text));
    return context != null && context != Kind.RESULT;
  }

  /**
   * What a test's name speaks of: the kind of its last screening word (HPV, PAP, CIN, KOPAC), RESULT
   * for another test or condition named by a word, or null where it names nothing readable.
   */
  private static Kind testContext(List<String> words) {
    Kind context = null;
    boolean other = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      List<Term> terms = TERMS.get(word);
      Kind kind = null;
      if (terms != null) {
        for (Term t : terms) {
          if (t.kind() == Kind.HPV || t.kind() == Kind.PAP || t.kind() == Kind.CIN
              || t.kind() == Kind.KOPAC) {
            kind = t.kind();
            break;
          }
        }
      }
      if (kind == null && (word.startsWith("hpv") || word.startsWith("hrhpv"))) {
        kind = Kind.HPV;
      } else if (kind == null && word.startsWith("cyto")) {
        kind = Kind.PAP;
      }
      if (kind != null) {
        context = kind;
      } else if (isOtherTest(word)) {
        other = true;
      }
    }
    return context != null ? context : other ? Kind.RESULT : null;
  }

  /**
   * Stems of tests other than cervical screening whose results are written as outcomes ("positief",
   * "not detected"): sexually transmitted and other infections, pregnancy, bowel screening, common
   * blood and urine tests. A word not known here (a sampling method, an assay's brand) says nothing.
   */
  private static final List<String> OTHER_TESTS = List.of("chlamyd", "gonor", "gonok", "ct",
      "gc", "ctng", "ctgc",
      "syph", "syfil", "lues", "tpha", "tppa", "vdrl", "rpr", "hiv", "hepat", "hbsag", "hbs", "hcv",
      "hbv", "trichomon", "mycoplasm", "ureaplasm", "herpes", "hsv", "covid", "sars", "influenza",
      "rsv", "strep", "candida", "gardnerella", "vaginos", "bv", "cmv", "ebv", "toxo", "rubell",
      "mazelen", "measles", "tubercul", "mantoux", "quantiferon", "malaria", "zwanger", "pregnan",
      "hcg", "fit", "ifobt", "fobt", "occult", "glucos", "glucose", "hemoglob", "haemoglob", "hb",
      "hba1c", "cholest", "psa", "tsh", "creatin", "ferritin", "vitamin", "urine", "urin", "bloed",
      "blood", "drug", "alcohol", "cannabis", "cocaine");

  private static boolean isOtherTest(String word) {
    for (String stem : OTHER_TESTS) {
      if (word.startsWith(stem)
          && (stem.length() > 3 || isTestSuffix(word.substring(stem.length())))) {
        return true; // "chlamydia"; a short stem nearly whole: "hiv1", "hivtest", "hbsag"
      }
    }
    return false;
  }

  /** What follows a short test stem in one word: "hiv-test", "hcv-rna", "hiv1/2", "hbs-ag". */
  private static boolean isTestSuffix(String rest) {
    return rest.chars().allMatch(Character::isDigit) || switch (rest) {
      case "test", "pcr", "naat", "rna", "dna", "ab", "ag", "ak", "titer", "titre", "sneltest" ->
          true;
      default -> false;
    };
  }

  /**
   * Whether the text (a column's header) names a test other than cervical screening and no screening
   * test ("Chlamydia (NAAT)", "Hiv-test"): a column so headed holds that test's results.
   */
  public static boolean namesOtherTest(String text) {
    return testContext(tokens(text)) == Kind.RESULT;
  }

  /**
   * Whether the value says that there is no result ("n.v.t.", "geen uitslag", "pending", "-"), also
   * behind a label ("Cytologie: niet verricht").
   */
  public static boolean isNoResult(String value) {
    int label = value.lastIndexOf(':');
    return NO_RESULT.contains(squash(value))
        || label >= 0 && NO_RESULT.contains(squash(value.substring(label + 1)))
        || isAdvice(value);
  }

  /**
   * Words that begin advice on what comes next rather than a result: "herhaling over 1 jaar",
   * "verwijzing gynaecoloog", "repeat in 3 months", "routine recall".
   */
  private static final Set<String> ADVICE = Set.of("herhaling", "herhalen", "verwijzing",
      "verwijzen", "volgende", "controle", "terugverwijzing", "nieuwe", "repeat", "recall", "refer",
      "referral", "routine", "return", "wiederholung", "kontrolle", "uberweisung", "controler",
      "renouveler", "orientation", "discharge", "discharged", "ontslag", "entlassung", "followup",
      "surveillance", "suivi", "wiedervorstellung", "ripetere", "richiamo", "invio", "inviare",
      "repetir", "repeticion", "derivacion", "derivar", "rpt");

  /**
   * Whether a value is a plan of care rather than a result: advice on what comes next ("repeat in 3
   * months", "Kontrolle in 6 Mon.", "Discharge to routine recall", "Test of cure at 6 months").
   */
  static boolean isCarePlan(String value) {
    String plan = CODE_PREFIX.matcher(value).replaceFirst(""); // "A - Routine recall"
    List<String> words = tokens(plan);
    if (words.isEmpty() || words.size() == 1 && words.get(0).equals("routine")) {
      return false; // a referral's priority ("Routine", "2WW"), not a plan
    }
    List<String> parts = tokens(plan.replace('-', ' ')); // "LEEP-conisatie", "Re-referred"
    return isAdvice(words) || isAdvice(parts) || squash(plan).startsWith("testofcure")
        || isPlanWord(words.get(0)) || !parts.isEmpty() && isPlanWord(parts.get(0))
        || words.size() > 1 && words.get(0).equals("no") && words.get(1).equals("action")
        || hasInterval(words);
  }

  /** A code and a dash or colon before a plan's words: the NHS action code's "A - ", "R: ". */
  private static final Pattern CODE_PREFIX = Pattern.compile("^\\s*[A-Z0-9]{1,3}\\s*[-:=]\\s+");

  private static boolean isPlanWord(String word) {
    return TREATMENTS.contains(word) || PLANS.contains(word) || word.endsWith("kolposkopie");
  }

  /**
   * Words other than advice that begin a plan of care: a referral made, a recall, a new sample, an
   * expectant policy, a recall suspended for colposcopy ("Rappel à 5 ans", "Colposcopie", "Nouveau
   * prélèvement", "expectatief", "Suspend").
   */
  private static final Set<String> PLANS = Set.of("rappel", "colposcopie", "colposcopy",
      "kolposcopie", "colpo", "referred", "rereferred", "verwezen", "nouveau", "nouvelle",
      "expectatief", "expectant", "expectative", "afwachtend", "abwartend", "nfa", "suspend",
      "suspended");

  /**
   * Whether the words hold an interval to a next step: a preposition, a number and a unit of time
   * ("in 12 months", "na 6 mnd", "à 1 an", "in 3 Jahren"); a number and a unit alone may be an age.
   */
  private static boolean hasInterval(List<String> words) {
    for (int i = 0; i + 2 < words.size(); i++) {
      if (INTERVAL_PREPOSITIONS.contains(words.get(i)) && isNumber(words.get(i + 1))
          && TIME_UNITS.contains(words.get(i + 2))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static final Set<String> INTERVAL_PREPOSITIONS = Set.of("in", "over", "na", "binnen",
      "within", "after", "a", "dans", "nach", "om", "tra", "en");

  private static final Set<String> TIME_UNITS = Set.of("maanden", "maand", "mnd", "jaar", "jaren",
      "jr", "weken", "week", "months", "month", "mths", "mth", "mo", "years", "year", "yrs", "yr",
      "weeks", "wks", "wk", "mois", "an", "ans", "semaines", "semaine", "jahren", "jahr", "jahre",
      "monaten", "monate", "mon", "wochen", "mesi", "anni", "meses", "anos");

  /**
   * Treatments a colposcopy clinic's outcome starts with ("LLETZ under LA"): done or planned, as a
   * plan of care is; never read as advice, so "LLETZ: CIN 3" keeps its grade.
   */
  private static final Set<String> TREATMENTS = Set.of("lletz", "leep", "letz", "conisatie",
      "conisation", "konisation", "excisie", "excision", "exzision", "hysterectomie",
      "hysterectomy", "hysterektomie", "cryotherapy", "cryotherapie", "kryotherapie", "laser",
      "lisscone", "lus", "lusexcisie");

  private static boolean isAdvice(String value) {
    return isAdvice(tokens(value));
  }

  private static boolean isAdvice(List<String> words) {
    return !words.isEmpty() && ADVICE.contains(words.get(0));
  }

  /**
   * Grades a KOPAC-B code: six digits 1-9 for K, O, P, A, C and B, as Dutch labs write it
   * ({@code "213111"}), graded by its P (squamous epithelium) digit: 1-2 normal, 3-4 borderline or mild
   * dyskaryosis, 5-7 moderate dyskaryosis to carcinoma in situ, 8-9 (micro-)invasive carcinoma. Bare
   * digits are only read this way where the column or a label says KOPAC-B.
   *
   * @return the grade, or {@link ResultGrade#NONE} if the value is not a KOPAC-B code
   */
  public static ResultGrade kopacB(String value) {
    String s = value.strip();
    if (s.length() != 6) {
      return ResultGrade.NONE;
    }
    for (int i = 0; i < 6; i++) {
      if (s.charAt(i) < '1' || s.charAt(i) > '9') {
        return ResultGrade.NONE;
      }
    }
    int p = s.charAt(2) - '0';
    if (p <= 2) {
      return ResultGrade.NORMAL;
    }
    if (p <= 4) {
      return ResultGrade.ABNORMAL_LOW_GRADE;
    }
    return p <= 7 ? ResultGrade.ABNORMAL_HIGH_GRADE : ResultGrade.CANCER;
  }

  /** {@code K2O1P3A1C1B1}: the letters of KOPAC-B each followed by its digit. */
  private static ResultGrade kopacLettered(String word) {
    if (word.length() != 12 || word.charAt(0) != 'k' || word.charAt(2) != 'o'
        || word.charAt(4) != 'p' || word.charAt(6) != 'a' || word.charAt(8) != 'c'
        || word.charAt(10) != 'b') {
      return ResultGrade.NONE;
    }
    return kopacB("" + word.charAt(1) + word.charAt(3) + word.charAt(5) + word.charAt(7)
        + word.charAt(9) + word.charAt(11));
  }

  /**
   * A word that names something other than a screening result: one with letters that is no result
   * word, class or code ("HIV", "pregnancy", "p.(Val2466Ala)"'s "val2466ala").
   */
  private static boolean isForeign(String word) {
    if (word.length() < 2 || NEUTRAL.contains(word) || GENOTYPES.contains(word) || isCarcinoma(word)
        || papClass(word) != ResultGrade.NONE || icd10(word) != ResultGrade.NONE
        || kopacLettered(word) != ResultGrade.NONE) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.isLetter(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A Pap class: 0-5, 3a, 3a1, 3a2, 3b, or the same in Roman numerals; NONE if the word is none. */
  private static ResultGrade papClass(String word) {
    switch (word) {
      case "0":
        return ResultGrade.UNSATISFACTORY;
      case "1":
      case "i":
        return ResultGrade.NORMAL;
      case "2":
      case "ii":
      case "3a":
      case "3a1":
      case "iiia":
      case "iiia1":
        return ResultGrade.ABNORMAL_LOW_GRADE;
      case "iia": // Munich III: normal, with a history that asks for a check
        return ResultGrade.NORMAL;
      case "iip": // Munich III: II-p, II-g, II-e, III-D1 (LSIL)
      case "iig":
      case "iie":
      case "iiid":
      case "iiid1":
        return ResultGrade.ABNORMAL_LOW_GRADE;
      case "3a2":
      case "iiia2":
      case "3b":
      case "iiib":
      case "4":
      case "iv":
      case "iiid2": // Munich III: III-D2 (HSIL, CIN 2), III-p, III-g, IVa, IVb
      case "iiip":
      case "iiig":
      case "iva":
      case "ivap":
      case "ivag":
      case "ivb":
      case "ivbp":
      case "ivbg":
        return ResultGrade.ABNORMAL_HIGH_GRADE;
      case "5":
      case "v":
      case "vp": // Munich III: V-p, V-g, V-e, V-x
      case "vg":
      case "ve":
      case "vx":
        return ResultGrade.CANCER;
      default:
        return ResultGrade.NONE;
    }
  }

  /** A CIN grade: 1 low, 2 or 3 high (also I-III, 2-3 written "23"). */
  private static ResultGrade cinGrade(String word) {
    switch (word) {
      case "1":
      case "i":
        return ResultGrade.ABNORMAL_LOW_GRADE;
      case "2":
      case "3":
      case "23":
      case "12": // CIN 1-2: the higher decides
      case "13":
      case "ii":
      case "iii":
      case "iiii": // CIN I-II, I-III, II-III joined by their hyphen
      case "iiiii":
        return ResultGrade.ABNORMAL_HIGH_GRADE;
      default:
        return ResultGrade.NONE;
    }
  }

  /**
   * Words ending in carcinoma in Dutch, English, French or German ("plaveiselcelcarcinoom",
   * "Plattenepithelkarzinom"): invasive unless "in situ".
   */
  private static boolean isCarcinoma(String word) {
    return word.endsWith("carcinoom") || word.endsWith("carcinoma") || word.endsWith("carcinomen")
        || word.endsWith("carcinomas") || word.endsWith("carcinome") || word.endsWith("karzinom");
  }

  /**
   * An ICD-10 code of the cervix's results (folded, without its dot: "n870", "c539"; four characters
   * at most, so that a sample number "C1234" is none): malignant
   * neoplasms C00-C97 cancer; neoplasms in situ D00-D09 high grade; cervical dysplasia N87.0 (CIN 1)
   * low grade and N87.1-N87.2 high grade; abnormal cervical cytology R87.6 (unspecified) low grade.
   */
  private static ResultGrade icd10(String word) {
    if (word.length() == 6 && word.startsWith("r876") || word.length() == 6
        && word.startsWith("r878")) {
      return icd10CmCervix(word);
    }
    if (word.length() < 3 || word.length() > 4 || !Character.isDigit(word.charAt(1))
        || !Character.isDigit(word.charAt(2))) {
      return ResultGrade.NONE;
    }
    for (int i = 3; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return ResultGrade.NONE;
      }
    }
    int block = (word.charAt(1) - '0') * 10 + (word.charAt(2) - '0');
    char sub = word.length() > 3 ? word.charAt(3) : ' ';
    switch (word.charAt(0)) {
      case 'c':
        return block <= 97 ? ResultGrade.CANCER : ResultGrade.NONE;
      case 'd':
        return block <= 9 ? ResultGrade.ABNORMAL_HIGH_GRADE : ResultGrade.NONE;
      case 'n':
        if (block != 87) {
          return ResultGrade.NONE;
        }
        return sub == '1' || sub == '2' ? ResultGrade.ABNORMAL_HIGH_GRADE
            : ResultGrade.ABNORMAL_LOW_GRADE;
      case 'r':
        return block == 87 && sub == '6' ? ResultGrade.ABNORMAL_LOW_GRADE : ResultGrade.NONE;
      default:
        return ResultGrade.NONE;
    }
  }

  /**
   * The US ICD-10-CM codes of abnormal cervical findings, six characters without the dot: R87.61x by
   * the Bethesda class (R87.610 ASC-US and R87.612 LSIL low grade, R87.611 ASC-H and R87.613 HSIL
   * high grade, R87.614 malignant cells cancer, R87.615 unsatisfactory, R87.616 normal, R87.618-619
   * low grade) and R87.810 high-risk HPV DNA positive, low grade.
   */
  private static ResultGrade icd10CmCervix(String code) {
    switch (code) {
      case "r87610", "r87612", "r87618", "r87619", "r87810":
        return ResultGrade.ABNORMAL_LOW_GRADE;
      case "r87611", "r87613":
        return ResultGrade.ABNORMAL_HIGH_GRADE;
      case "r87614":
        return ResultGrade.CANCER;
      case "r87615":
        return ResultGrade.UNSATISFACTORY;
      case "r87616":
        return ResultGrade.NORMAL;
      default:
        return ResultGrade.NONE;
    }
  }

  /** One cell's words, read part by part. */
  private static final class Reading {
    private final List<String> tokens;
    private ResultGrade worst = ResultGrade.NONE;
    // The current part's state.
    private ResultGrade explicit;
    private boolean found;
    /** A genotype and an HPV word in the part: a positive test, unless the part says otherwise. */
    private boolean genotype;
    private boolean hpv;
    /**
     * Outcome words with no test named before them in the part ("positief" alone), kept until the
     * part ends: they count if the part names no other test or condition.
     */
    private ResultGrade outcome;
    private boolean foreign;
    /**
     * What the last test word before an outcome names: the screening test (an HPV, cytology or CIN
     * word), another test or condition (a foreign word: "Chlamydia positief"), or nothing yet.
     */
    private Subject subject;
    private int negatedUntil;
    /** Up to where what is named is sought rather than found ({@link Kind#SOUGHT}). */
    private int soughtUntil;
    /** Whether the negation in force has already governed a finding. */
    private boolean negatedFinding;
    private Kind labelContext;
    private Kind lastContext;
    private int lastContextAt;
    private int partStart;

    /**
     * What the test beside the value speaks of ({@link #grade(String, String)}): a screening test's
     * kind, {@link Kind#RESULT} for another test, or null for none. It governs every part.
     */
    private final Kind test;

    Reading(List<String> tokens, Kind test) {
      this.tokens = tokens;
      this.test = test;
      startPart(0);
    }

    private void startPart(int at) {
      explicit = ResultGrade.NONE;
      found = false;
      genotype = false;
      hpv = false;
      outcome = ResultGrade.NONE;
      foreign = false;
      subject = Subject.NONE;
      negatedUntil = -1;
      soughtUntil = -1;
      negatedFinding = false;
      labelContext = null;
      lastContext = null;
      lastContextAt = -10;
      partStart = at;
      if (test == Kind.RESULT) {
        subject = Subject.OTHER; // "positief" beside "Chlamydia PCR" is that test's
        foreign = true;
      } else if (test != null) {
        subject = Subject.SCREENING; // "3a2" beside "Cytologie" is a Pap class, as after a label
        labelContext = test;
        hpv = test == Kind.HPV;
      }
    }

    private void endPart() {
      if (outcome != ResultGrade.NONE && !foreign) {
        explicit = explicit.max(outcome);
        found = true;
      }
      if (found) {
        worst = worst.max(explicit);
      } else if (genotype && hpv) {
        worst = worst.max(ResultGrade.ABNORMAL_LOW_GRADE); // a genotype is named only if found
      }
    }

    ResultGrade grade() {
      int n = tokens.size();
      for (int i = 0; i < n; ) {
        String word = tokens.get(i);
        if (word == BREAK) {
          endPart();
          startPart(++i);
          continue;
        }
        if (word == LABEL) {
          labelContext = lastContext; // "Cytologie:" governs the rest of its part
          soughtUntil = -1; // "Screening for HPV: positive": the result follows its label
          i++;
          continue;
        }
        if (word == PLUS || word == MINUS) {
          if (lastContext == Kind.HPV && lastContextAt >= i - 2 || isGenotypeBefore(i)
              || labelContext == Kind.HPV) { // "HPV: +", or "+" in a column of HPV results
            result(word == PLUS ? ResultGrade.ABNORMAL_LOW_GRADE : ResultGrade.NORMAL, i);
          }
          i++;
          continue;
        }
        Term term = match(i);
        if (term != null) {
          i = apply(term, i);
          continue;
        }
        bare(word, i);
        i++;
      }
      endPart();
      return worst;
    }

    private boolean isGenotypeBefore(int i) {
      return i > partStart && GENOTYPES.contains(tokens.get(i - 1)) && hpv;
    }

    private Term match(int i) {
      List<Term> candidates = TERMS.get(tokens.get(i));
      if (candidates == null) {
        return null;
      }
      for (Term term : candidates) {
        String[] words = term.words();
        if (i + words.length > tokens.size()) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < words.length && all; k++) {
          all = words[k].equals(tokens.get(i + k));
        }
        if (all) {
          return term;
        }
      }
      return null;
    }

    /** Applies a term found at {@code i}; returns the index after it. */
    private int apply(Term term, int i) {
      int next = i + term.words().length;
      switch (term.kind()) {
        case RESULT:
          result(term.grade(), i);
          break;
        case OUTCOME:
          if (subject == Subject.SCREENING) {
            result(term.grade(), i); // "HPV 16 positief"
          } else if (subject == Subject.NONE) {
            outcome = outcome.max(negated(term.grade(), i)); // decided when the part ends
          } // else another test's outcome: "HIV positive", "Chlamydia positief"
          break;
        case NEGATIVE_FOR:
          result(ResultGrade.NORMAL, i);
          negatedUntil = next + NEGATION_REACH;
          break;
        case NEGATION:
          negatedUntil = next + NEGATION_REACH;
          negatedFinding = false;
          break;
        case CONTRAST:
          negatedUntil = -1;
          break;
        case SOUGHT:
          soughtUntil = next + NEGATION_REACH;
          break;
        default:
          if (negatedFinding) {
            negatedUntil = -1; // "geen afwijkingen HPV positief": a new test, not negated
          }
          if (i <= negatedUntil && term.kind() != Kind.KOPAC && term.kind() != Kind.TISSUE) {
            result(ResultGrade.NORMAL, i); // "geen HPV", "No CIN": none found
          }
          lastContext = term.kind();
          lastContextAt = next - 1;
          hpv |= term.kind() == Kind.HPV;
          subject = Subject.SCREENING;
          break;
      }
      return next;
    }

    /** A word no term names: a number, a code, a class or genotype where a context makes it one. */
    private void bare(String word, int i) {
      boolean justAfter = lastContextAt == i - 1;
      if (word.startsWith("hpv") || word.startsWith("hrhpv") || word.startsWith("vph")
          || word.startsWith("cyto")) {
        // "HPV-uitslag", "hrHPV-test", "VPH-AR", "cytologieuitslag": the test, joined to a word
        lastContext = word.startsWith("cyto") ? Kind.PAP : Kind.HPV;
        lastContextAt = i;
        hpv |= lastContext == Kind.HPV;
        subject = Subject.SCREENING;
        return;
      }
      if (justAfter && lastContext == Kind.CIN
          && (word.equals("grade") || word.equals("graad") || word.equals("grad"))) {
        lastContextAt = i; // "CIN grade 2", "intraepithelial neoplasia grade 1"
        return;
      }
      if (isForeign(word)) {
        foreign = true;
        if (subject != Subject.SCREENING) {
          subject = Subject.OTHER; // but "HPV (cobas 4800): negatief" is still the HPV test's
        }
      }
      if (isCarcinoma(word)) {
        boolean inSitu = i + 2 < tokens.size() && tokens.get(i + 1).equals("in")
            && tokens.get(i + 2).equals("situ");
        if (!inSitu) {
          result(ResultGrade.CANCER, i); // "in situ" is read as a term of its own
        }
        return;
      }
      if (GENOTYPES.contains(word)) {
        genotype = true;
        if (lastContextAt == i - 1 && lastContext == Kind.HPV) {
          lastContextAt = i; // "HPV 16 +": the sign still follows the test
        }
      }
      if (word.equals("3a1") || word.equals("3a2") || word.equals("3b")) {
        result(papClass(word), i);
        return;
      }
      ResultGrade coded = icd10(word);
      if (coded != ResultGrade.NONE) {
        result(coded, i);
        return;
      }
      ResultGrade lettered = kopacLettered(word);
      if (lettered != ResultGrade.NONE) {
        result(lettered, i);
        return;
      }
      Kind context = justAfter ? lastContext : labelContext;
      if (context == null) {
        return;
      }
      switch (context) {
        case PAP:
          ResultGrade pap = papClass(word);
          if (pap != ResultGrade.NONE) {
            result(pap, i);
          }
          break;
        case CIN:
          ResultGrade cin = cinGrade(word);
          if (cin != ResultGrade.NONE) {
            result(cin, i);
            lastContextAt = i; // "CIN 1/2": the next grade is still CIN's
          }
          break;
        case KOPAC:
          ResultGrade kopac = kopacB(word);
          if (kopac != ResultGrade.NONE) {
            result(kopac, i);
          }
          break;
        default:
          break;
      }
    }

    private void result(ResultGrade grade, int at) {
      if (at <= soughtUntil) {
        return; // "screening for malignant neoplasm": none found
      }
      explicit = explicit.max(negated(grade, at));
      found = true;
    }

    /** A finding under a negation reads as normal. */
    private ResultGrade negated(ResultGrade grade, int at) {
      if (at <= negatedUntil) {
        negatedFinding = true;
        return grade.compareTo(ResultGrade.NORMAL) > 0 ? ResultGrade.NORMAL : grade;
      }
      return grade;
    }
  }

  /**
   * The words of a value, lower case without accents, with {@link #BREAK} between parts and {@link
   * #LABEL} after a label. A hyphen or slash inside a word or number joins ("ASC-US", "CIN 2/3" reads
   * "cin 23"); a sign after a word is a token ("HPV+"); "Pap3b" and "HPV16" are two words.
   */
  static List<String> tokens(String value) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int length = value.length();
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(value, i);
      int width = Character.charCount(c);
      if (c < 0x80 ? isAsciiAlnum((char) c) : Character.isLetterOrDigit(c) || isMark(c)) {
        appendFolded(c, word);
        i += width;
        continue;
      }
      if ((c == '+' || c == '-') && isShorthandSign(value, i + 1)) {
        flush(word, tokens);
        tokens.add(c == '+' ? PLUS : MINUS); // the UK's "+ve" and "-ve"
        i += 3;
        continue;
      }
      char prev = i > 0 ? value.charAt(i - 1) : ' ';
      char next = i + 1 < length ? value.charAt(i + 1) : ' ';
      boolean joins = isAsciiAlnum(prev) && isAsciiAlnum(next);
      switch (c) {
        case '-':
          if (joins) {
            i++;
            continue; // "ASC-US", "hr-HPV", "2-1-3-1-1-1"
          }
          flush(word, tokens);
          if (isSignEnd(value, i + 1)) {
            tokens.add(MINUS); // "HPV-", "HPV -"
          } else {
            addBreak(tokens); // " - " between results
          }
          break;
        case '+':
          flush(word, tokens);
          if (isSignEnd(value, i + 1)) {
            tokens.add(PLUS);
          } else {
            addBreak(tokens);
          }
          break;
        case '.':
          if (Character.isDigit(prev) && Character.isDigit(next)) {
            i++;
            continue; // "N87.1", "C53.9": one code
          }
          flush(word, tokens);
          if (next == ' ' || next == '\n') {
            addBreak(tokens); // a sentence ends: "Geen afwijkingen. HPV positief."
          }
          break;
        case '/':
          flush(word, tokens);
          if (!(Character.isDigit(prev) && Character.isDigit(next))) {
            addBreak(tokens); // but "CIN 2/3" and "HPV 16/18" are one result
          }
          break;
        case ';':
        case '|':
        case ',':
        case '&':
        case '\n':
        case '\r':
        case '\t':
          flush(word, tokens);
          addBreak(tokens);
          break;
        case ':':
        case '=':
          flush(word, tokens);
          if (!tokens.isEmpty() && tokens.get(tokens.size() - 1) != BREAK) {
            tokens.add(LABEL);
          }
          break;
        default:
          flush(word, tokens);
          break;
      }
      i += width;
    }
    flush(word, tokens);
    return tokens;
  }

  /** Whether "ve" and no more letters follow: "+ve", "-ve", written for positive and negative. */
  private static boolean isShorthandSign(String value, int from) {
    return value.regionMatches(true, from, "ve", 0, 2)
        && (from + 2 == value.length() || !Character.isLetter(value.charAt(from + 2)));
  }

  /**
   * Whether only spaces, punctuation that ends a sign, a parenthesis ("HPV+ (16)") or the end
   * follow.
   */
  private static boolean isSignEnd(String value, int from) {
    for (int i = from; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == ')' || c == ']' || c == '.') {
        continue;
      }
      return c == '(' || c == ';' || c == ',' || c == '|' || c == '/' || c == '\n' || c == '\r'
          || c == '\t';
    }
    return true;
  }

  private static void addBreak(List<String> tokens) {
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1) != BREAK) {
      tokens.add(BREAK);
    }
  }

  /** Ends the word in progress, cutting a glued prefix off: "pap3b" is "pap", "3b". */
  private static void flush(StringBuilder word, List<String> tokens) {
    if (word.length() == 0) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    for (String negation : GLUED_NEGATIONS) {
      if (w.length() > negation.length() + 2 && w.startsWith(negation)
          && TERMS.containsKey(w.substring(negation.length()))) {
        tokens.add(negation); // "niet-afwijkend", "non-invasive"
        tokens.add(w.substring(negation.length()));
        return;
      }
    }
    for (String prefix : GLUED) {
      if (w.length() > prefix.length() && w.startsWith(prefix)
          && Character.isDigit(w.charAt(prefix.length()))) {
        tokens.add(prefix);
        tokens.add(w.substring(prefix.length()));
        return;
      }
    }
    tokens.add(w);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Appends the code point in lower case without its accents. */
  private static void appendFolded(int c, StringBuilder out) {
    if (c < 0x80) {
      keep((char) c, out);
    } else if (!isMark(c)) {
      String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
      for (int k = 0; k < decomposed.length(); k++) {
        keep(decomposed.charAt(k), out);
      }
    }
  }

  /**
   * Lower case, accents, spaces and punctuation removed: "ASC-US" and "asc us" read alike. Each
   * character is decomposed on its own: normalising the whole value would put every run of combining
   * marks in canonical order, an insertion sort (quadratic on a long run of alternating marks), for
   * marks that are removed anyway.
   */
  static String squash(String value) {
    return squash((CharSequence) value);
  }

  static String squash(CharSequence value) {
    int length = value.length();
    boolean squashed = true; // lower-case ASCII letters and digits only: returned as it is
    for (int i = 0; i < length && squashed; i++) {
      char c = value.charAt(i);
      squashed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    if (squashed) {
      return value.toString();
    }
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(value, i);
      i += Character.charCount(c);
      appendFolded(c, out);
    }
    return out.toString();
  }

  /** Adds the character in lower case if it is a letter or an ASCII digit. */
  private static void keep(char c, StringBuilder out) {
    if (c >= 'A' && c <= 'Z') {
      out.append((char) (c + ('a' - 'A')));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.append(c);
    } else if (Character.isLetter(c)) {
      out.append(Character.toLowerCase(c));
    }
  }

  /** A combining mark: never a letter, nor decomposed into one. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
