package org.exposure.score;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A policy or circumstances file that cannot be applied; the message names the file and the setting to
 * fix.
 */
public final class InvalidPolicyException extends IOException {
  private static final long serialVersionUID = 1L;

  InvalidPolicyException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
