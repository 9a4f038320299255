package org.exposure.report;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * <p>It depends on the lines of each file, not on their order: the files are written in key order,
 * but a writer handed subjects in another order must still give the same identity (and the same
 * {@code report.json}, byte for byte). Each line's 128-bit MurmurHash3 is summed
 * per file, each 64-bit half modulo 2<sup>64</sup> (a multiset hash: a line added, lost or changed
 * changes it but with a chance of 2<sup>-64</sup> or so, whatever the order), and the sums and line
 * counts of both files are hashed once more with SHA-256. A check against accidents (files of two runs
 * in one folder), not a signature: anyone can compute it. Murmur rather than SHA-256 per line: a run
 * of 485,000 subjects hashes about a million lines, and Murmur does it several times faster
 * ({@link LineHash}).
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
    return of(Lines.of(subjects), Lines.of(notificationList));
  }

  /** The identity of the run whose two files held these lines: 32 hex digits. */
  static String of(Lines subjects, Lines notificationList) {
    Hasher id = Hashing.sha256().newHasher()
        .putBytes((VERSION + "\n").getBytes(StandardCharsets.UTF_8));
    for (Lines file : new Lines[] {subjects, notificationList}) {
      id.putBytes((file.count() + "\n").getBytes(StandardCharsets.UTF_8));
      id.putBytes(ByteBuffer.allocate(2 * Long.BYTES).putLong(file.sum[0]).putLong(file.sum[1])
          .array());
    }
    return HexFormat.of().formatHex(Arrays.copyOf(id.hash().asBytes(), 16));
  }

  /**
   * The lines of one file, summed as they are written or read: each line's hash (its bytes up to and
   * without the line feed) added to a sum, and their number. Bytes may come in any pieces. One
   * writer's.
   */
  static final class Lines {
    private final long[] sum = new long[2];
    private long lines;
    private byte[] held = new byte[256]; // an unfinished line
    private int heldLength;

    /** The lines of a file written already. */
    static Lines of(Path file) throws IOException {
      Lines lines = new Lines();
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          lines.add(buffer, 0, n);
        }
      }
      return lines;
    }

    void add(byte[] bytes) {
      add(bytes, 0, bytes.length);
    }

    /** Writes the bytes to {@code out} and sums them: a file's lines as they are written. */
    void write(OutputStream out, byte[] bytes) throws IOException {
      out.write(bytes);
      add(bytes);
    }

    void add(byte[] bytes, int offset, int length) {
      int start = offset;
      int end = offset + length;
      for (int i = offset; i < end; i++) {
        if (bytes[i] == '\n') {
          if (heldLength == 0) {
            line(bytes, start, i - start);
          } else {
            hold(bytes, start, i - start);
            line(held, 0, heldLength);
            heldLength = 0;
          }
          start = i + 1;
        }
      }
      hold(bytes, start, end - start);
    }

    private void hold(byte[] bytes, int from, int length) {
      if (heldLength + length > held.length) {
        held = Arrays.copyOf(held, Math.max(2 * held.length, heldLength + length));
      }
      System.arraycopy(bytes, from, held, heldLength, length);
      heldLength += length;
    }

    private void line(byte[] bytes, int from, int length) {
      LineHash.add(bytes, from, length, sum);
      lines++;
    }

    /**
     * Their number, with a {@code +} if the last one has no line feed (so that it differs from one
     * with); that line is counted and summed here.
     */
    private String count() {
      if (heldLength > 0) {
        line(held, 0, heldLength);
        heldLength = 0;
        return lines + "+";
      }
      return String.valueOf(lines);
    }
  }
}
