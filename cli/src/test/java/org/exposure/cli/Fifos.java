package org.exposure.cli;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;

/** Named pipes, for the tests that check a run never opens one. */
final class Fifos {
  private Fifos() {}

  /** Makes a named pipe at {@code fifo}, or skips the test where {@code mkfifo} is not available. */
  static Path make(Path fifo) throws InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeThat(mkfifo != null && mkfifo.waitFor() == 0).as("mkfifo is available").isTrue();
    return fifo;
  }
}
