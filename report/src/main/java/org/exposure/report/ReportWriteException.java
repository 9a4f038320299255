package org.exposure.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Thrown by {@link ReportWriter#accept} when a subject's row cannot be written to the staging folder
 * (a full disk, say): a failure of the output, not of the input being assessed, which a caller can
 * tell from an {@link UncheckedIOException} of a reader by this type. It propagates out of {@code
 * ExposureAnalysis.assess}; the earlier report stays untouched.
 */
public final class ReportWriteException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  ReportWriteException(IOException cause) {
    super("cannot write a subject's row to the report's staging folder", cause);
  }
}
