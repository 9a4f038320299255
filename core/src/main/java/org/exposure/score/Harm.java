package org.exposure.score;

/** Harms an exposure opens for the individual, reported beside ENISA's SE. */
public enum Harm {
  /** National ID with name and birth date or address: enough to impersonate her. */
  IDENTITY_FRAUD("national ID with name and birth date or address"),
  /** A way to reach her together with health data: the Vastaamo pattern. */
  PHISHING_EXTORTION("contact details together with health data"),
  /** An abnormal or positive screening result. */
  STIGMA("an abnormal or positive result"),
  /** A bank account with her identity. */
  FINANCIAL_FRAUD("bank account together with her name");

  private final String opener;

  Harm(String opener) {
    this.opener = opener;
  }

  /** What exposure opens this harm, in words. */
  public String opener() {
    return opener;
  }
}
