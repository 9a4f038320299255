package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteResultTest {
  private static final ProcessRun BARE = new ProcessRun(2.0, 100 * 1024, 0, false);

  @Test
  void ratiosArePairedAndTheRowGivesTheirMedianAndRange() {
    SuiteResult result = new SuiteResult("uk-nhs", 485_000, 52_300_000, false,
        List.of(BARE, new ProcessRun(1.0, 90 * 1024, 0, false), new ProcessRun(4.0, 110 * 1024, 0, false)),
        List.of(new ProcessRun(6.0, 600 * 1024, 0, false), new ProcessRun(5.0, 700 * 1024, 0, false),
            new ProcessRun(8.0, 650 * 1024, 0, false)));
    // Pairs: 6/2 = 3.00, 5/1 = 5.00, 8/4 = 2.00; the median of the ratios, not the ratio of medians.
    assertThat(result.markdown()).isEqualTo(
        "| uk-nhs | 485,000 | 52.3 MB | 2.00 s | 6.00 s | **3.00×** (2.00–5.00) | 100 / 650 MB |  |");
    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void aCliRunThatFailedIsReportedWithItsExitCodeNeverAsATime() {
    SuiteResult result = new SuiteResult("be-heldout", 10, 1_000, true, List.of(BARE, BARE),
        List.of(new ProcessRun(3.0, 1024, 0, false), new ProcessRun(0.7, 1024, 1, false)));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.markdown()).contains("| exit 1 | failed |").doesNotContain("×").endsWith("| yes |");
  }

  @Test
  void aRunStoppedByTheGuardIsReportedAsStopped() {
    SuiteResult result = new SuiteResult("long-remarks", 10, 1_000, false, List.of(BARE),
        List.of(new ProcessRun(1_800.2, -1, -1, true)));
    assertThat(result.markdown()).contains("stopped after 1800 s").contains("failed");
  }

  @Test
  void bareAndCliRunsComeInPairs() {
    assertThatThrownBy(() -> new SuiteResult("x", 1, 1, false, List.of(BARE), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many bare runs as CLI runs");
  }
}
