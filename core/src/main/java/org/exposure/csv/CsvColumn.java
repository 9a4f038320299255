package org.exposure.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.exposure.classify.ColumnDecision;
import org.exposure.classify.HeaderDictionary;
import org.exposure.classify.ValueDetector;
import org.exposure.classify.Values;
import org.exposure.link.ValueFacts;
import org.exposure.model.ColumnClassification;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * One column of a CSV source while its records are read: its decision, the check its values are held
 * to, and the totals of what the records showed, added to by each thread when it is done.
 */
final class CsvColumn {
  private static final int TYPES = FieldType.values().length;
  private static final Set<FieldType> QUASI_IDENTIFIERS =
      EnumSet.of(FieldType.BIRTH_DATE, FieldType.POSTCODE, FieldType.SEX, FieldType.AGE);

  private final ColumnClassification classification;
  /** Whether the header names a screening test ("Uitslag hrHPV"): its values are that test's. */
  private final boolean namesScreeningTest;
  private final ValueDetector check;
  private final FieldType type;
  /** By which scheme and country's rules its values are read. */
  private final ValueFacts.Column column;
  /**
   * What each value of a result or diagnosis column reads as, for the few hundred distinct values such
   * a column holds ("Pap 3b", "hrHPV positief"): read once, not once a row. Null for other types.
   * The facts hold the grade, never the value, and are shared (ValueFacts keeps one per grade); the
   * map lives as long as the run's columns.
   */
  private final Map<String, ValueFacts> readings;
  // The totals (guarded by this).
  private long values;
  private long contradicting;
  private final long[] revealed = new long[TYPES];

  /** Whether this is a national-ID column whose sample held blank values. */
  private final boolean leftBlank;
  /** Whether this diagnosis column names a site (ICD-O topography), graded by no code. */
  private final boolean site;
  /** Whether this diagnosis column holds a tumour's ICD-O-3 behaviour digit: 3 malignant, 2 in situ. */
  private final boolean behaviour;
  /**
   * Whether this diagnosis column holds ICPC codes (a GP's episode list): "D06 Buikpijn" is no
   * ICD-10 D06, so only the title after the code is read.
   */
  private final boolean icpc;
  /** Whether this result column holds the NHS cervical screening programme's HPV infection codes. */
  private final boolean infectionCodes;
  /**
   * The grade a "yes" of this diagnosis column's flags says ({@code SP_CNCR}: 1 yes, 2 no), the
   * condition its header names; null where the column holds no flags.
   */
  private final ResultGrade flagged;
  /** The file's country (ISO 3166-1 alpha-2), "" where no country leads. */
  private final String fileCountry;
  /** How a postcode found inside a value of this column is read: by the file's country. */
  private final ValueFacts.Column postcodes;

  /**
   * @param decision the column's decision
   * @param fileCountry the country its file's columns point to, "" where none leads: an address
   *     line's postcode is found in that country's form
   * @param sample the values its decision was made on
   * @param personsNumber whether its record numbers stand for the person, linking her records
   */
  CsvColumn(ColumnDecision decision, String fileCountry, List<String> sample,
      boolean personsNumber) {
    this.fileCountry = fileCountry;
    this.leftBlank = decision.classification().type() == FieldType.NATIONAL_ID
        && sample.stream().anyMatch(String::isBlank);
    this.flagged = decision.classification().type() == FieldType.DIAGNOSIS
        && HeaderDictionary.namesCondition(decision.classification().field())
        && Values.areFlags(sample) ? Values.flaggedGrade(decision.classification().field()) : null;
    this.site = decision.classification().type() == FieldType.DIAGNOSIS
        && HeaderDictionary.namesSite(decision.classification().field());
    this.behaviour = decision.classification().type() == FieldType.DIAGNOSIS
        && HeaderDictionary.namesBehaviour(decision.classification().field());
    this.icpc = decision.classification().type() == FieldType.DIAGNOSIS
        && HeaderDictionary.namesIcpc(decision.classification().field());
    this.infectionCodes = decision.classification().type() == FieldType.TEST_RESULT
        && (HeaderDictionary.namesInfectionCode(decision.classification().field())
            || Values.areNhsTestCodes(sample));
    this.postcodes = ValueFacts.Column.of(Optional.empty(),
        fileCountry.isEmpty() ? Optional.empty() : Optional.of(fileCountry));
    this.classification = decision.classification();
    this.namesScreeningTest = Values.namesScreeningTest(classification.field());
    this.check = decision.check().orElse(null);
    this.type = classification.type();
    // A postcode column that no country's form decided ("five digits") is read in its file's
    // country's form: a US file's ZIP codes, a German file's PLZ.
    this.column = personsNumber ? ValueFacts.Column.PATIENT_NUMBERS
        : decision.classification().type() == FieldType.POSTCODE
            && decision.country().isEmpty() && !fileCountry.isEmpty()
            ? ValueFacts.Column.of(decision.scheme(), Optional.of(fileCountry))
            : ValueFacts.Column.of(decision);
    this.readings = type == FieldType.TEST_RESULT || type == FieldType.DIAGNOSIS
        ? new ConcurrentHashMap<>() : null;
  }

  /**
   * Most result columns hold few distinct values; past this many, each is read on its own. With
   * values of 32 characters at most, a column's map stays near 100 KiB.
   */
  private static final int MAX_READINGS = 1024;

  /** The longest value remembered: longer ones are free text more than results, and rarely repeat. */
  private static final int MAX_MEMO_CHARS = 32;

  /** Whether a non-blank value fails the column's check, where it has one. */
  boolean fails(String value) {
    return check != null && !check.matches(Values.bare(value));
  }

  /**
   * Adds what a non-blank value tells of its subject to {@code out}: itself first, then what it reveals
   * (a postcode in an address line); nothing for a column of nothing personal. A quasi-identifier that
   * failed the column's check (a birth date still to come: a typo) is exposed, but does not set hers.
   */
  void tell(String value, boolean failed, List<ValueFacts> out) {
    if (type == FieldType.OTHER) {
      return;
    }
    out.add(failed && QUASI_IDENTIFIERS.contains(type) ? ValueFacts.typeOnly(type) : read(value));
    if (Values.reveal(type)) {
      List<ExposedValue> embedded = new ArrayList<>(2);
      Values.expand(type, value, fileCountry, embedded);
      for (ExposedValue e : embedded) {
        // An address line's postcode is read by its file's country: "51307" in a French file.
        out.add(type == FieldType.FREE_TEXT ? ValueFacts.inFreeText(e.type(), e.value())
            : e.type() == FieldType.POSTCODE ? ValueFacts.of(e.type(), e.value(), postcodes)
            : ValueFacts.of(e.type(), e.value()));
      }
    }
  }

  /**
   * Adds what a non-blank result tells of its subject, read beside the name or code of its test from
   * the same record ({@link ValueFacts#result}).
   */
  void tellResult(String value, String test, List<ValueFacts> out) {
    if (test.isEmpty()) {
      out.add(read(value));
      return;
    }
    // The pair is the key: a few hundred tests and outcomes make a few hundred pairs.
    String key = value.length() + test.length() > 2 * MAX_MEMO_CHARS ? null : test + '\u0000' + value;
    ValueFacts facts = key == null ? null : readings.get(key);
    if (facts == null) {
      Optional<Boolean> ticked = Values.ticked(value);
      facts = ticked.isPresent() ? readTicked(ticked.get()) : ValueFacts.result(value, test);
      if (key != null && readings.size() < MAX_READINGS) {
        readings.put(key, facts);
      }
    }
    out.add(facts);
  }

  /** Whether this is a national-ID column that its sample showed blank in places. */
  boolean leftBlank() {
    return leftBlank;
  }

  /**
   * Whether this column's results are read beside their test's name where a record has one: a result
   * column whose header names its test ("Uitslag hrHPV") holds that test's results, whatever another
   * column says (a sampling method: "Zelfafname").
   */
  boolean readsBesideItsTest() {
    // NHS codes ("X0A", "9") are the screening programme's own, whatever test a record names
    return type == FieldType.TEST_RESULT && !namesScreeningTest
        && !infectionCodes;
  }

  /**
   * The test this result column's header names, where it names one other than screening
   * ("Chlamydia (NAAT)"): its results are read as that test's. Null otherwise.
   */
  String ownTest() {
    return type == FieldType.TEST_RESULT && Values.namesOtherTest(classification.field())
        ? classification.field() : null;
  }

  /** Whether this column names tests (the context of the results beside it). */
  boolean namesTests() {
    return type == FieldType.TEST_TYPE;
  }

  /**
   * A box ticked in a result column says the finding its header names: the screening test's result
   * where the header names that test, a result not graded otherwise; a box not ticked says none.
   */
  private ValueFacts readTicked(boolean ticked) {
    if (!ticked) {
      return ValueFacts.result(ResultGrade.NONE);
    }
    return ValueFacts.result(namesScreeningTest
        ? ResultGrade.ABNORMAL_LOW_GRADE : ResultGrade.UNGRADED);
  }

  private ValueFacts read(String value) {
    if (readings == null || value.length() > MAX_MEMO_CHARS) {
      return readOnce(value);
    }
    ValueFacts facts = readings.get(value);
    if (facts == null) {
      facts = readOnce(value);
      if (readings.size() < MAX_READINGS) {
        readings.put(value, facts);
      }
    }
    return facts;
  }

  private ValueFacts readOnce(String value) {
    if (site) {
      return Values.isNoResult(value) ? ValueFacts.typeOnly(type) : ValueFacts.site();
    }
    if (behaviour) {
      return ValueFacts.diagnosis(Values.behaviourGrade(value));
    }
    if (flagged != null) {
      Optional<Boolean> yes = Values.flag(value);
      if (yes.isPresent()) {
        return yes.get() ? ValueFacts.diagnosis(flagged) : ValueFacts.typeOnly(type);
      }
    }
    if (icpc) {
      String title = Values.withoutIcpcCode(value);
      return title.isEmpty() ? ValueFacts.diagnosis(ResultGrade.UNGRADED)
          : ValueFacts.of(type, title, column);
    }
    if (infectionCodes) {
      ResultGrade coded = Values.infectionCode(value);
      if (coded != ResultGrade.NONE) {
        return ValueFacts.result(coded);
      }
    }
    if (type == FieldType.TEST_RESULT) {
      Optional<Boolean> ticked = Values.ticked(value);
      if (ticked.isPresent()) {
        return readTicked(ticked.get());
      }
    }
    ValueFacts facts = ValueFacts.of(type, value, column);
    if (type == FieldType.TEST_RESULT && !isGraded(facts.grade())
        && namesScreeningTest) {
      // "+" under "hrHPV", "2" under "Pap screener": what no reading alone grades is read as the
      // header's test's outcome; "4 - HSIL" under "Pap Result" keeps its own reading
      ValueFacts beside = ValueFacts.result(value, classification.field());
      if (isGraded(beside.grade())) {
        return beside;
      }
    }
    return facts;
  }

  private static boolean isGraded(ResultGrade grade) {
    return grade != ResultGrade.NONE && grade != ResultGrade.UNGRADED;
  }

  /** Adds one thread's counts: non-blank values, values failing the check, and what they revealed. */
  synchronized void add(long moreValues, long moreContradicting, long[] moreRevealed) {
    values += moreValues;
    contradicting += moreContradicting;
    for (int t = 0; t < TYPES; t++) {
      revealed[t] += moreRevealed[t];
    }
  }

  /** The columns' reports, in their order, once every thread has added its counts. */
  static List<FieldReport> reports(CsvColumn[] columns) {
    List<FieldReport> reports = new ArrayList<>(columns.length);
    for (CsvColumn column : columns) {
      reports.add(column.report());
    }
    return reports;
  }

  /** The column's report, once every thread has added its counts. */
  synchronized FieldReport report() {
    Map<FieldType, Long> found = new EnumMap<>(FieldType.class);
    for (FieldType t : FieldType.values()) {
      long n = revealed[t.ordinal()];
      if (n > 0) {
        found.put(t, n);
      }
    }
    return new FieldReport(classification, values, contradicting, found);
  }
}
