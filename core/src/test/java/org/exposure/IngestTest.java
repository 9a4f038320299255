package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.exposure.link.SubjectKeys;
import org.exposure.link.SubjectLinker;
import org.exposure.model.ExposedRecord;
import org.exposure.model.FieldReport;
import org.exposure.model.SourceLocation;
import org.exposure.spi.Extract;
import org.exposure.spi.ExtractSink;
import org.exposure.spi.ExtractSource;
import org.exposure.spi.Part;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one pipeline, on an extract of its own: accounting, order of rejections, batches, passes. */
class IngestTest {
  /**
   * An extract of {@code items} items of the given weight, in {@code parts} parts: item {@code i} is
   * on line {@code i + 1}; every fifth is rejected at scan time, every seventh when assessed, and
   * every third waits for the second pass.
   */
  private static final class Lines implements Extract<Long> {
    final int items;
    final int parts;
    final long weight;
    final AtomicInteger assessors = new AtomicInteger();
    final List<Long> secondPass = Collections.synchronizedList(new ArrayList<>());

    Lines(int items, int parts, long weight) {
      this.items = items;
      this.parts = parts;
      this.weight = weight;
    }

    @Override
    public ExtractSource source() {
      return new ExtractSource(Path.of("lines.txt"), "lines.txt");
    }

    @Override
    public String format() {
      return "lines";
    }

    @Override
    public String encoding() {
      return "UTF-8";
    }

    @Override
    public String layout() {
      return "one per line";
    }

    @Override
    public List<Part> parts(int wanted) {
      List<Part> out = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        long from = (long) items * p / parts;
        long to = (long) items * (p + 1) / parts;
        out.add(new Part("lines.txt", p, from, to, from + 1));
      }
      return out;
    }

    @Override
    public void scan(Part part, int pass, ExtractSink sink, Consumer<? super Long> out) {
      for (long i = part.start(); i < part.end(); i++) {
        if (pass == 1 && i % 5 == 0) {
          sink.reject(i + 1, "unreadable");
        } else if (pass == 1 || i % 3 == 0 && i % 5 != 0) {
          out.accept(i);
        }
      }
      sink.bytesRead(part.end() - part.start());
    }

    @Override
    public Assessor<Long> assessor(int pass) {
      assessors.incrementAndGet();
      return new Assessor<>() {
        @Override
        public void assess(Long i, ExtractSink sink) {
          if (pass == 1 && i % 3 == 0) {
            return; // waits for the second pass
          }
          if (pass == 2) {
            secondPass.add(i);
          }
          if (i % 7 == 0) {
            sink.reject(i + 1, "bad value");
          } else {
            sink.add(new ExposedRecord(new SourceLocation("lines.txt", i + 1), List.of()));
          }
        }

        @Override
        public void finish() {}
      };
    }

    @Override
    public long weight(Long item) {
      return weight;
    }

    @Override
    public boolean needsSecondPass() {
      return true;
    }

    @Override
    public List<FieldReport> fields() {
      return List.of();
    }

    long rejected() {
      long n = 0;
      for (long i = 0; i < items; i++) {
        n += i % 5 == 0 || i % 7 == 0 ? 1 : 0;
      }
      return n;
    }
  }

  private static Ingest ingest(int threads, int listed, Progress progress, long batchWeight) {
    return new Ingest(new SubjectLinker(SubjectKeys.random()), threads, listed, progress,
        batchWeight);
  }

  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 2, 4})
  void everyRecordIsCountedOnceAndTheFirstRejectionsAreListedInFileOrder(int threads)
      throws IOException {
    for (int parts : new int[] {1, 3}) {
      Lines lines = new Lines(5_000, parts, 1);
      Progress progress = new Progress();
      Ingest.Read read = ingest(threads, 50, progress, Ingest.BATCH_WEIGHT)
          .read(List.of(lines)).get(0);

      assertThat(read.records()).isEqualTo(5_000);
      assertThat(read.rejected()).isEqualTo(lines.rejected());
      assertThat(read.rejections()).hasSize(50).extracting(r -> r.location().line())
          .isSorted().startsWith(1L, 6L, 8L, 11L, 15L, 16L);
      assertThat(lines.secondPass).as("every third item not rejected at scan time")
          .hasSize((int) java.util.stream.LongStream.range(0, 5_000)
              .filter(i -> i % 3 == 0 && i % 5 != 0).count());
      assertThat(progress.recordsRead()).isEqualTo(5_000);
      assertThat(progress.bytesRead()).as("told by both passes").isEqualTo(10_000);
    }
  }

  /**
   * An extract of one part is scanned on one thread and assessed in batches on the others, each batch
   * closed at {@link Ingest#BATCH} items or once its weight passes the bound, so that large items
   * (document Bundles) do not pile up in memory.
   */
  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {2, 3})
  void batchesAreBoundedByTheirWeight(int threads) throws IOException {
    Lines heavy = new Lines(30, 1, 4_001);
    ingest(threads, 100, new Progress(), 10_000).read(List.of(heavy));
    // First pass: 24 items scanned (6 rejected) in batches of 3; second: 8 items, in batches of 3.
    assertThat(heavy.assessors).hasValue(8 + 3);

    Lines light = new Lines(5_000, 1, 1);
    ingest(threads, 100, new Progress(), 10_000).read(List.of(light));
    assertThat(light.assessors).as("%d items a batch", Ingest.BATCH).hasValue(4 + 2);
  }
}
