package org.exposure.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.exposure.score.SeverityLevel;

/**
 * The rows of subjects that arrive in key order, as {@code ExposureAnalysis} hands them over, written
 * as they come: each subject's line straight into {@code subjects.csv}, and her list line, with her
 * level, into a file of candidates that {@link #finish} filters into the notification list once the
 * decision is known. No row is held in memory, and only the list's lines are written twice. A row that
 * comes out of order is refused; the writer then {@linkplain #drainTo sorts} what was written with the
 * rest. One writer's.
 */
final class StreamedRows {
  private final Path subjectsFile;
  private final Path candidatesFile;
  private final OutputStream subjects;
  private final DataOutputStream candidates;
  private final RunId.Lines subjectLines = new RunId.Lines();
  private long last;
  private long rows;

  private StreamedRows(Path subjectsFile, Path candidatesFile) throws IOException {
    this.subjectsFile = subjectsFile;
    this.candidatesFile = candidatesFile;
    this.subjects = new BufferedOutputStream(Files.newOutputStream(subjectsFile), 1 << 16);
    this.candidates = new DataOutputStream(
        new BufferedOutputStream(Files.newOutputStream(candidatesFile), 1 << 16));
  }

  /** Rows written to the given staged files, {@code subjects.csv} starting with its header. */
  static StreamedRows open(Path subjectsFile, Path candidatesFile, byte[] subjectsHeader)
      throws IOException {
    StreamedRows rows = new StreamedRows(subjectsFile, candidatesFile);
    rows.subjects.write(subjectsHeader);
    rows.subjectLines.add(subjectsHeader);
    return rows;
  }

  /** Writes the row if it comes after the last one in key order; false, writing nothing, if not. */
  boolean add(SortedSubjects.Row row) throws IOException {
    if (rows > 0 && Long.compareUnsigned(row.code(), last) <= 0) {
      return false;
    }
    last = row.code();
    rows++;
    subjects.write(row.subjectLine());
    subjectLines.add(row.subjectLine());
    candidates.writeLong(row.code());
    candidates.writeByte(row.level().ordinal());
    candidates.writeInt(row.listLine().length);
    candidates.write(row.listLine());
    return true;
  }

  /**
   * Hands every row written so far to {@code sorted} and removes the files: for a writer whose rows
   * stopped coming in order. A subject's line is one line of {@code subjects.csv} (its cells are
   * keys, codes and numbers: none holds a line break), read back in step with her candidate.
   */
  void drainTo(SortedSubjects sorted) throws IOException {
    close();
    try (DataInputStream in = new DataInputStream(
            new BufferedInputStream(Files.newInputStream(candidatesFile), 1 << 16));
        InputStream lines = new BufferedInputStream(Files.newInputStream(subjectsFile), 1 << 16)) {
      line(lines); // the header
      for (long i = 0; i < rows; i++) {
        long code = in.readLong();
        SeverityLevel level = SeverityLevel.values()[in.readByte()];
        byte[] listLine = in.readNBytes(in.readInt());
        sorted.add(new SortedSubjects.Row(code, level, line(lines), listLine, List.of()));
      }
    }
    Files.delete(candidatesFile);
    Files.delete(subjectsFile);
  }

  /** What {@link #finish} wrote. */
  record Written(long rows, long listed, RunId.Lines subjectLines, RunId.Lines listLines) {}

  /**
   * Ends {@code subjects.csv} and writes the notification list: its header, then the line of every
   * candidate whose level {@code informs} takes; removes the candidates.
   */
  Written finish(Path listFile, byte[] listHeader, Predicate<SeverityLevel> informs)
      throws IOException {
    close();
    RunId.Lines listLines = new RunId.Lines();
    long listed = 0;
    try (DataInputStream in = new DataInputStream(
            new BufferedInputStream(Files.newInputStream(candidatesFile), 1 << 16));
        OutputStream list = new BufferedOutputStream(Files.newOutputStream(listFile), 1 << 16)) {
      list.write(listHeader);
      listLines.add(listHeader);
      for (long i = 0; i < rows; i++) {
        in.readLong();
        SeverityLevel level = SeverityLevel.values()[in.readByte()];
        byte[] listLine = in.readNBytes(in.readInt());
        if (informs.test(level)) {
          list.write(listLine);
          listLines.add(listLine);
          listed++;
        }
      }
    }
    Files.delete(candidatesFile);
    return new Written(rows, listed, subjectLines, listLines);
  }

  /** The next line, its line feed included. */
  private static byte[] line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    for (int b = in.read(); b >= 0; b = in.read()) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    throw new EOFException("a staged subjects.csv ends before its rows");
  }

  /** Closes the files; what was written stays, for {@link #finish} or {@link #drainTo}. */
  void close() throws IOException {
    try (subjects; candidates) {
      // both closed, the first failure thrown
    }
  }
}
