/**
 * Exposure's core: reads the extracts of a medical-record data breach, classifies every field, links
 * records into data subjects, scores each with ENISA's method and sums up the cohort.
 *
 * <p>Every package is exported, each with a small public surface: {@code org.exposure} (the entry
 * point {@link org.exposure.ExposureAnalysis}, its options and result), {@code model} (the values
 * records and reports are made of), {@code score} (the risk model), {@code cohort} (the cohort's
 * summaries, mergeable), {@code spi} (what a reader of another format implements), {@code classify}
 * (the column classifier and the {@link org.exposure.classify.Values} door to the value rules),
 * {@code link} (pseudonymous subject keys and the linker) and {@code csv} (the built-in CSV reader).
 * Everything else is package-private.
 */
module org.exposure.core {
  requires com.google.common;
  requires org.apache.commons.csv;

  exports org.exposure;
  exports org.exposure.classify;
  exports org.exposure.cohort;
  exports org.exposure.csv;
  exports org.exposure.link;
  exports org.exposure.model;
  exports org.exposure.score;
  exports org.exposure.spi;

  uses org.exposure.spi.ExtractReader;
  uses org.exposure.classify.NationalIdScheme;
  uses org.exposure.classify.ValueDetector;
}
