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
import org.exposure.score.SeverityLevel;

/**
 * The rows of subjects that arrive in key order, as {@code ExposureAnalysis} hands them over, written
 * as they come, each straight into its file: every subject's line into {@code subjects.csv}, the line
 * of each subject to inform into the notification list. No row is held in memory and none is written
 * twice. A row that comes out of order is refused; the writer then {@linkplain #drainTo sorts} what
 * was written with the rest, read back through a small index of the rows (key, level, list line's
 * length: 13 bytes a row). One writer's.
 */
final class StreamedRows {
  private final Path subjectsFile;
  private final Path listFile;
  private final Path indexFile;
  private final int listHeaderLength;
  private final OutputStream subjects;
  private final OutputStream list;
  private final DataOutputStream index;
  private final RunId.Lines subjectLines = new RunId.Lines();
  private final RunId.Lines listLines = new RunId.Lines();
  private long last;
  private long rows;
  private long listed;

  private StreamedRows(Path subjectsFile, Path listFile, Path indexFile, int listHeaderLength)
      throws IOException {
    this.subjectsFile = subjectsFile;
    this.listFile = listFile;
    this.indexFile = indexFile;
    this.listHeaderLength = listHeaderLength;
    this.subjects = new BufferedOutputStream(Files.newOutputStream(subjectsFile), 1 << 16);
    OutputStream opened = null;
    try {
      opened = Files.newOutputStream(listFile);
      this.list = new BufferedOutputStream(opened, 1 << 16);
      this.index = new DataOutputStream(
          new BufferedOutputStream(Files.newOutputStream(indexFile), 1 << 16));
    } catch (IOException | RuntimeException e) {
      closeAfter(subjects, e); // the streams opened so far, before the failure is thrown
      closeAfter(opened, e);
      throw e;
    }
  }

  private static void closeAfter(OutputStream out, Exception failure) {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Rows written to the given staged files, each starting with its header. */
  static StreamedRows open(Path subjectsFile, Path listFile, Path indexFile, byte[] subjectsHeader,
      byte[] listHeader) throws IOException {
    StreamedRows rows = new StreamedRows(subjectsFile, listFile, indexFile, listHeader.length);
    rows.subjectLines.write(rows.subjects, subjectsHeader);
    rows.listLines.write(rows.list, listHeader);
    return rows;
  }

  /**
   * Writes the row if it comes after the last one in key order (its list line only if it has one:
   * she is to be informed); false, writing nothing, if not.
   */
  boolean add(SortedSubjects.Row row) throws IOException {
    if (rows > 0 && Long.compareUnsigned(row.code(), last) <= 0) {
      return false;
    }
    last = row.code();
    rows++;
    subjectLines.write(subjects, row.subjectLine());
    if (row.listLine().length > 0) {
      listLines.write(list, row.listLine());
      listed++;
    }
    index.writeLong(row.code());
    index.writeByte(row.level().ordinal());
    index.writeInt(row.listLine().length);
    return true;
  }

  /**
   * Hands every row written so far to {@code sorted} and removes the files: for a writer whose rows
   * stopped coming in order. A subject's line is one line of {@code subjects.csv} (its cells are
   * keys, codes and numbers: none holds a line break); a list line is as long as the index says.
   */
  void drainTo(SortedSubjects sorted) throws IOException {
    close();
    try (DataInputStream in = new DataInputStream(
            new BufferedInputStream(Files.newInputStream(indexFile), 1 << 16));
        InputStream subjectsIn = new BufferedInputStream(Files.newInputStream(subjectsFile));
        InputStream listIn = new BufferedInputStream(Files.newInputStream(listFile))) {
      line(subjectsIn); // the header
      listIn.skipNBytes(listHeaderLength);
      for (long i = 0; i < rows; i++) {
        long code = in.readLong();
        SeverityLevel level = SeverityLevel.values()[in.readByte()];
        byte[] listLine = listIn.readNBytes(in.readInt());
        sorted.add(new SortedSubjects.Row(code, level, line(subjectsIn), listLine, List.of()));
      }
    }
    for (Path file : List.of(indexFile, listFile, subjectsFile)) {
      Files.delete(file);
    }
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

  /** What {@link #finish} leaves written. */
  record Written(long rows, long listed, RunId.Lines subjectLines, RunId.Lines listLines) {}

  /** Ends both files and removes the index. */
  Written finish() throws IOException {
    close();
    Files.delete(indexFile);
    return new Written(rows, listed, subjectLines, listLines);
  }

  /** Closes the files; what was written stays, for {@link #finish} or {@link #drainTo}. */
  void close() throws IOException {
    try (subjects; list; index) {
      // all closed, the first failure thrown
    }
  }
}
