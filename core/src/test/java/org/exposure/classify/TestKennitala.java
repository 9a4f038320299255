package org.exposure.classify;

import java.util.Optional;
import java.util.Set;

/**
 * The Icelandic kennitala as a user would add a scheme: {@code DDMMYY-RRCM}, C a mod-11 check digit
 * over the first eight with weights 3, 2, 7, 6, 5, 4, 3, 2. Registered for the tests in
 * {@code META-INF/services/org.exposure.classify.NationalIdScheme}.
 */
public final class TestKennitala implements NationalIdScheme {
  private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  /** The public no-argument constructor ServiceLoader calls. */
  public TestKennitala() {}

  @Override
  public String id() {
    return "is-kennitala";
  }

  @Override
  public String country() {
    return "IS";
  }

  @Override
  public String displayName() {
    return "Icelandic kennitala";
  }

  @Override
  public String evidence() {
    return "are Icelandic kennitala with a valid check digit";
  }

  @Override
  public Optional<String> canonical(String value) {
    String s = value.strip();
    if (s.length() == 11 && s.charAt(6) == '-') {
      s = s.substring(0, 6) + s.substring(7);
    }
    return s.length() == 10 && s.chars().allMatch(c -> c >= '0' && c <= '9')
        ? Optional.of(s) : Optional.empty();
  }

  @Override
  public boolean isValid(String canonical) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (canonical.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check != 10 && (check == 11 ? 0 : check) == canonical.charAt(8) - '0';
  }

  @Override
  public Set<String> headerStems() {
    return Set.of("kennitala");
  }
}
