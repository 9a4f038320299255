package org.exposure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.exposure.link.SubjectKeys;
import org.exposure.report.PrivateFiles;

/**
 * The secret behind subjects' pseudonymous keys, kept in a file of 64 hex digits. A missing file is
 * created with a fresh secret, readable by its owner only where the file system allows.
 *
 * <p>The file appears whole or not at all: the secret is written to a temporary file beside it, which
 * is then linked in under the key file's name, a step that fails if the name exists. Of several runs
 * that create it at once, one wins and the others read the winner's secret; none ever reads a file
 * still being written. Only a regular file is read, and only its first few bytes: a pipe or a device
 * given as the key file is refused, never read.
 */
final class KeyFile {
  /** More than a secret's 64 hex digits and a line break, with room for spaces around them. */
  private static final int MAX_BYTES = 1024;

  private KeyFile() {}

  /** A key file that is there but cannot be one; the message says why, for the user. */
  static final class Unusable extends IOException {
    private static final long serialVersionUID = 1L;

    Unusable(String why) {
      super(why);
    }
  }

  /**
   * The keys under a key file's secret, whether this run created it, and whether others than its
   * owner may read it (an existing file copied or made with the default permissions).
   */
  record Loaded(SubjectKeys keys, boolean created, boolean readableByOthers) {}

  /**
   * The keys under the file's secret, creating the file first if it does not exist.
   *
   * @throws IOException if the file cannot be read or written, is not a regular file, or does not
   *     hold a secret
   */
  static Loaded load(Path file) throws IOException {
    boolean created = !Files.exists(file) && create(file);
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new Unusable("is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new Unusable("not a regular file (a pipe, device or socket would block the run)");
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes(MAX_BYTES + 1);
    }
    String text = content.length > MAX_BYTES ? ""
        : new String(content, StandardCharsets.UTF_8).strip();
    try {
      return new Loaded(SubjectKeys.of(HexFormat.of().parseHex(text)), created,
          PrivateFiles.readableByOthers(file));
    } catch (IllegalArgumentException e) {
      throw new Unusable("does not hold a secret of at least 32 hex digits");
    }
  }

  /** Creates the file with a fresh secret; false if another run created it first. */
  private static boolean create(Path file) throws IOException {
    String secret = HexFormat.of().formatHex(SubjectKeys.newSecret()) + "\n";
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    byte[] suffix = new byte[8];
    new SecureRandom().nextBytes(suffix);
    Path temporary = file.resolveSibling("." + file.getFileName() + ".new-"
        + HexFormat.of().formatHex(suffix));
    PrivateFiles.createFile(temporary);
    try {
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        out.write(StandardCharsets.UTF_8.encode(secret));
        out.force(true);
      }
      return link(temporary, file);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Puts the whole file under the key file's name, unless the name exists; false if it did. */
  private static boolean link(Path temporary, Path file) throws IOException {
    try {
      Files.createLink(file, temporary); // atomic, and never replaces
      return true;
    } catch (FileAlreadyExistsException e) {
      return false; // created meanwhile by another run: use it
    } catch (UnsupportedOperationException | IOException e) {
      if (Files.exists(file)) {
        return false;
      }
      // No hard links here (some network and Windows file systems): a rename that refuses to
      // replace. It checks and renames in two steps, a window only runs started together can meet.
      try {
        Files.move(temporary, file);
        return true;
      } catch (FileAlreadyExistsException again) {
        return false;
      }
    }
  }
}
