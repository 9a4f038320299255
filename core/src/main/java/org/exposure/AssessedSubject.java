package org.exposure;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.exposure.model.ResultGrade;
import org.exposure.model.SourceLocation;
import org.exposure.score.SubjectAssessment;

/**
 * One data subject's assessment with her pseudonymous key ({@link org.exposure.link.SubjectKeys}):
 * what a notification list or {@code exposure explain} needs, and no extract value.
 *
 * @param key her pseudonymous key, 16 hex digits
 * @param assessment her severity, its reasons and her harms
 * @param locations where her records start, by source and line: how the controller finds her
 * @param toInform whether the notification decision informs her ({@link
 *     org.exposure.cohort.Notification#informs(org.exposure.score.SeverityLevel,
 *     org.exposure.score.BreachCircumstances, org.exposure.score.Policy)}): she is on the list
 * @param resultGrade the most alarming grade over her exposed results ({@link ResultGrade#NONE} when
 *     none was exposed): what an evaluation compares with the truth, and no extract value
 */
public record AssessedSubject(String key, SubjectAssessment assessment, List<SourceLocation> locations,
    boolean toInform, ResultGrade resultGrade) {
  public AssessedSubject {
    requireNonNull(key, "key");
    requireNonNull(assessment, "assessment");
    requireNonNull(resultGrade, "resultGrade");
    locations = List.copyOf(locations);
  }
}
