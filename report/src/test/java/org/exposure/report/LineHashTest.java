package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The hand-written MurmurHash3 gives Guava's halves, so a run's identity stays what it was. */
class LineHashTest {

  /** What the sum took before: Guava's hash, its bytes read back as two big-endian longs. */
  private static long[] guava(byte[] bytes, int from, int length) {
    ByteBuffer halves = ByteBuffer.wrap(Hashing.murmur3_128().hashBytes(bytes, from, length).asBytes());
    return new long[] {halves.getLong(), halves.getLong()};
  }

  @Property(tries = 2000)
  void addsWhatGuavasHashAdds(@ForAll @Size(max = 300) byte[] bytes,
      @ForAll @IntRange(max = 20) int cutFront, @ForAll @IntRange(max = 20) int cutBack) {
    int from = Math.min(cutFront, bytes.length);
    int length = Math.max(0, bytes.length - from - cutBack);
    long[] sum = new long[2];
    LineHash.add(bytes, from, length, sum);
    assertThat(sum).containsExactly(guava(bytes, from, length));
  }

  @Property(tries = 200)
  void sumsLineByLine(@ForAll @Size(min = 1, max = 40) byte[] a, @ForAll @Size(max = 40) byte[] b) {
    long[] sum = new long[2];
    LineHash.add(a, 0, a.length, sum);
    LineHash.add(b, 0, b.length, sum);
    long[] ga = guava(a, 0, a.length);
    long[] gb = guava(b, 0, b.length);
    assertThat(sum).containsExactly(ga[0] + gb[0], ga[1] + gb[1]);
  }
}
