package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.exposure.AnalysisOptions;
import org.exposure.ExposureAnalysis;
import org.exposure.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {
  @TempDir
  Path dir;

  @Test
  void aFinishedRunHasReadEveryByteAndRecord() throws IOException {
    Path sample = Path.of("..", "examples", "screening-sample.csv");
    Progress progress = new Progress();
    ExposureAnalysis.of(AnalysisOptions.builder().threads(2).build())
        .assess(List.of(sample), s -> {}, progress);

    assertThat(progress.stage()).isEqualTo(Progress.Stage.DONE);
    assertThat(progress.totalBytes()).isEqualTo(Files.size(sample));
    assertThat(progress.recordsRead()).isEqualTo(2_085);
    // The header and the byte-order mark are read apart from the parts.
    assertThat(progress.bytesRead()).isBetween(Files.size(sample) - 400, Files.size(sample));
  }

  @Test
  void theLineShowsShareRecordsRateAndTimeLeft() {
    assertThat(ProgressBar.line(Progress.Stage.READING, 250, 1000, 4_000, Duration.ofSeconds(2)))
        .isEqualTo("exposure: reading 25% · 4,000 records · 2,000 records/s · 0:06 left");
    assertThat(ProgressBar.line(Progress.Stage.SCORING, 1000, 1000, 4_000, Duration.ofSeconds(3)))
        .isEqualTo("exposure: scoring subjects · 4,000 records read");
  }
}
