package org.exposure;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.exposure.cohort.CohortSummary;
import org.exposure.cohort.Notification;
import org.exposure.cohort.ReidentificationSummary;
import org.exposure.cohort.RelatedPersons;
import org.exposure.model.FieldReport;
import org.exposure.model.Rejection;

/**
 * The outcome of one assessment: how the input was read, what each field was classified as, the
 * cohort's impact and the notification decision. Immutable; holds counts, headers and locations, never an
 * extract value.
 *
 * <p>Every record read was assessed or rejected: {@code recordsRead == recordsAssessed +
 * recordsRejected}.
 *
 * @param options the options the assessment ran with
 * @param sources how each source was read
 * @param skipped files of the input that were not read, with the reason
 * @param recordsRead records read over all sources
 * @param recordsAssessed records classified and joined into subjects
 * @param recordsRejected records rejected
 * @param recordsWithoutPersonalData assessed records that held no personal value
 * @param rejections the first rejections, up to {@link AnalysisOptions#maxListedRejections()}
 * @param fields every column of every source: its classification and what the stream showed
 * @param cohort the cohort's impact
 * @param reidentification how easily subjects are re-identified from their quasi-identifiers
 * @param notification whom to notify
 * @param relatedPersons people named in subjects' records who are not subjects themselves
 */
public record AnalysisResult(
    AnalysisOptions options,
    List<SourceSummary> sources,
    List<SkippedSource> skipped,
    long recordsRead,
    long recordsAssessed,
    long recordsRejected,
    long recordsWithoutPersonalData,
    List<Rejection> rejections,
    List<FieldReport> fields,
    CohortSummary cohort,
    ReidentificationSummary reidentification,
    Notification notification,
    RelatedPersons relatedPersons) {

  public AnalysisResult {
    requireNonNull(options, "options");
    sources = List.copyOf(sources);
    skipped = List.copyOf(skipped);
    rejections = List.copyOf(rejections);
    fields = List.copyOf(fields);
    requireNonNull(cohort, "cohort");
    requireNonNull(reidentification, "reidentification");
    requireNonNull(notification, "notification");
    requireNonNull(relatedPersons, "relatedPersons");
    checkArgument(recordsRead == recordsAssessed + recordsRejected,
        "records read (%s) must equal assessed (%s) plus rejected (%s)", recordsRead,
        recordsAssessed, recordsRejected);
  }
}
