package org.exposure.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SubjectKeysTest {

  /** RFC 4231, test cases 4 and 6 (a key longer than a block is hashed first). */
  @Test
  void hmacMatchesTheRfc4231Vectors() {
    byte[] key4 = new byte[25];
    for (int i = 0; i < key4.length; i++) {
      key4[i] = (byte) (i + 1);
    }
    byte[] data4 = new byte[50];
    Arrays.fill(data4, (byte) 0xcd);
    assertThat(hex(SubjectKeys.of(key4).hmac(data4)))
        .isEqualTo("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");

    byte[] key6 = new byte[131];
    Arrays.fill(key6, (byte) 0xaa);
    byte[] data6 = "Test Using Larger Than Block-Size Key - Hash Key First"
        .getBytes(StandardCharsets.US_ASCII);
    assertThat(hex(SubjectKeys.of(key6).hmac(data6)))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Property(tries = 300)
  void hmacAgreesWithTheJdksMac(
      @ForAll @Size(min = 16, max = 150) byte[] secret, @ForAll @Size(max = 200) byte[] message)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    assertThat(SubjectKeys.of(secret).hmac(message)).isEqualTo(mac.doFinal(message));
  }

  @Test
  void theSameSecretGivesTheSameCodeAndAnotherSecretAnother() {
    byte[] secret = new byte[32];
    byte[] other = new byte[32];
    other[0] = 1;
    assertThat(SubjectKeys.of(secret).code("bsn|111222333"))
        .isEqualTo(SubjectKeys.of(secret.clone()).code("bsn|111222333"))
        .isNotEqualTo(SubjectKeys.of(other).code("bsn|111222333"));
  }

  @Property(tries = 500)
  void aKeyIsShownAsSixteenLowerCaseHexDigits(@ForAll long code) {
    assertThat(SubjectKeys.hex(code)).isEqualTo(String.format(java.util.Locale.ROOT, "%016x", code));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
