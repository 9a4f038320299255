package org.exposure.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.exposure.classify.ColumnClassifier;
import org.exposure.cohort.CohortAccumulator;
import org.exposure.cohort.CohortSummary;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.RiskModel;
import org.exposure.score.SubjectAssessment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of each stage on a synthetic cohort of 10,000 women: parse, classify, score,
 * summarise and merge. Run them offline, not in CI:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StageBenchmarks -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StageBenchmarks {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

  private String csv;
  private List<String> header;
  private List<List<String>> columns;
  private ColumnClassifier classifier;
  private RiskModel model;
  private List<SubjectExposure> subjects;
  private CohortSummary half;

  @Setup
  public void setUp() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new CohortGenerator().write(CohortSpec.builder().rows(10_000).encoding(
        CohortSpec.OutputEncoding.UTF_8).build(), bytes);
    csv = bytes.toString(StandardCharsets.UTF_8);
    List<CSVRecord> records = parse(csv);
    header = records.get(0).toList();
    columns = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      List<String> values = new ArrayList<>();
      for (int r = 1; r < Math.min(records.size(), 1001); r++) {
        values.add(records.get(r).get(c));
      }
      columns.add(values);
    }
    classifier = ColumnClassifier.of(DATE);
    model = RiskModel.of(BreachCircumstances.DEFAULT.withMalicious(true), ControllerType.HEALTH, DATE);
    subjects = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      SubjectExposure s = SubjectExposure.of(FieldType.NATIONAL_ID, FieldType.FAMILY_NAME,
              FieldType.BIRTH_DATE, FieldType.POSTCODE, i % 3 == 0 ? FieldType.TEST_RESULT : FieldType.TEST_TYPE)
          .withResultGrade(i % 10 == 0 ? ResultGrade.ABNORMAL_LOW_GRADE : ResultGrade.NORMAL)
          .withQuasiIdentifiers(QuasiIdentifiers.none().withBirthDate(DATE.minusDays(11_000 + i))
              .withPostcode((1000 + i % 9000) + " AB"));
      subjects.add(s);
    }
    half = summarise();
  }

  private static List<CSVRecord> parse(String text) throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
        .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').get()).get()) {
      return parser.getRecords();
    }
  }

  /** Commons CSV alone, the baseline every ratio is taken against. */
  @Benchmark
  public int parse() throws IOException {
    return parse(csv).size();
  }

  /** Deciding every column's type from a sample of 1,000 records. */
  @Benchmark
  public int classify() {
    int types = 0;
    for (int c = 0; c < header.size(); c++) {
      types += classifier.classify("bench.csv", header.get(c), columns.get(c)).type().ordinal();
    }
    return types;
  }

  /** Scoring 10,000 subjects. */
  @Benchmark
  public double score() {
    double sum = 0;
    for (SubjectExposure s : subjects) {
      SubjectAssessment a = model.assess(s, 1);
      sum += a.se();
    }
    return sum;
  }

  /** Scoring and summarising 10,000 subjects. */
  @Benchmark
  public CohortSummary summarise() {
    CohortAccumulator acc = new CohortAccumulator(DATE);
    for (SubjectExposure s : subjects) {
      acc.add(s, model.assess(s, 1));
    }
    return acc.toSummary();
  }

  /** Merging two summaries, as the nodes of a cluster would. */
  @Benchmark
  public CohortSummary merge() {
    return half.plus(half);
  }

  /** A summary's trip through its binary form. */
  @Benchmark
  public CohortSummary bytes() {
    return CohortSummary.fromBytes(half.toBytes());
  }
}
