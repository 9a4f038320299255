package org.exposure.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.exposure.ReportFolder;

/**
 * The {@code --out} folder of one run, written as a whole or not at all.
 *
 * <p><b>How.</b> The run holds a lock on the folder's {@linkplain ReportFolder#MARKER marker file} from
 * {@link #open} to {@link #close}; a second run finds it taken and is refused ({@link InUse}). The OS
 * releases the lock of a process that dies, so a killed run leaves no stale lock. The report files are
 * written into a hidden staging folder inside {@code --out} ({@code .exposure-staging-<random>}, same
 * file system, so every rename below is atomic), readable by the user only. {@link #commit} forces them
 * to disk, then renames the staging folder to {@code .exposure-commit}: that rename is the commit point.
 * Only then is each file moved over its earlier version, {@code report.json} last, and the empty
 * {@code .exposure-commit} removed.
 *
 * <p><b>Crashes.</b> Killed before the commit point, a run leaves the earlier report as it was, byte
 * for byte; its staging folder is removed by the next run. Killed between two of the moves, it leaves
 * {@code .exposure-commit}: the next run, before anything else, finishes the moves (the files there are
 * complete, forced to disk before the commit point), so the folder holds one run's report again.
 * {@code explain} refuses a folder in that state and tells the user to run again.
 *
 * <p><b>The user's files.</b> The folder is never swapped as a whole: only the four report files, the
 * marker and the hidden staging folders are ever written or removed; any other file of the user's in
 * {@code --out} stays as it is. A report file's name taken by a folder or anything but a file is
 * refused before the commit point.
 *
 * <p><b>Readers.</b> The moves take a few microseconds, under a second lock ({@link #readLock}) that
 * {@code explain} takes too; any reader can check that the files belong to one run ({@link RunId}).
 *
 * <p>Ended by Ctrl-C or SIGTERM before its commit point, a run removes its staging folder itself
 * (a shutdown hook); a commit under way is finished first.
 *
 * <p>Not thread-safe: one run, one thread (the shutdown hook aside, which takes this object's lock).
 */
final class OutputFolder implements Closeable {
  static final String STAGING_PREFIX = ReportFolder.STAGING_PREFIX;
  static final String COMMIT = ReportFolder.COMMIT;

  /** The byte of the marker a run locks for its whole length. */
  private static final long RUN_REGION = 0;
  /** The byte a run locks while it moves its files in place, and readers lock shared meanwhile. */
  private static final long MOVE_REGION = 1;

  private static final String MARKER_TEXT = "This folder holds a report of 'exposure assess' "
      + "(report.json, report.html, subjects.csv, notification-list.csv). This file marks it, so that "
      + "its files are never read back as extracts, and is locked by a run writing here.\n";

  private final Path folder;
  /** The marker, open for as long as the run: closing it releases the run's lock. */
  private final FileChannel marker;
  private final Path staging;
  private boolean committed;
  /** Whether the process began to end (Ctrl-C, SIGTERM) before the commit point. */
  private boolean abandoned;
  /** Removes the staging folder when the process is ended before the commit point. */
  private final Thread cleanup = new Thread(this::abandon, "exposure-staging-cleanup");

  /** Another run holds the folder. */
  static final class InUse extends ReportException {
    private static final long serialVersionUID = 1L;

    InUse(Path folder) {
      super("another exposure run is writing its report to " + folder
          + "; wait for it to finish, or choose another --out");
    }
  }

  /** A file under a report file's name that no run wrote: never overwritten. */
  static final class NotOurs extends ReportException {
    private static final long serialVersionUID = 1L;

    NotOurs(Path file) {
      super(file + " is not a file of an earlier Exposure report, and is never overwritten: choose "
          + "another --out, or move that file");
    }
  }

  private OutputFolder(Path folder, FileChannel marker, Path staging) {
    this.folder = folder;
    this.marker = marker;
    this.staging = staging;
  }

  /**
   * Takes the folder for a run: creates it (readable by the user only) if absent, locks it, finishes
   * or clears what an interrupted run left, and makes a fresh staging folder.
   *
   * @throws InUse if another run holds the folder
   * @throws NotOurs if the folder is not a report folder but holds a file under a report file's name
   * @throws IOException if the folder cannot be created or written
   */
  static OutputFolder open(Path folder) throws IOException {
    createFolder(folder);
    // An extract named subjects.csv in a folder given as both input and --out would be overwritten.
    if (!ReportFolder.isReportFolder(folder)) {
      for (String name : ReportFolder.FILE_NAMES) {
        if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
          throw new NotOurs(folder.resolve(name));
        }
      }
    }
    Path markerFile = folder.resolve(ReportFolder.MARKER);
    try {
      PrivateFiles.createFile(markerFile);
    } catch (FileAlreadyExistsException e) {
      // an earlier run's
    }
    // Never through a link, nor into a pipe: a marker planted as either is refused.
    if (!Files.isRegularFile(markerFile, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(markerFile.toString(), null,
          "not a regular file; remove it");
    }
    FileChannel marker = FileChannel.open(markerFile, StandardOpenOption.READ,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    try {
      if (tryLock(marker, RUN_REGION) == null) {
        throw new InUse(folder);
      }
      if (marker.size() == 0) {
        marker.write(StandardCharsets.UTF_8.encode(MARKER_TEXT), 0);
      }
      recover(folder, marker);
      Path staging = folder.resolve(STAGING_PREFIX + HexFormat.of().formatHex(random()));
      OutputFolder opened = new OutputFolder(folder, marker, staging);
      // Hooked before the staging folder exists, so that no signal falls between the two
      Runtime.getRuntime().addShutdownHook(opened.cleanup);
      try {
        opened.makeStaging();
      } catch (IOException | RuntimeException e) {
        opened.unhook();
        throw e;
      }
      return opened;
    } catch (IOException | RuntimeException e) {
      marker.close(); // releases the lock
      throw e;
    }
  }

  /** Makes the staging folder, unless the process began to end after the hook was set. */
  private synchronized void makeStaging() throws IOException {
    if (abandoned) {
      throw new IOException("the run is being ended; nothing is staged");
    }
    PrivateFiles.createFolder(staging);
  }

  /**
   * A new, empty file in the staging folder for the report file of that name, readable by the user
   * only; write it in place (truncating keeps its permissions). Every file of the staging folder is
   * made here, under the lock {@link #abandon} takes: no file is made after the folder was removed.
   *
   * @throws IOException if the file cannot be made, or the process is ending
   */
  synchronized Path staged(String name) throws IOException {
    if (abandoned) {
      throw new IOException("the run is being ended; nothing more is staged");
    }
    Path file = staging.resolve(name);
    PrivateFiles.createFile(file);
    return file;
  }

  /** The folder the report goes to. */
  Path folder() {
    return folder;
  }

  /**
   * Puts the staged files in place together: forces them to disk, passes the commit point, moves each
   * over its earlier version. Every one of {@link ReportFolder#FILE_NAMES} must have been staged.
   *
   * @throws IOException if a file is missing or cannot be moved; before the commit point, the earlier
   *     report is then untouched
   */
  synchronized void commit() throws IOException {
    if (abandoned) {
      throw new IOException("the run is being ended; nothing was put in place");
    }
    for (String name : ReportFolder.FILE_NAMES) {
      Path file = staging.resolve(name);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(file.toString(), null, "not staged");
      }
      PrivateFiles.narrow(file); // a file rewritten through a temporary one took the default permissions
      force(file);
      Path target = folder.resolve(name);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
          && !Files.isSymbolicLink(target)) {
        throw new FileAlreadyExistsException(target.toString(), null,
            "a folder or other non-file has the report file's name");
      }
    }
    force(staging);
    Path commit = folder.resolve(COMMIT);
    FileLock moving = lockForMoves(marker);
    try {
      Files.move(staging, commit, StandardCopyOption.ATOMIC_MOVE); // the commit point
      committed = true;
      moveInPlace(folder);
    } finally {
      if (moving != null) {
        moving.release();
      }
    }
  }

  /**
   * On Ctrl-C or SIGTERM: removes the staging folder of a run that has not passed its commit point,
   * and keeps it from passing it. A commit under way ends first (it holds this object's lock), so a
   * report is put in place whole or not at all, and no staging folder is left for the next run.
   */
  synchronized void abandon() {
    if (!committed) {
      abandoned = true;
      // A file being moved over another as this runs (the list rewritten) may outlast one sweep.
      for (int sweep = 0; sweep < 3 && Files.exists(staging, LinkOption.NOFOLLOW_LINKS); sweep++) {
        try {
          deleteFolder(staging);
        } catch (IOException e) {
          // swept again; failing that, the next run removes it
        }
      }
    }
  }

  private void unhook() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the process is ending: the hook does the cleaning
    }
  }

  /** Ends the run: removes the staging folder of a run that did not commit, and releases the lock. */
  @Override
  public void close() throws IOException {
    unhook();
    try {
      if (!committed) {
        deleteFolder(staging);
      }
    } finally {
      marker.close();
    }
  }

  /**
   * Holds the lock readers take while they read the folder's files, so that no run moves its files in
   * place meanwhile; empty if the folder has no marker (a report written before it) or the lock is
   * held in this process. Waits for a run that is moving its files, a matter of microseconds.
   */
  static Optional<Closeable> readLock(Path folder) throws IOException {
    Path markerFile = folder.resolve(ReportFolder.MARKER);
    if (!Files.isRegularFile(markerFile)) {
      return Optional.empty();
    }
    FileChannel channel = FileChannel.open(markerFile, StandardOpenOption.READ);
    try {
      channel.lock(MOVE_REGION, 1, true);
    } catch (OverlappingFileLockException e) {
      channel.close(); // this process moves its own files: nothing to wait for from another
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return Optional.of(channel);
  }

  /** Whether a run was interrupted while it moved its files in place: the folder may mix two runs. */
  static boolean interrupted(Path folder) {
    return Files.exists(folder.resolve(COMMIT), LinkOption.NOFOLLOW_LINKS);
  }

  /** Finishes the moves of an interrupted commit and removes the staging folders of dead runs. */
  private static void recover(Path folder, FileChannel marker) throws IOException {
    if (interrupted(folder)) {
      FileLock moving = lockForMoves(marker);
      try {
        moveInPlace(folder);
      } finally {
        if (moving != null) {
          moving.release();
        }
      }
    }
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, STAGING_PREFIX + "*")) {
      for (Path staging : stale) {
        deleteFolder(staging);
      }
    }
  }

  /** Moves what is left in {@code .exposure-commit} over the report files, then removes it. */
  private static void moveInPlace(Path folder) throws IOException {
    Path commit = folder.resolve(COMMIT);
    if (!Files.isDirectory(commit, LinkOption.NOFOLLOW_LINKS)) {
      deleteFolder(commit); // not a run's (a link to elsewhere is never moved from)
      return;
    }
    for (String name : ReportFolder.FILE_NAMES) {
      Path file = commit.resolve(name);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // else moved before an interruption
        Files.move(file, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    deleteFolder(commit);
    force(folder);
  }

  /**
   * Removes a staging folder and all it holds, at any depth (a run writes files only, but a stale
   * one may hold anything); links are removed, never followed. Under one of the run's own names, a
   * link or a file is removed itself: what it points to is left.
   */
  private static void deleteFolder(Path staging) throws IOException {
    if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(staging);
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
      for (Path file : files) {
        deleteFolder(file); // a run writes only files there; whatever else was put there goes too
      }
    }
    Files.deleteIfExists(staging);
  }

  /**
   * A lock on one byte of the marker, or null where another process holds it. In this process a lock
   * held already (a second run on another thread) counts as held by another.
   */
  private static FileLock tryLock(FileChannel marker, long position) throws IOException {
    try {
      return marker.tryLock(position, 1, false);
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /**
   * The lock a run holds while it moves its files in place: waits for readers to finish (explain reads
   * for a second at most); null if this process holds it shared already (tests run explain and assess
   * in one JVM), which the run identity then guards.
   */
  private static FileLock lockForMoves(FileChannel marker) throws IOException {
    try {
      return marker.lock(MOVE_REGION, 1, false);
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static void createFolder(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Path parent = folder.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      PrivateFiles.createFolder(folder);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(folder)) {
        throw e;
      }
    }
  }


  /** Forces a file's or folder's content to disk; a folder that cannot be opened is let be. */
  private static void force(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (!Files.isDirectory(path)) {
        throw e;
      }
      // some file systems cannot open or force a folder: its entries are then as durable as they get
    }
  }

  private static byte[] random() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static final SecureRandom RANDOM = new SecureRandom();
}
