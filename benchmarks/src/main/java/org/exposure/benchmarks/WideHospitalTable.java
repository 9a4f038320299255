package org.exposure.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A hospital extract of 64 columns: identifiers, contact details, insurance, referral, admission and
 * discharge, diagnosis and procedure codes, lab values, and many yes/no flags and dates, as an EHR's
 * reporting export writes them; {@code ,}, ISO dates, UTF-8.
 */
final class WideHospitalTable implements CsvTable {
  private static final String[] DEPARTMENTS = {"GYN", "INT", "CHI", "CAR", "NEU", "ONC", "URO", "SEH"};
  private static final String[] ICD10 = {"N87.0", "N87.1", "N87.2", "D06.9", "C53.9", "R87.6", "Z12.4",
    "E11.9", "I10", "J45.9", "K21.9", "M54.5", "O80", "N92.0", "B97.7"};
  private static final String[] PROCEDURES = {"35680", "35681", "33900", "39020", "190013", "038922", ""};
  private static final String[] INSURERS = {"Zilveren Kruis", "VGZ", "CZ", "Menzis", "DSW", "ONVZ"};
  private static final String[] FLAGS = {"allergie", "roker", "zwanger", "diabetes", "hypertensie",
    "anticoagulantia", "mrsa_screening", "valrisico", "wilsverklaring", "tolk_nodig", "mantelzorg",
    "reanimatiebeleid"};
  private static final String[] LABS = {"hb_mmol_l", "leuko_10e9_l", "trombo_10e9_l", "crp_mg_l",
    "kreatinine_umol_l", "egfr", "glucose_mmol_l", "hba1c_mmol_mol"};
  private static final double[][] LAB_RANGE = {{6.5, 10}, {3.5, 12}, {150, 400}, {0.5, 60}, {45, 110},
    {45, 120}, {4, 11}, {30, 70}};
  private static final String[] DATES = {"datum_intake", "datum_eerste_polibezoek", "datum_mdo",
    "datum_start_behandeling", "datum_einde_behandeling", "datum_laatste_controle", "datum_volgende_afspraak",
    "datum_overlijden"};

  private final DutchPeople people;
  private final SplittableRandom rng;
  private final List<String> header;

  /** @param seed the random seed */
  WideHospitalTable(long seed) {
    this.people = new DutchPeople(seed);
    this.rng = people.random();
    List<String> h = new ArrayList<>(List.of("patient_id", "bsn", "ziekenhuisnummer_oud", "opnamenummer",
        "achternaam", "tussenvoegsel", "voorletters", "roepnaam", "geboortedatum", "geslacht",
        "straat", "huisnummer", "postcode", "woonplaats", "land", "telefoon_mobiel", "telefoon_vast",
        "email", "zorgverzekeraar", "polisnummer", "huisarts", "agb_huisarts", "verwijzer_specialisme",
        "afdeling", "behandelaar", "opnamedatum", "ontslagdatum", "opnametype", "diagnose_1", "diagnose_2",
        "diagnose_3", "dbc_zorgproduct", "verrichting_1", "verrichting_2", "verrichting_3"));
    for (String lab : LABS) {
      h.add(lab);
    }
    for (String flag : FLAGS) {
      h.add("vlag_" + flag);
    }
    for (String date : DATES) {
      h.add(date);
    }
    h.add("opmerking");
    this.header = List.copyOf(h);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public void next(String[] row) {
    DutchPeople.Person p = people.next();
    int c = 0;
    row[c++] = "P" + p.patientNumber();
    row[c++] = p.bsn();
    row[c++] = rng.nextInt(100) < 40 ? Digits.of(rng.nextLong(10_000_000L), 7) : "";
    row[c++] = "OPN" + Digits.of(rng.nextLong(1_000_000_000L), 9);
    row[c++] = p.familyName();
    row[c++] = p.prefix();
    row[c++] = p.initials();
    row[c++] = p.givenName();
    row[c++] = p.birthDate().toString();
    row[c++] = "F";
    row[c++] = p.street();
    row[c++] = p.houseNumber();
    row[c++] = p.postcode().replace(" ", "");
    row[c++] = p.city();
    row[c++] = "NL";
    row[c++] = p.phone();
    row[c++] = rng.nextInt(100) < 30 ? "0" + (10 + rng.nextInt(89)) + "-" + Digits.of(rng.nextInt(10_000_000), 7) : "";
    row[c++] = rng.nextInt(100) < 60 ? p.email() : "";
    row[c++] = INSURERS[rng.nextInt(INSURERS.length)];
    row[c++] = Digits.of(rng.nextLong(1_000_000_000L), 9);
    row[c++] = p.gp();
    row[c++] = p.gpAgb();
    String department = DEPARTMENTS[rng.nextInt(DEPARTMENTS.length)];
    row[c++] = rng.nextInt(100) < 70 ? "huisarts" : DEPARTMENTS[rng.nextInt(DEPARTMENTS.length)];
    row[c++] = department;
    row[c++] = "dr. " + (char) ('A' + rng.nextInt(26)) + ". " + DutchData.PLAIN_FAMILY_NAMES[rng.nextInt(
        DutchData.PLAIN_FAMILY_NAMES.length)];
    LocalDate admitted = DutchPeople.REFERENCE_DATE.minusDays(1 + rng.nextInt(730));
    boolean clinical = rng.nextInt(100) < 35;
    row[c++] = admitted.toString();
    row[c++] = clinical ? admitted.plusDays(1 + rng.nextInt(12)).toString() : admitted.toString();
    row[c++] = clinical ? "klinisch" : rng.nextBoolean() ? "poliklinisch" : "dagbehandeling";
    for (int i = 0; i < 3; i++) {
      row[c++] = i == 0 || rng.nextInt(100) < 40 ? ICD10[rng.nextInt(ICD10.length)] : "";
    }
    row[c++] = Digits.of(rng.nextLong(1_000_000_000L), 9);
    for (int i = 0; i < 3; i++) {
      row[c++] = PROCEDURES[rng.nextInt(PROCEDURES.length)];
    }
    for (double[] range : LAB_RANGE) {
      row[c++] = rng.nextInt(100) < 65
          ? String.valueOf(Math.round((range[0] + rng.nextDouble() * (range[1] - range[0])) * 10) / 10.0) : "";
    }
    for (int i = 0; i < FLAGS.length; i++) {
      row[c++] = rng.nextInt(100) < 12 ? "J" : "N";
    }
    LocalDate date = admitted.minusDays(rng.nextInt(60));
    for (int i = 0; i < DATES.length; i++) {
      boolean present = i < DATES.length - 1 ? rng.nextInt(100) < 70 : rng.nextInt(1000) < 5;
      date = date.plusDays(rng.nextInt(45));
      row[c++] = present ? date.toString() : "";
    }
    row[c] = rng.nextInt(100) < 25 ? Remarks.shortRemark(rng, p, admitted) : "";
  }
}
