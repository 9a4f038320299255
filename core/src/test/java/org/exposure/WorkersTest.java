package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void everyBatchRunsBeforeCloseReturns() {
    AtomicInteger done = new AtomicInteger();
    try (Workers workers = Workers.of(3)) {
      for (int i = 0; i < 100; i++) {
        workers.run(done::incrementAndGet);
      }
    }
    assertThat(done).hasValue(100);
  }

  @Test
  void aFailedBatchEndsTheRunInsteadOfHangingIt() {
    assertThatThrownBy(() -> {
      try (Workers workers = Workers.of(2)) {
        for (int i = 0; i < 50; i++) {
          workers.run(() -> {
            throw new OutOfMemoryError("simulated");
          });
        }
      }
    }).isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
  }

  @Test
  void afterAFailureTheWorkersTakeNoMoreWork() {
    try (Workers workers = Workers.pooled(1)) {
      // The failure comes out of run, if the batch ends first, or else out of awaitAll.
      assertThatThrownBy(() -> {
        workers.run(() -> {
          throw new IllegalArgumentException("simulated");
        });
        workers.awaitAll();
      }).isInstanceOf(IllegalArgumentException.class).hasMessage("simulated");
      // A caller that caught the failure and went on would lose batches: it is told instead.
      assertThatThrownBy(() -> workers.run(() -> {})).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(workers::awaitAll).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aPoolOfOneRunsBesideTheCaller() {
    Thread[] ran = new Thread[1];
    try (Workers workers = Workers.pooled(1)) {
      workers.run(() -> ran[0] = Thread.currentThread());
      workers.awaitAll();
    }
    assertThat(ran[0]).isNotSameAs(Thread.currentThread());
  }

  @Test
  void oneThreadRunsOnTheCaller() {
    Thread[] ran = new Thread[1];
    try (Workers workers = Workers.of(1)) {
      workers.run(() -> ran[0] = Thread.currentThread());
    }
    assertThat(ran[0]).isSameAs(Thread.currentThread());
  }
}
