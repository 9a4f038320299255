package org.exposure.report;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The identity of a run, derived from the content of its {@code subjects.csv} and {@code
 * notification-list.csv}, and recorded in its {@code report.json} ({@code run.id}) and {@code
 * report.html}, so that a reader can tell whether the files of a folder belong to one run.
 *
 * <p>It depends on the lines of each file, not on their order: subjects come in the order the threads
 * finish them, and the same input, key and options must give the same identity (and the same {@code
 * report.json}, byte for byte) on any number of threads. Each line's 128-bit MurmurHash3 is summed
 * per file, each 64-bit half modulo 2<sup>64</sup> (a multiset hash: a line added, lost or changed
 * changes it but with a chance of 2<sup>-64</sup> or so, whatever the order), and the sums and line counts of both files are hashed once more
 * with SHA-256. A check against accidents (files of two runs in one folder), not a signature: anyone
 * can compute it. Murmur rather than SHA-256 per line: a run of 485,000 subjects hashes about a
 * million lines, and Murmur does it several times faster.
 *
 * <p>Stateless.
 */
final class RunId {
  private static final String VERSION = "exposure-run/1";

  private RunId() {}

  /**
   * The identity of the run that wrote the two files: 32 hex digits.
   *
   * @throws IOException if a file cannot be read
   */
  static String of(Path subjects, Path notificationList) throws IOException {
    Hasher id = Hashing.sha256().newHasher()
        .putBytes((VERSION + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path file : new Path[] {subjects, notificationList}) {
      long[] sum = new long[2];
      String lines = sumOfLines(file, sum);
      id.putBytes((lines + "\n").getBytes(StandardCharsets.UTF_8));
      id.putBytes(ByteBuffer.allocate(2 * Long.BYTES).putLong(sum[0]).putLong(sum[1]).array());
    }
    return HexFormat.of().formatHex(Arrays.copyOf(id.hash().asBytes(), 16));
  }

  /**
   * Adds each line's hash (its bytes up to and without the line feed) to {@code sum}; returns their
   * number, with a {@code +} if the last one has no line feed (so that it differs from one with).
   */
  private static String sumOfLines(Path file, long[] sum) throws IOException {
    long lines = 0;
    byte[] buffer = new byte[1 << 16];
    int held = 0; // bytes of an unfinished line at the start of the buffer
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer, held, buffer.length - held); n >= 0;
          n = in.read(buffer, held, buffer.length - held)) {
        int end = held + n;
        int start = 0;
        for (int i = held; i < end; i++) {
          if (buffer[i] == '\n') {
            add(sum, LINE.hashBytes(buffer, start, i - start));
            lines++;
            start = i + 1;
          }
        }
        held = end - start;
        System.arraycopy(buffer, start, buffer, 0, held);
        if (held == buffer.length) { // a line longer than the buffer: make room for the rest
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
    }
    if (held > 0) {
      add(sum, LINE.hashBytes(buffer, 0, held));
      return (lines + 1) + "+";
    }
    return String.valueOf(lines);
  }

  private static final HashFunction LINE = Hashing.murmur3_128();

  /** {@code sum += hash}, each 64-bit half modulo 2^64. */
  private static void add(long[] sum, HashCode hash) {
    ByteBuffer bytes = ByteBuffer.wrap(hash.asBytes());
    sum[0] += bytes.getLong();
    sum[1] += bytes.getLong();
  }
}
