package org.exposure.cohort;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.exposure.model.QuasiIdentifiers;

/** Age bands for cohort breakdowns: coarse enough to publish, fine enough to show who was hit. */
public enum AgeBand {
  UNKNOWN("unknown", -1),
  AGE_0_15("0-15", 0),
  AGE_16_29("16-29", 16),
  AGE_30_39("30-39", 30),
  AGE_40_49("40-49", 40),
  AGE_50_59("50-59", 50),
  AGE_60_69("60-69", 60),
  AGE_70_PLUS("70+", 70);

  private final String label;
  private final int from;

  AgeBand(String label, int from) {
    this.label = label;
    this.from = from;
  }

  /** The band as reports write it: "30-39". */
  public String label() {
    return label;
  }

  /** The band of a subject on the given date: from her birth date, else her exposed age. */
  public static AgeBand of(QuasiIdentifiers qi, LocalDate on) {
    OptionalInt known = qi.ageOn(on);
    if (known.isEmpty()) {
      return UNKNOWN;
    }
    int age = known.getAsInt();
    AgeBand band = UNKNOWN;
    for (AgeBand b : values()) {
      if (b.from >= 0 && age >= b.from) {
        band = b;
      }
    }
    return band;
  }
}
