package org.exposure.spi;

import java.io.IOException;
import java.util.List;

/**
 * A reader of extracts in a format other than CSV, such as FHIR, found with {@link
 * java.util.ServiceLoader}: put a module that provides one on the class path and {@code
 * ExposureAnalysis} reads the files it recognises. Implementations must be thread-safe.
 *
 * <p>A reader gets all the files it recognised in one call, so that it can follow references from one
 * file to another (an Observation in one file, her Patient in another).
 */
public interface ExtractReader {
  /** The format's name, as reports show it, e.g. {@code "fhir"}. */
  String format();

  /**
   * Whether the file is in this reader's format, judged by its first bytes.
   *
   * @param head up to the first 4 KiB of the file, any byte-order mark included
   */
  boolean recognises(byte[] head);

  /**
   * Reads the files and hands everything exposed in them to the sink. A record, line or resource that
   * cannot be read is rejected through the sink with its location and a reason, and reading goes on;
   * a file that cannot be read at all is skipped through the sink.
   *
   * @param sources the files, in the order to read them
   * @param threads how many threads the reader may use
   * @throws IOException if a file cannot be read
   */
  void read(List<ExtractSource> sources, ExtractSink sink, int threads) throws IOException;

  /**
   * Whether the first bytes open a JSON object or an XML element, after any UTF-8 byte-order mark and
   * white space: how FHIR and the files that travel with it start.
   */
  static boolean startsAsJsonOrXml(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && (head[i] == '{' || head[i] == '<');
  }
}
