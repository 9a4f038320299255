package org.exposure.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.exposure.AnalysisResult;
import org.exposure.model.SourceLocation;

/**
 * Reads the contact details of the subjects to inform back from the extracts, for the contact columns
 * of {@code notification-list.csv} (letters). These are raw identifiers: a list with them is as
 * sensitive as the extract ({@link ReportOptions#withContactColumns}); {@link ContactColumns} reads them
 * through {@code ExposureAnalysis.reread}.
 *
 * <p>{@link #want} is called once per subject to inform, in subject-key order, on the thread that calls
 * {@link ReportWriter#finish}; then {@link #read}, once.
 */
interface ContactReader {
  /** The names of the columns added, in order. */
  List<String> columns();

  /** Notes a subject to inform, with the locations of all her records. */
  void want(String key, List<SourceLocation> locations);

  /**
   * The details of the subjects noted, by key: one value per {@link #columns} entry. A subject without
   * details is left out (her cells stay empty).
   *
   * @throws IOException if an extract cannot be read again
   */
  Map<String, List<String>> read(AnalysisResult result) throws IOException;
}
