package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialCategoriesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"white|true", "Black or African American|true", "asian|true",
      "nonhispanic|true", "Not Hispanic or Latino|true", "Native Hawaiian or Other Pacific Islander|true",
      "Marokkaans|true", "Black / African American|true", "other|false", "Unknown|false",
      "American|false", "Jan de Vries|false", "Amsterdam|false", "''|false", "42|false"})
  void readsRaceAndEthnicity(String value, boolean expected) {
    assertThat(SpecialCategories.isRaceOrEthnicity(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Rooms-katholiek|true", "Protestant|true", "Muslim|true",
      "Joods|true", "Hindu|true", "Atheist|true", "Jehovah's Witness|true", "geen|false",
      "Kerkstraat 12|false", "The patient went to a catholic hospital after her fall|false"})
  void readsReligion(String value, boolean expected) {
    assertThat(SpecialCategories.isReligion(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Heterosexual|true", "homoseksueel|true", "Bisexual|true",
      "Lesbian, gay|true", "Straight or heterosexual|true", "vrouw met vrouw|true", "MSM|true",
      "sekswerker|true", "heteroseksueel contact|true", "F|false", "Female|false"})
  void readsSexualOrientation(String value, boolean expected) {
    assertThat(SpecialCategories.isSexualOrientation(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"c.5266dup p.(Gln1756fs) pathogenic|true",
      "BRCA1 c.68_69del|true", "No pathogenic variant identified|true", "heterozygoot|true",
      "p.Val600Glu|true", "HPV 16 genotype|false", "Pap 3b|false", "c.a.o.|false",
      "Kerkstraat 12|false", "negatief|false"})
  void readsGeneticFindings(String value, boolean expected) {
    assertThat(SpecialCategories.isGeneticVariant(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Metformin 500 MG Oral Tablet|true", "paracetamol 500mg|true",
      "Insulin Glargine 100 UNT/ML Injectable Solution|true",
      "Amoxicillin 250 MG / Clavulanate 125 MG|true", "Kerkstraat 12|false", "12 mg|false",
      "Pap 3b|false"})
  void readsMedicinesWithTheirStrength(String value, boolean expected) {
    assertThat(Codes.isMedicationWithStrength(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"J07BM01,true", "A10BA02,true", "j07bm01,true", "X07BM01,false", "J07B01,false",
      "1234 AB,false"})
  void readsAtcCodes(String value, boolean expected) {
    assertThat(Codes.isAtcCode(value)).isEqualTo(expected);
  }
}
