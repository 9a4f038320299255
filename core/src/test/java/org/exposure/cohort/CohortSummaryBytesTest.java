package org.exposure.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import java.util.List;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.RiskModel;
import org.junit.jupiter.api.Test;

/**
 * The binary form of {@link CohortSummary}: a golden file per format version, so that summaries written
 * by an older release still decode and merge. Rewrite with {@code -Dgolden.update=true} only when the
 * format version changes.
 */
class CohortSummaryBytesTest {
  private static final String GOLDEN_V1 = "/cohort/summary_v1.bin";
  private static final String GOLDEN_V2 = "/cohort/summary_v2.bin";
  private static final String GOLDEN = "/cohort/summary_v3.bin";

  /** The summary the golden file holds: three subjects of the founding case. */
  static CohortSummary goldenSummary() {
    RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT.withMalicious(true),
        ControllerType.HEALTH, LocalDate.of(2025, 7, 1));
    CohortAccumulator acc = new CohortAccumulator(LocalDate.of(2025, 7, 1));
    for (SubjectExposure s : List.of(
        SubjectExposure.of(FieldType.NATIONAL_ID, FieldType.FAMILY_NAME, FieldType.TEST_RESULT)
            .withResultGrade(ResultGrade.ABNORMAL_HIGH_GRADE)
            .withQuasiIdentifiers(QuasiIdentifiers.none().withBirthDate(LocalDate.of(1970, 2, 1))
                .withPostcode("2281 AB")),
        SubjectExposure.of(FieldType.NATIONAL_ID, FieldType.FAMILY_NAME, FieldType.BIRTH_DATE),
        SubjectExposure.of(FieldType.RECORD_ID, FieldType.TEST_RESULT)
            .withResultGrade(ResultGrade.NORMAL))) {
      acc.add(s, model.assess(s));
    }
    return acc.toSummary();
  }

  @Test
  void theGoldenFileOfVersionThreeDecodesAndIsWhatThisReleaseWrites()
      throws IOException, URISyntaxException {
    Path golden = Path.of("src/test/resources" + GOLDEN);
    if (Boolean.getBoolean("golden.update")) {
      Files.write(golden, goldenSummary().toBytes());
    }
    byte[] bytes = Files.readAllBytes(Path.of(getClass().getResource(GOLDEN).toURI()));
    assertThat(CohortSummary.fromBytes(bytes)).isEqualTo(goldenSummary());
    assertThat(goldenSummary().toBytes()).isEqualTo(bytes);
  }

  /** Version 2 had no regions of the countries after France: it still decodes and merges. */
  @Test
  void theGoldenFileOfVersionTwoStillDecodes() throws IOException, URISyntaxException {
    byte[] bytes = Files.readAllBytes(Path.of(getClass().getResource(GOLDEN_V2).toURI()));
    assertThat(CohortSummary.fromBytes(bytes)).isEqualTo(goldenSummary());
    assertThat(CohortSummary.fromBytes(bytes).plus(goldenSummary()))
        .isEqualTo(goldenSummary().plus(goldenSummary()));
  }

  /** Version 1 counted Dutch regions only: it still decodes, every other country's cell 0. */
  @Test
  void theGoldenFileOfVersionOneStillDecodes() throws IOException, URISyntaxException {
    byte[] bytes = Files.readAllBytes(Path.of(getClass().getResource(GOLDEN_V1).toURI()));
    assertThat(CohortSummary.fromBytes(bytes)).isEqualTo(goldenSummary());
    assertThat(CohortSummary.fromBytes(bytes).plus(goldenSummary()))
        .isEqualTo(goldenSummary().plus(goldenSummary()));
  }

  @Test
  void regionsAreCountedByCountry() {
    RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT, ControllerType.GENERAL,
        LocalDate.of(2025, 7, 1));
    CohortAccumulator acc = new CohortAccumulator(LocalDate.of(2025, 7, 1));
    for (String postcode : List.of("US 02108", "US 02139", "GB SW1A 1", "GB W1 1", "BE 1000",
        "DE 10115", "FR 75001", "FR 20000", "ES 28001", "IT 00184", "AT 1010", "CH 8001",
        "NO 0150", "FI 00100", "PL 00950", "PT 1000001",
        "1098 GH")) {
      SubjectExposure s = SubjectExposure.of(FieldType.POSTCODE)
          .withQuasiIdentifiers(QuasiIdentifiers.none().withPostcode(postcode));
      acc.add(s, model.assess(s));
    }
    CohortSummary c = CohortSummary.fromBytes(acc.toSummary().toBytes());
    assertThat(c.countInRegion(new Region("US", "021"))).isEqualTo(2);
    assertThat(c.countInRegion(10)).isEqualTo(1);
    assertThat(c.foreignRegions().keySet()).extracting(Region::key)
        .containsExactly("US-021", "GB-SW", "GB-W", "BE-10", "DE-10", "FR-20", "FR-75", "ES-28",
            "IT-00", "AT-10", "CH-80", "NO-01", "FI-00", "PL-00",
            "PT-10");
    assertThat(c.countInRegion(0)).isZero();
  }

  @Property(tries = 200)
  void bytesRoundTripAndMerge(@ForAll("summaries") CohortSummary a, @ForAll("summaries") CohortSummary b) {
    assertThat(CohortSummary.fromBytes(a.toBytes())).isEqualTo(a);
    assertThat(CohortSummary.fromBytes(a.toBytes()).plus(CohortSummary.fromBytes(b.toBytes())))
        .isEqualTo(a.plus(b));
  }

  @Test
  void breakdownsCountLevelsByTypeRegionsAndAgeBands() {
    CohortSummary s = goldenSummary();
    assertThat(s.count(org.exposure.score.SeverityLevel.VERY_HIGH, FieldType.TEST_RESULT)).isEqualTo(1);
    assertThat(s.count(org.exposure.score.SeverityLevel.VERY_HIGH, FieldType.NATIONAL_ID)).isEqualTo(2);
    assertThat(s.countInRegion(22)).isEqualTo(1);
    assertThat(s.countInRegion(0)).isEqualTo(2);
    assertThat(s.count(AgeBand.AGE_50_59)).isEqualTo(1);
    assertThat(s.count(AgeBand.UNKNOWN)).isEqualTo(2);
  }

  @Test
  void foreignOrDamagedBytesAreRefusedWithTheReason() {
    byte[] good = goldenSummary().toBytes();
    assertThatIllegalArgumentException().isThrownBy(() -> CohortSummary.fromBytes(new byte[] {1, 2, 3, 4}))
        .withMessage("not a cohort summary: the bytes do not start with EXPC");
    byte[] future = good.clone();
    future[5] = 9;
    assertThatIllegalArgumentException().isThrownBy(() -> CohortSummary.fromBytes(future))
        .withMessage("cohort summary format version 9 is not supported; this release reads versions 1 to 3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CohortSummary.fromBytes(Arrays.copyOf(good, good.length - 3)))
        .withMessage("the cohort summary is cut short");
    // A negative count would let a merged summary give another party's small cells away.
    byte[] negative = good.clone();
    java.nio.ByteBuffer.wrap(negative).putLong(negative.length - 8, -1);
    assertThatIllegalArgumentException().isThrownBy(() -> CohortSummary.fromBytes(negative))
        .withMessage("a count of the cohort summary is out of range");
  }

  @Provide
  Arbitrary<CohortSummary> summaries() {
    return new CohortSummaryProperties().cohorts().map(subjects -> {
      RiskModel model = RiskModel.of(BreachCircumstances.DEFAULT, ControllerType.GENERAL,
          LocalDate.of(2025, 7, 1));
      CohortAccumulator acc = new CohortAccumulator(LocalDate.of(2025, 7, 1));
      subjects.forEach(s -> acc.add(s, model.assess(s)));
      return acc.toSummary();
    });
  }
}
