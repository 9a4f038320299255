/**
 * Exposure's publication layer: the report a DPO reads and the files a controller works from,
 * written as the command writes them. Open one with {@link org.exposure.report.Reports#open}, hand it
 * to {@code ExposureAnalysis.assess} as the consumer of subjects, and {@code finish} it.
 */
module org.exposure.report {
  requires transitive org.exposure.core;
  requires com.fasterxml.jackson.databind;
  requires com.google.common;
  requires freemarker;
  requires org.apache.commons.csv;

  exports org.exposure.report;

  // FreeMarker loads the report's template, which lives in this package, through its class.
  opens org.exposure.report to freemarker;
}
