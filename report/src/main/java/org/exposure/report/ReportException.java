package org.exposure.report;

import java.io.IOException;

/**
 * A report folder that cannot be used as it is, or a report that cannot be finished, for a reason its
 * message gives in one line a user can act on (another run is writing there; a file under a report
 * file's name that no run wrote; the contact columns could not be read). Other {@link IOException}s of
 * {@link Reports} and {@link ReportWriter} are plain I/O failures. No message quotes an extract value.
 */
public class ReportException extends IOException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message for the user. */
  public ReportException(String message) {
    super(message);
  }

  /** An exception with a message for the user, and the failure behind it. */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
