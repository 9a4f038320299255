package org.exposure.classify;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exposure.model.FieldType;
import org.exposure.model.SourceLocation;

/**
 * The user's own word on columns she knows better than the classifier: a mapping file with one rule per
 * line, {@code [source:] header = TYPE} or {@code [source:] header = ignore}. Headers are compared as the
 * classifier compares them (case, accents, spaces and punctuation ignored); a rule with a source applies
 * only to files of that name ({@code *} matches any run of characters), and wins over one without. Blank
 * lines and lines starting with {@code #} are skipped.
 *
 * <pre>
 * # lab-export mapping, checked with the lab on 2025-08-07
 * nummer = RECORD_ID
 * kenmerk = NATIONAL_ID
 * uitslagen-*.csv: opmerking = ignore
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ColumnMapping {
  private static final ColumnMapping EMPTY = new ColumnMapping(List.of());
  private static final String IGNORE = "ignore";

  private final List<Rule> rules;

  private ColumnMapping(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * One rule of a mapping file.
   *
   * @param source the file-name pattern it is limited to, if any
   * @param header the header as written in the mapping file
   * @param type the type to give the column; empty to ignore it
   * @param line the rule's line in the mapping file
   */
  public record Rule(Optional<String> source, String header, Optional<FieldType> type, int line) {
    public Rule {
      requireNonNull(source, "source");
      requireNonNull(header, "header");
      requireNonNull(type, "type");
    }

    boolean appliesTo(String sourceName, String normalizedHeader) {
      if (!HeaderDictionary.normalize(header).equals(normalizedHeader)) {
        return false;
      }
      if (source.isEmpty()) {
        return true;
      }
      String fileName = SourceLocation.fileName(sourceName);
      return glob(source.get()).matcher(fileName).matches();
    }
  }

  /** The mapping without rules. */
  public static ColumnMapping empty() {
    return EMPTY;
  }

  /**
   * Reads a mapping file (UTF-8).
   *
   * @throws InvalidMappingException naming the file and line of the first rule that cannot be read
   * @throws IOException if the file cannot be read
   */
  public static ColumnMapping parse(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      rules.add(rule(file, i + 1, line));
    }
    return new ColumnMapping(rules.build());
  }

  private static Rule rule(Path file, int number, String line) throws InvalidMappingException {
    int equals = line.lastIndexOf('=');
    if (equals < 0) {
      throw new InvalidMappingException(file, number, "expected '[source:] header = TYPE' or "
          + "'[source:] header = ignore'");
    }
    String left = line.substring(0, equals).strip();
    String right = line.substring(equals + 1).strip();
    Optional<String> source = Optional.empty();
    int colon = left.indexOf(':');
    if (colon >= 0) {
      source = Optional.of(left.substring(0, colon).strip());
      left = left.substring(colon + 1).strip();
    }
    if (left.isEmpty() || HeaderDictionary.normalize(left).isEmpty()) {
      throw new InvalidMappingException(file, number, "the header before '=' is empty");
    }
    Optional<FieldType> type;
    if (right.equalsIgnoreCase(IGNORE)) {
      type = Optional.empty();
    } else {
      try {
        type = Optional.of(FieldType.valueOf(right.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidMappingException(file, number, "unknown type '" + right + "'; expected one of "
            + Arrays.stream(FieldType.values()).map(Enum::name).collect(Collectors.joining(", "))
            + ", or ignore");
      }
    }
    return new Rule(source, left, type, number);
  }

  /** The rule for a column, if any: one naming the source wins over one that does not. */
  public Optional<Rule> ruleFor(String source, String header) {
    String normalized = HeaderDictionary.normalize(header);
    Rule general = null;
    for (Rule rule : rules) {
      if (rule.appliesTo(source, normalized)) {
        if (rule.source().isPresent()) {
          return Optional.of(rule);
        }
        if (general == null) {
          general = rule;
        }
      }
    }
    return Optional.ofNullable(general);
  }

  /** The rules, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
