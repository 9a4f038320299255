package org.exposure.classify;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The national-ID schemes known: Exposure's own ({@link #builtIn()}) and those registered through
 * {@link ServiceLoader} for {@link NationalIdScheme}. Stateless and thread-safe.
 *
 * <pre>{@code
 * NationalIdSchemes.byId("us-ssn").get().isValid("999123456"); // false: area 9xx is never issued
 * NationalIdSchemes.of("943 476 5919");                         // Optional[UK NHS number]
 * }</pre>
 */
public final class NationalIdSchemes {
  private static final List<NationalIdScheme> BUILT_IN = List.of(BuiltInScheme.values());
  private static final List<NationalIdScheme> REGISTERED = loadRegistered();
  private static final List<NationalIdScheme> ALL =
      ImmutableList.<NationalIdScheme>builder().addAll(BUILT_IN).addAll(REGISTERED).build();

  private NationalIdSchemes() {}

  /** Exposure's own schemes, in the order they are tried. */
  public static List<NationalIdScheme> builtIn() {
    return BUILT_IN;
  }

  /** The schemes registered through {@link ServiceLoader}, beside the built-in ones. */
  public static List<NationalIdScheme> registered() {
    return REGISTERED;
  }

  /** Every scheme: the built-in ones first, then the registered ones. */
  public static List<NationalIdScheme> all() {
    return ALL;
  }

  /** The scheme of the given {@link NationalIdScheme#id() id}. */
  public static Optional<NationalIdScheme> byId(String id) {
    requireNonNull(id, "id");
    for (NationalIdScheme s : ALL) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The first scheme, in the order of {@link #all()}, whose numbers the value {@linkplain
   * NationalIdScheme#matches matches}: the scheme of a number met without a column that names it
   * (in FHIR, in free text). Nine valid bare digits are a BSN; an SSN is known by its dashes.
   */
  public static Optional<NationalIdScheme> of(String value) {
    for (NationalIdScheme s : ALL) {
      if (s.matches(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Parts of a header that name an identity document without a scheme of its own: a driver's licence
   * or a passport number is no national number that any scheme's check could confirm or refute.
   */
  private static final List<String> UNCHECKED_DOCUMENTS = List.of("driver", "licence", "license",
      "passport", "paspoort", "rijbewijs", "permis", "fuhrerschein", "reisepass");

  /** Whether a normalised header names an identity document that no scheme checks. */
  static boolean namesUncheckedDocument(String normalizedHeader) {
    for (String stem : UNCHECKED_DOCUMENTS) {
      if (normalizedHeader.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The scheme a normalised header names by one of its {@linkplain NationalIdScheme#headerStems stems}. */
  static Optional<NationalIdScheme> namedBy(String normalizedHeader) {
    for (NationalIdScheme s : ALL) {
      for (String stem : s.headerStems()) {
        if (normalizedHeader.contains(stem)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private static List<NationalIdScheme> loadRegistered() {
    ImmutableList.Builder<NationalIdScheme> found = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    for (NationalIdScheme s : BUILT_IN) {
      ids.add(s.id());
    }
    for (NationalIdScheme s : ServiceLoader.load(NationalIdScheme.class,
        NationalIdSchemes.class.getClassLoader())) {
      if (!ids.add(s.id())) { // two schemes of one id would mix their subjects' keys
        throw new IllegalStateException("national-ID scheme id '" + s.id() + "' of "
            + s.getClass().getName() + " is taken; give the scheme an id of its own");
      }
      found.add(s);
    }
    return found.build();
  }
}
