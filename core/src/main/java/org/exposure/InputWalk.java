package org.exposure;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.exposure.spi.ExtractSource;

/**
 * The files one input names: the file itself, or a folder's regular files at any depth, in path order.
 * What is passed over is listed with its reason, never dropped without a word, except what the caller
 * excludes (its own files) and the hidden files and folders of Exposure's own report folders. Other
 * hidden files and folders (names starting with a dot: version control, a desktop's metadata) are
 * listed, not read.
 *
 * <p>Only regular files are read: a named pipe, device or socket would block the run or never end, so
 * it is skipped. A symbolic link to a file is read as the file; a symbolic link to a folder is not
 * followed (it may lead out of the breach, back into a folder above it, or to files read already under
 * another name, which would count their subjects twice) and is listed, so the user can name its target
 * as an input. The report files of earlier runs ({@link ReportFolder}) are listed, not read.
 */
final class InputWalk {
  static final String LINK_TO_FOLDER = "a symbolic link to a folder: not followed (name the folder "
      + "itself as an input to read it)";
  static final String BROKEN_LINK = "a symbolic link to nothing: not read";
  static final String LOOPING_LINK = "a symbolic link that cannot be followed (a loop, or a target "
      + "that cannot be read): not read";
  static final String HIDDEN = "hidden (its name starts with a dot): not read (name it as an input "
      + "to read it)";
  static final String REPORT_FILE = "a file of an earlier Exposure report: not read as an extract";

  private final Predicate<Path> excluded;
  private final Map<Path, ExtractSource> sources = new TreeMap<>();
  private final Map<Path, SkippedSource> skipped = new TreeMap<>();

  private InputWalk(Predicate<Path> excluded) {
    this.excluded = excluded;
  }

  /**
   * Walks one input.
   *
   * @param excluded files never read nor listed (the caller's own)
   * @throws NoSuchFileException if the input does not exist
   * @throws IOException if a folder cannot be listed
   */
  static InputWalk of(Path input, Predicate<Path> excluded) throws IOException {
    InputWalk walk = new InputWalk(excluded);
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString(), null, "no such file or folder");
    }
    BasicFileAttributes attributes = Files.readAttributes(input, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      walk.walk(input);
    } else {
      walk.file(input, attributes, ReportFolder.isReportFile(input));
    }
    return walk;
  }

  /** The files to read, in path order. */
  List<ExtractSource> sources() {
    return List.copyOf(sources.values());
  }

  /** The files passed over, with their reasons, in path order. */
  List<SkippedSource> skipped() {
    return List.copyOf(skipped.values());
  }

  /**
   * Every folder below the top one, without recursion: a tree may be deeper than the stack. The maps
   * keep the files in path order, whatever the order they are found in.
   */
  private void walk(Path top) throws IOException {
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(top);
    while (!folders.isEmpty()) {
      Path folder = folders.pop();
      boolean reportFolder = ReportFolder.isReportFolder(folder);
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
        list.forEach(entries::add);
      }
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) {
          // Listed, so that no extract goes unread without a word; a report's marker and a run's
          // staging folders are not the user's
          if (!(reportFolder && ReportFolder.isOwnHiddenName(name)) && !excluded.test(entry)) {
            skip(entry, HIDDEN);
          }
          continue;
        }
        BasicFileAttributes own =
            Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (own.isDirectory()) {
          folders.push(entry);
          continue;
        }
        BasicFileAttributes target = own;
        if (own.isSymbolicLink()) {
          try {
            target = Files.readAttributes(entry, BasicFileAttributes.class);
          } catch (NoSuchFileException e) {
            skip(entry, BROKEN_LINK);
            continue;
          } catch (IOException e) {
            skip(entry, LOOPING_LINK);
            continue;
          }
          if (target.isDirectory()) {
            skip(entry, LINK_TO_FOLDER);
            continue;
          }
        }
        file(entry, target, reportFolder);
      }
    }
  }

  /** One file, named or found in a folder; {@code ofReport} if it lies in a report folder. */
  private void file(Path file, BasicFileAttributes attributes, boolean ofReport) {
    if (excluded.test(file)) {
      return;
    }
    if (!attributes.isRegularFile()) {
      skip(file, notRegular(file));
    } else if (ofReport && ReportFolder.FILE_NAMES.contains(file.getFileName().toString())) {
      skip(file, REPORT_FILE);
    } else {
      sources.put(file, new ExtractSource(file, file.toString()));
    }
  }

  private void skip(Path file, String reason) {
    skipped.put(file, new SkippedSource(file.toString(), reason));
  }

  /** Why a file that is not a regular one is not read, naming what it is where the system tells. */
  static String notRegular(Path file) {
    String kind = "not a regular file";
    try {
      // The "unix" view is the JDK's on Linux and macOS; elsewhere the general reason stands.
      int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
      kind = switch (type) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> kind;
      };
    } catch (IOException | RuntimeException e) {
      // no unix view: keep the general reason
    }
    return kind + ": not read (reading it could block the run or never end)";
  }
}
