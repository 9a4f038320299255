package org.exposure.model;

import java.io.IOException;

/**
 * A source that cannot be read as an extract at all: empty, binary, or without a header row. Individual
 * bad records are not reported this way; they become {@link Rejection}s and the run goes on. The message
 * names the source and the problem, never its content.
 */
public final class UnusableSourceException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  public UnusableSourceException(String source, String problem) {
    super(source + ": " + problem);
    this.problem = problem;
  }

  /** The problem without the source's name, e.g. "the file is empty; expected a header row". */
  public String problem() {
    return problem;
  }
}
