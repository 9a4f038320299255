package org.exposure.evaluation;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the evaluation corpus into a folder of one's choice, for reading or for the CLI:
 * {@code java -cp evaluation/target/test-classes:... org.exposure.evaluation.CorpusGenerator DIR}.
 * The evaluation test writes the same corpus into {@code evaluation/target/corpus/} itself.
 */
final class CorpusGenerator {
  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CorpusGenerator DIR");
    }
    Corpus.write(Path.of(args[0]));
  }
}
