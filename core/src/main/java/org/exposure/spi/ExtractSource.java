package org.exposure.spi;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * One input file and the name it is shown by in locations and reports.
 *
 * @param file the file
 * @param name its display name
 */
public record ExtractSource(Path file, String name) {
  public ExtractSource {
    requireNonNull(file, "file");
    requireNonNull(name, "name");
  }
}
