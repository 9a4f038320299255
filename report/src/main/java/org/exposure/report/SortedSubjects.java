package org.exposure.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exposure.model.SourceLocation;
import org.exposure.score.SeverityLevel;

/**
 * The subjects' rows, handed over in any order, given back in subject-key order, without holding a
 * cohort of millions in memory: rows are buffered up to a bound, sorted, and spilled as sorted runs to
 * files in the staging folder (readable by the user only); {@link #sorted} merges the runs (a k-way
 * merge) with what is still buffered. A full buffer is sorted and spilled on a thread of its own while
 * the next one fills, so that the analysis, which hands rows over one at a time, does not wait for the
 * disk; at most two buffers are held. Not thread-safe: the caller admits one row at a time.
 */
final class SortedSubjects implements Closeable {
  /**
   * One subject's rows, as the UTF-8 bytes they are written as, with her key as a number (16-digit
   * lower-case hex keys sort as their unsigned numbers) and her level, for the list.
   */
  record Row(long code, SeverityLevel level, byte[] subjectLine, byte[] listLine,
      List<SourceLocation> locations) {
    /** Her key, 16 lower-case hex digits. */
    String key() {
      return HexFormat.of().toHexDigits(code);
    }

    long weight() {
      long bytes = subjectLine.length + listLine.length;
      for (SourceLocation location : locations) {
        bytes += 2 * location.source().length() + 16;
      }
      return bytes + 96;
    }
  }

  /** By key; by the rows where keys tie, so that the order never depends on arrival. */
  static final Comparator<Row> ORDER = (a, b) -> {
    int c = Long.compareUnsigned(a.code(), b.code());
    if (c == 0) {
      c = Arrays.compare(a.subjectLine(), b.subjectLine());
    }
    return c != 0 ? c : Arrays.compare(a.listLine(), b.listLine());
  };

  /** Where runs are spilled: creates a new private file of the given name. */
  @FunctionalInterface
  interface Files0600 {
    Path create(String name) throws IOException;
  }

  private final Files0600 files;
  private final long bound;
  private List<Row> buffer = new ArrayList<>();
  private long buffered;
  private final List<Path> runs = new ArrayList<>();
  /** Sorts and writes full buffers; made at the first spill. */
  private ExecutorService spiller;
  /** The spill under way, if any. */
  private Future<?> pending;

  /**
   * @param files creates the spill files
   * @param bound the memory, roughly in bytes, that buffered rows may take before they are spilled
   */
  SortedSubjects(Files0600 files, long bound) {
    this.files = files;
    this.bound = bound;
  }

  void add(Row row) throws IOException {
    buffer.add(row);
    buffered += row.weight();
    if (buffered >= bound) {
      spill();
    }
  }

  /** The number of runs spilled so far. */
  int runs() {
    return runs.size();
  }

  /** Hands the full buffer to the spilling thread, once the one before it is on disk. */
  private void spill() throws IOException {
    awaitSpill();
    List<Row> full = buffer;
    Path run = files.create("subjects-" + runs.size() + ".run");
    runs.add(run);
    buffer = new ArrayList<>(full.size());
    buffered = 0;
    if (spiller == null) {
      spiller = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "exposure-report-spill");
        thread.setDaemon(true);
        return thread;
      });
    }
    pending = spiller.submit(() -> {
      full.sort(ORDER);
      try (DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
        out.writeInt(full.size());
        for (Row row : full) {
          write(out, row);
        }
      }
      return null;
    });
  }

  /** Waits for the spill under way; rethrows its failure. */
  private void awaitSpill() throws IOException {
    if (pending == null) {
      return;
    }
    Future<?> spill = pending;
    pending = null;
    try {
      spill.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while subjects were spilled to disk");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("spilling subjects failed", e.getCause());
    }
  }

  /** A source of rows in key order; {@code next} returns null at the end. */
  interface Cursor extends Closeable {
    Row next() throws IOException;
  }

  /** Every row added, in key order; once, after the last {@link #add}. */
  Cursor sorted() throws IOException {
    awaitSpill();
    buffer.sort(ORDER);
    List<Cursor> sources = new ArrayList<>();
    try {
      for (Path run : runs) {
        sources.add(new RunCursor(run));
      }
    } catch (IOException e) {
      for (Cursor c : sources) {
        c.close();
      }
      throw e;
    }
    sources.add(new ListCursor(buffer));
    return new Merge(sources);
  }

  /** Ends the spilling thread and removes the spilled runs. */
  @Override
  public void close() throws IOException {
    if (spiller != null) {
      try {
        awaitSpill();
      } catch (IOException | RuntimeException e) {
        // the run is being abandoned or has failed already: its file goes below all the same
      } finally {
        spiller.shutdown();
      }
    }
    for (Path run : runs) {
      Files.deleteIfExists(run);
    }
  }

  private static void write(DataOutputStream out, Row row) throws IOException {
    out.writeLong(row.code());
    out.writeByte(row.level().ordinal());
    bytes(out, row.subjectLine());
    bytes(out, row.listLine());
    out.writeInt(row.locations().size());
    for (SourceLocation location : row.locations()) {
      text(out, location.source());
      out.writeLong(location.line());
      out.writeInt(location.entry());
    }
  }

  private static Row read(DataInputStream in) throws IOException {
    long code = in.readLong();
    SeverityLevel level = SeverityLevel.values()[in.readByte()];
    byte[] subjectLine = bytes(in);
    byte[] listLine = bytes(in);
    int n = in.readInt();
    List<SourceLocation> locations = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      locations.add(new SourceLocation(text(in), in.readLong(), in.readInt()));
    }
    return new Row(code, level, subjectLine, listLine, locations);
  }

  /** Text of any length (writeUTF stops at 64 KiB, and a row of many locations may be longer). */
  private static void text(DataOutputStream out, String s) throws IOException {
    bytes(out, s.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }

  private static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    return in.readNBytes(in.readInt());
  }

  private static final class ListCursor implements Cursor {
    private final List<Row> rows;
    private int next;

    ListCursor(List<Row> rows) {
      this.rows = rows;
    }

    @Override
    public Row next() {
      return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public void close() {}
  }

  private static final class RunCursor implements Cursor {
    private final DataInputStream in;
    private int left;

    RunCursor(Path run) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
      left = in.readInt();
    }

    @Override
    public Row next() throws IOException {
      if (left == 0) {
        return null;
      }
      left--;
      return read(in);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** The k-way merge of sorted cursors. */
  private static final class Merge implements Cursor {
    private record Head(Row row, Cursor from) {}

    private final List<Cursor> sources;
    private final PriorityQueue<Head> heads =
        new PriorityQueue<>(Comparator.comparing(Head::row, ORDER));
    private boolean started;

    Merge(List<Cursor> sources) {
      this.sources = sources;
    }

    @Override
    public Row next() throws IOException {
      if (!started) {
        started = true;
        for (Cursor c : sources) {
          advance(c);
        }
      }
      Head head = heads.poll();
      if (head == null) {
        return null;
      }
      advance(head.from());
      return head.row();
    }

    private void advance(Cursor c) throws IOException {
      Row row = c.next();
      if (row != null) {
        heads.add(new Head(row, c));
      }
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (Cursor c : sources) {
        try {
          c.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
