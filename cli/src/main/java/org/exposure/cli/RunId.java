package org.exposure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The identity of a run, derived from the content of its {@code subjects.csv} and {@code
 * notification-list.csv}, and recorded in its {@code report.json} ({@code run.id}) and {@code
 * report.html}, so that a reader can tell whether the files of a folder belong to one run.
 *
 * <p>It depends on the lines of each file, not on their order: subjects come in the order the threads
 * finish them, and the same input, key and options must give the same identity (and the same {@code
 * report.json}, byte for byte) on any number of threads. Each line's SHA-256 is summed modulo
 * 2<sup>256</sup> per file (a multiset hash: no line may be added, lost or changed unnoticed, whatever
 * the order), and the sums and line counts of both files are hashed once more. A check against
 * accidents (files of two runs in one folder), not a signature: anyone can compute it.
 *
 * <p>Stateless.
 */
final class RunId {
  private static final int HASH_BYTES = 32;
  private static final String VERSION = "exposure-run/1";

  private RunId() {}

  /**
   * The identity of the run that wrote the two files: 32 hex digits.
   *
   * @throws IOException if a file cannot be read
   */
  static String of(Path subjects, Path notificationList) throws IOException {
    MessageDigest id = sha256();
    id.update((VERSION + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path file : new Path[] {subjects, notificationList}) {
      byte[] sum = new byte[HASH_BYTES];
      String lines = sumOfLines(file, sum);
      id.update((lines + "\n").getBytes(StandardCharsets.UTF_8));
      id.update(sum);
    }
    return HexFormat.of().formatHex(Arrays.copyOf(id.digest(), 16));
  }

  /**
   * Adds each line's hash (its bytes up to and without the line feed) to {@code sum}; returns their
   * number, with a {@code +} if the last one has no line feed (so that it differs from one with).
   */
  private static String sumOfLines(Path file, byte[] sum) throws IOException {
    MessageDigest line = sha256();
    long lines = 0;
    boolean open = false; // bytes of a line seen since the last line feed
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            line.update(buffer, start, i - start);
            add(sum, line.digest());
            lines++;
            start = i + 1;
            open = false;
          }
        }
        if (start < n) {
          line.update(buffer, start, n - start);
          open = true;
        }
      }
    }
    if (open) {
      add(sum, line.digest());
      return (lines + 1) + "+";
    }
    return String.valueOf(lines);
  }

  /** {@code sum += hash} modulo 2^256, both big-endian. */
  private static void add(byte[] sum, byte[] hash) {
    int carry = 0;
    for (int i = HASH_BYTES - 1; i >= 0; i--) {
      int s = (sum[i] & 0xff) + (hash[i] & 0xff) + carry;
      sum[i] = (byte) s;
      carry = s >>> 8;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
