package org.exposure;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;

/**
 * Where {@link ExposureAnalysis#assess(java.util.List, SubjectSink, Progress)} hands its subjects, in
 * two steps: each subject is {@linkplain #prepare prepared} as soon as she is scored, on whichever of
 * the analysis's threads scored her, and the prepared results are {@linkplain #accept taken} one at a
 * time, in the order of the subjects' keys, on the calling thread. What can be done for one subject
 * alone (formatting her row) belongs in {@code prepare}, where it runs beside the scoring of others;
 * what needs the order (writing the row to a file) in {@code accept}.
 *
 * <pre>{@code
 * SubjectSink<String> lines = new SubjectSink<>() {
 *   public String prepare(AssessedSubject subject) {
 *     return subject.key() + "," + subject.assessment().level() + "\n";
 *   }
 *   public void accept(String line) {
 *     out.write(line); // in key order, one at a time
 *   }
 * };
 * }</pre>
 *
 * @param <T> what a subject is prepared into
 */
public interface SubjectSink<T> {
  /**
   * What the subject is made into before it is taken. Called on the analysis's threads, for several
   * subjects at once: it must be thread-safe, and should not wait on {@link #accept}.
   */
  T prepare(AssessedSubject subject);

  /** Takes one prepared subject: in key order, one call at a time, on the thread that assesses. */
  void accept(T prepared);

  /** A sink that prepares nothing and hands each subject to the consumer, in key order. */
  static SubjectSink<AssessedSubject> of(Consumer<? super AssessedSubject> consumer) {
    requireNonNull(consumer, "consumer");
    return new SubjectSink<>() {
      @Override
      public AssessedSubject prepare(AssessedSubject subject) {
        return subject;
      }

      @Override
      public void accept(AssessedSubject subject) {
        consumer.accept(subject);
      }
    };
  }
}
