package org.exposure.evaluation;

import java.time.LocalDate;

/**
 * One synthetic person of the corpus: every value is invented, identifiers carry check digits computed
 * by {@link CheckDigits}. Her {@code id} is the corpus's own handle for the truth files, never written
 * into an extract.
 */
record Person(
    int id,
    Country country,
    boolean female,
    String given,
    String middle,
    String prefix,
    String family,
    String maiden,
    LocalDate birthDate,
    String nationalId,
    String street,
    int houseNumber,
    String houseSuffix,
    String postcode,
    String city,
    String region,
    String phone,
    String email,
    String iban,
    String uuid,
    String recordNumber,
    String insuranceNumber,
    double latitude,
    double longitude) {

  /** Initials of the given and middle names, Dutch style: {@code M.J.}. */
  String initials() {
    return given.charAt(0) + "." + (middle.isEmpty() ? "" : middle.charAt(0) + ".");
  }

  /** The family name with its prefix: {@code van der Berg}. */
  String fullFamily() {
    return prefix.isEmpty() ? family : prefix + " " + family;
  }

  /** Given and family name in one field: {@code Marieke van der Berg}. */
  String fullName() {
    return given + " " + fullFamily();
  }

  String streetLine() {
    return country.streetLine(street, houseNumber, houseSuffix);
  }

  @Override
  public String toString() {
    return "Person[" + id + "]";
  }
}
