package org.exposure.model;

/**
 * How a screening result reads clinically, from least to most alarming for the person it belongs to. The
 * order matters: a subject's grade is the highest over her exposed results.
 */
public enum ResultGrade {
  /** No result exposed. */
  NONE,
  /** The sample could not be assessed (Pap 0, "onbeoordeelbaar"). */
  UNSATISFACTORY,
  /** hrHPV negative, Pap 1, NILM. */
  NORMAL,
  /**
   * A result was exposed but could not be graded: never read as normal. Above {@link #NORMAL}, so that a
   * subject with a normal and an unreadable result shows the one that might be worse.
   */
  UNGRADED,
  /** hrHPV positive, Pap 2 or 3a1, ASC-US, LSIL, CIN 1. */
  ABNORMAL_LOW_GRADE,
  /** Pap 3a2, 3b or 4, ASC-H, HSIL, AGC, CIN 2-3: referral to a gynaecologist. */
  ABNORMAL_HIGH_GRADE,
  /** Pap 5, carcinoma. */
  CANCER;

  /** The more alarming of two grades. */
  public ResultGrade max(ResultGrade other) {
    return other.compareTo(this) > 0 ? other : this;
  }

  /** Whether the result is abnormal or positive, and so carries stigma if exposed. */
  public boolean isAbnormal() {
    return compareTo(ABNORMAL_LOW_GRADE) >= 0;
  }
}
