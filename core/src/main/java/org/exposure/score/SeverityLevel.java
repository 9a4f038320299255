package org.exposure.score;

import java.util.Locale;

/**
 * ENISA's severity levels and their bands on SE: Low below 2, Medium from 2, High from 3, Very high from
 * 4 (ENISA 2013, §3.2). The descriptions are ENISA's.
 */
public enum SeverityLevel {
  LOW("Individuals either will not be affected or may encounter a few inconveniences, which they will "
      + "overcome without any problem (time spent re-entering information, annoyances, irritations)."),
  MEDIUM("Individuals may encounter significant inconveniences, which they will be able to overcome "
      + "despite a few difficulties (extra costs, fear, lack of understanding, stress, minor physical "
      + "ailments)."),
  HIGH("Individuals may encounter significant consequences, which they should be able to overcome "
      + "albeit with serious difficulties (misappropriation of funds, blacklisting by banks, property "
      + "damage, loss of employment, worsening of health)."),
  VERY_HIGH("Individuals may encounter significant, or even irreversible, consequences, which they may "
      + "not overcome (financial distress such as substantial debt or inability to work, long-term "
      + "psychological or physical ailments, death).");

  private final String description;

  SeverityLevel(String description) {
    this.description = description;
  }

  /** The level whose band holds the given SE. */
  public static SeverityLevel ofScore(double se) {
    if (se >= 4) {
      return VERY_HIGH;
    }
    if (se >= 3) {
      return HIGH;
    }
    if (se >= 2) {
      return MEDIUM;
    }
    return LOW;
  }

  /** The level as ENISA writes it: "Low", "Medium", "High", "Very high". */
  public String displayName() {
    String name = name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** ENISA's description of what the level means for the individual. */
  public String description() {
    return description;
  }
}
