package org.exposure.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.exposure.model.QuasiIdentifiers;
import org.junit.jupiter.api.Test;

class SubjectTableTest {

  /** What the table should hold for one key, merged the slow way. */
  private record Expected(int types, int grade, long classCode, long[] locations) {
    Expected plus(int t, int g, long code, long location) {
      long[] more = Arrays.copyOf(locations, locations.length + 1);
      more[locations.length] = location;
      return new Expected(types | t, Math.max(grade, g), QuasiIdentifiers.mostTellingOf(classCode, code),
          more);
    }
  }

  @Test
  void manyRecordsFromSeveralThreadsMergeAsOneAtATimeWouldThroughGrowth() {
    int records = 200_000;
    long[] keys = new long[records];
    int[] types = new int[records];
    int[] grades = new int[records];
    long[] codes = new long[records];
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < records; i++) {
      // About three records a subject, keys as spread as HMAC output, never 0.
      keys[i] = new SplittableRandom(random.nextInt(records / 3)).nextLong() | 1;
      types[i] = 1 << random.nextInt(23);
      grades[i] = random.nextInt(6);
      codes[i] = random.nextBoolean() ? 0 : QuasiIdentifiers.none()
          .withAge(random.nextInt(121)).withSex(random.nextBoolean() ? "F" : "M").classCode();
    }
    SubjectTable table = new SubjectTable(10); // far too small: every shard grows many times
    IntStream.range(0, records).parallel()
        .forEach(i -> table.merge(keys[i], types[i], grades[i], codes[i], i));

    Map<Long, Expected> expected = new HashMap<>();
    for (int i = 0; i < records; i++) {
      int r = i;
      expected.merge(keys[i], new Expected(types[i], grades[i], codes[i], new long[] {i}),
          (old, x) -> old.plus(types[r], grades[r], codes[r], r));
    }
    assertThat(table.size()).isEqualTo(expected.size());
    Map<Long, Boolean> seen = new ConcurrentHashMap<>();
    List<Long> order = new ArrayList<>();
    table.mapInKeyOrder(3, (key, t, grade, code, where, n) -> {
      Expected e = expected.get(key);
      assertThat(e).isNotNull();
      assertThat(t).isEqualTo(e.types());
      assertThat(grade).isEqualTo(e.grade());
      assertThat(code).isEqualTo(e.classCode());
      long[] locations = Arrays.copyOf(where, n);
      Arrays.sort(locations);
      assertThat(locations).containsExactly(e.locations());
      assertThat(seen.put(key, true)).isNull();
      return key;
    }, order::add);
    assertThat(seen).hasSize(expected.size());
    assertThat(order).as("delivered in unsigned key order, one at a time")
        .hasSize(expected.size()).isSortedAccordingTo(Long::compareUnsigned);
    assertThat(table.classCodes()).hasSize(expected.size());
  }
}
