package org.exposure.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.exposure.link.SubjectKeys;

/**
 * The secret behind subjects' pseudonymous keys, kept in a file of 64 hex digits. A missing file is
 * created with a fresh secret, readable by its owner only where the file system allows.
 */
final class KeyFile {
  private KeyFile() {}

  /** Whether the file exists; {@link #load} creates it otherwise. */
  static boolean exists(Path file) {
    return Files.exists(file);
  }

  /**
   * The keys under the file's secret, creating the file first if it does not exist.
   *
   * @throws IOException if the file cannot be read or written, or does not hold a secret
   */
  static SubjectKeys load(Path file) throws IOException {
    if (!Files.exists(file)) {
      create(file);
    }
    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
    try {
      return SubjectKeys.of(HexFormat.of().parseHex(text));
    } catch (IllegalArgumentException e) {
      throw new IOException("does not hold a secret of at least 32 hex digits");
    }
  }

  private static void create(Path file) throws IOException {
    String secret = HexFormat.of().formatHex(SubjectKeys.newSecret()) + "\n";
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) { // not a POSIX file system
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      return; // created meanwhile by another run: use it
    }
    Files.writeString(file, secret, StandardCharsets.UTF_8);
  }
}
