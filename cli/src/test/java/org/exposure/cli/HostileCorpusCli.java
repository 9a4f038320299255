package org.exposure.cli;

import java.io.PrintWriter;

/**
 * A test-only door into the command for the hostile corpus, which lives in a package of its own:
 * {@link ExposureCommand#run} is package-private.
 */
public final class HostileCorpusCli {
  private HostileCorpusCli() {}

  /** Runs the command in this JVM with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return ExposureCommand.run(args, out, err);
  }
}
