package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The corpus's identifiers are only as good as their check digits: each rule is checked against
 * examples published with its specification, and every generated number against its rule.
 */
class CheckDigitsTest {

  @Test
  void bsnElevenTestOnTheReferenceExamples() {
    assertThat(CheckDigits.passesElevenTest("111222333")).isTrue();
    assertThat(CheckDigits.passesElevenTest("123456782")).isTrue();
    assertThat(CheckDigits.passesElevenTest("999993653")).isTrue();
    assertThat(CheckDigits.passesElevenTest("123456789")).isFalse();
    assertThat(CheckDigits.passesElevenTest("12345678")).isFalse();
  }

  /** CMS's worked example: 123456789 behind the 80840 prefix gives the check digit 3. */
  @Test
  void npiCheckOnThePublishedExample() {
    assertThat(CheckDigits.npi("123456789")).isEqualTo("1234567893");
    assertThat(CheckDigits.npi("123456788")).isEqualTo("1234567885");
  }

  @Test
  void nhsCheckOnThePublishedExample() {
    assertThat(CheckDigits.nhsCheck("943476591")).isEqualTo(9);
  }

  @Test
  void mod97KeysOnThePublishedExamples() {
    // NIR 2 06 12 75 111 005, key 64; Belgian 93.05.18-223.61.
    assertThat(CheckDigits.mod97Key(2061275111005L)).isEqualTo(64);
    assertThat(CheckDigits.belgianCheck("930518223", false)).isEqualTo(61);
    assertThat(CheckDigits.belgianCheck("000101234", true))
        .isEqualTo(97 - (int) (2000101234L % 97));
  }

  @Test
  void ppsnCheckOnThePublishedExample() {
    // 6433435F: 48+28+18+15+16+9+10 = 144, 144 mod 23 = 6 -> F.
    assertThat(CheckDigits.ppsnCheck("6433435")).isEqualTo('F');
    assertThat(CheckDigits.ppsnCheck("6433436")).isNotEqualTo('F');
  }

  @Test
  void kvnrCheckFollowsTheModulo10Rule() {
    // A = 01: digits 0 1 1 2 3 4 5 6 7 8, weighted 1 2 1 2..., digit sums 0+2+1+4+3+8+5+3+7+7 = 40.
    assertThat(CheckDigits.kvnrCheck('A', "12345678")).isZero();
  }

  @Test
  void dniAndNieLettersOnThePublishedExamples() {
    // 12345678Z (the Ministry's example); X1234567L: X as 0, 01234567 mod 23 = 19 -> L.
    assertThat(CheckDigits.dniLetter(12345678L)).isEqualTo('Z');
    assertThat(CheckDigits.dniLetter(1234567L)).isEqualTo('L');
    assertThat(CheckDigits.dniLetter(12345679L)).isNotEqualTo('Z');
  }

  @Test
  void codiceFiscaleOnThePublishedExample() {
    // RSSMRA85T10A562S: Mario Rossi, 10 December 1985, municipality A562.
    assertThat(CheckDigits.cfCheck("RSSMRA85T10A562")).isEqualTo('S');
    assertThat(CheckDigits.codiceFiscale("Rossi", "Mario", LocalDate.of(1985, 12, 10), false,
        "A562")).isEqualTo("RSSMRA85T10A562S");
    assertThat(CheckDigits.cfCheck("RSSMRA85T10A563")).isNotEqualTo('S');
  }

  @Test
  void svnrCheckOnThePublishedExample() {
    // 1237 010180: 1*3 + 2*7 + 3*9 + 0*5 + 1*8 + 0*4 + 1*2 + 8*1 + 0*6 = 62, 62 mod 11 = 7.
    assertThat(CheckDigits.svnrCheck("123", "010180")).isEqualTo(7);
    assertThat(CheckDigits.svnrCheck("124", "010180")).isNotEqualTo(7);
    // 2461 260779: 6 + 28 + 54 + 10 + 48 + 0 + 14 + 7 + 54 = 221, 221 mod 11 = 1.
    assertThat(CheckDigits.svnrCheck("246", "260779")).isEqualTo(1);
  }

  @Test
  void ibanOnThePublishedExamples() {
    assertThat(CheckDigits.iban("NL", "ABNA0417164300")).isEqualTo("NL91ABNA0417164300");
    assertThat(CheckDigits.iban("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
    assertThat(CheckDigits.iban("GB", "WEST12345698765432")).isEqualTo("GB82WEST12345698765432");
  }

  @Test
  void everyGeneratedNumberPassesItsRule() {
    Random rng = new Random(17);
    for (int i = 0; i < 2000; i++) {
      String bsn = CheckDigits.bsn(rng);
      assertThat(CheckDigits.passesElevenTest(bsn)).as(bsn).isTrue();

      String nhs = CheckDigits.nhs(rng);
      assertThat(nhs).hasSize(10);
      assertThat(CheckDigits.nhsCheck(nhs.substring(0, 9))).isEqualTo(nhs.charAt(9) - '0');

      LocalDate birth = LocalDate.of(1940 + rng.nextInt(80), 1 + rng.nextInt(12),
          1 + rng.nextInt(28));
      String be = CheckDigits.belgianNational(birth, rng.nextBoolean(), rng);
      assertThat(be).hasSize(11);
      assertThat(Integer.parseInt(be.substring(9))).isEqualTo(
          CheckDigits.belgianCheck(be.substring(0, 9), birth.getYear() >= 2000));

      String nir = CheckDigits.nir(birth, true, rng);
      assertThat(nir).hasSize(15).startsWith("2");
      assertThat(Integer.parseInt(nir.substring(13)))
          .isEqualTo(CheckDigits.mod97Key(Long.parseLong(nir.substring(0, 13))));

      String kvnr = CheckDigits.kvnr(rng);
      assertThat(kvnr).matches("[A-Z][0-9]{9}");
      assertThat(kvnr.charAt(9) - '0').isEqualTo(CheckDigits.kvnrCheck(kvnr.charAt(0),
          kvnr.substring(1, 9)));

      String ppsn = CheckDigits.ppsn(rng);
      assertThat(ppsn).matches("[0-9]{7}[A-W]");
      assertThat(ppsn.charAt(7)).isEqualTo(CheckDigits.ppsnCheck(ppsn.substring(0, 7)));

      String dni = CheckDigits.dni(rng);
      assertThat(dni).matches("[0-9]{8}[A-Z]");
      assertThat(dni.charAt(8))
          .isEqualTo(CheckDigits.dniLetter(Long.parseLong(dni.substring(0, 8))));
      String nie = CheckDigits.nie(rng);
      assertThat(nie).matches("[XYZ][0-9]{7}[A-Z]");
      assertThat(nie.charAt(8)).isEqualTo(CheckDigits.dniLetter(Long.parseLong(
          "XYZ".indexOf(nie.charAt(0)) + nie.substring(1, 8))));

      boolean female = rng.nextBoolean();
      String cf = CheckDigits.codiceFiscale("De Luca", "Giulia", birth, female, "H501");
      assertThat(cf).matches("[A-Z]{6}[0-9]{2}[ABCDEHLMPRST][0-9]{2}[A-Z][0-9]{3}[A-Z]")
          .startsWith("DLCGLI");
      assertThat(Integer.parseInt(cf.substring(9, 11)))
          .isEqualTo(birth.getDayOfMonth() + (female ? 40 : 0));
      assertThat(cf.charAt(15)).isEqualTo(CheckDigits.cfCheck(cf.substring(0, 15)));

      String svnr = CheckDigits.svnr(birth, rng);
      assertThat(svnr).matches("[1-9][0-9]{9}");
      assertThat(svnr.charAt(3) - '0').isEqualTo(CheckDigits.svnrCheck(svnr.substring(0, 3),
          svnr.substring(4)));

      assertThat(CheckDigits.ssn(rng)).matches("9[0-9]{2}-[0-9]{2}-[0-9]{4}");
      assertThat(CheckDigits.issuedLookingSsn(rng)).matches("[0-8][0-9]{2}-[0-9]{2}-[0-9]{4}")
          .doesNotStartWith("666").doesNotStartWith("000");
      assertThat(CheckDigits.passesElevenTest(CheckDigits.digits(rng, 9))).isFalse();
    }
  }
}
