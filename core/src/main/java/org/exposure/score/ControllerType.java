package org.exposure.score;

/**
 * What the controller's nature reveals about the people on its lists. A screening lab's list of names
 * reveals participation in cancer screening, so simple data rises from DPC 1 to 3 (ENISA Annex 1,
 * "assumptions about health").
 */
public enum ControllerType {
  /** The controller's nature reveals nothing sensitive. */
  GENERAL,
  /** A health-care controller: being on its list reveals health information. */
  HEALTH
}
