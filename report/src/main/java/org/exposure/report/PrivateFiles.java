package org.exposure.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders readable by the user only, as every report file is, and as a program that keeps
 * the subject-key secret should keep it. Where the file system has no POSIX permissions (some network
 * and Windows file systems), they get its defaults.
 *
 * <p>Stateless and thread-safe.
 */
public final class PrivateFiles {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

  private PrivateFiles() {}

  /**
   * Creates a new, empty file readable by the user only.
   *
   * @throws java.nio.file.FileAlreadyExistsException if the name is taken
   */
  public static void createFile(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
  }

  /**
   * Creates a new folder readable by the user only.
   *
   * @throws java.nio.file.FileAlreadyExistsException if the name is taken
   */
  static void createFolder(Path folder) throws IOException {
    try {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
    } catch (UnsupportedOperationException e) {
      Files.createDirectory(folder);
    }
  }

  /** Narrows an existing file to the user only. */
  static void narrow(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, FILE);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to narrow
    }
  }

  /** Whether the group or others may read the file; false where permissions are not POSIX. */
  public static boolean readableByOthers(Path file) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      return permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }
}
