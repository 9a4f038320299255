package org.exposure.classify;

import java.io.IOException;
import java.nio.file.Path;

/** A mapping file with a rule that cannot be read; the message names the file, the line and the fix. */
public final class InvalidMappingException extends IOException {
  private static final long serialVersionUID = 1L;

  InvalidMappingException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
