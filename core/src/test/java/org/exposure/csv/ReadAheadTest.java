package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  @Test
  void keepsTheOrder() {
    List<Integer> source = IntStream.range(0, 5_000).boxed().toList();
    List<Integer> read = new ArrayList<>();
    try (ReadAhead<Integer> ahead = new ReadAhead<>(source.iterator(), "test")) {
      ahead.forEachRemaining(read::add);
    }
    assertThat(read).isEqualTo(source);
  }

  @Test
  void aFailureOfTheSourceReachesTheReaderEvenAnError() {
    Iterator<Integer> failing = new Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Integer next() {
        if (++n > 2_000) {
          throw new OutOfMemoryError("simulated");
        }
        return n;
      }
    };
    try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, "test")) {
      assertThatThrownBy(() -> ahead.forEachRemaining(i -> { }))
          .isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
    }
  }
}
