package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's identity follows the lines of its two files, whatever their order, and nothing else. */
class RunIdTest {
  @TempDir Path dir;

  private String id(String subjects, String list) throws IOException {
    Path s = Files.writeString(dir.resolve("s-" + subjects.hashCode() + ".csv"), subjects);
    Path l = Files.writeString(dir.resolve("l-" + list.hashCode() + ".csv"), list);
    return RunId.of(s, l);
  }

  private static final String SUBJECTS = "subject,level\na,HIGH\nb,LOW\nc,VERY_HIGH\n";
  private static final String LIST = "subject,level\r\na,HIGH\r\nc,VERY_HIGH\r\n";

  @Test
  void theOrderOfTheLinesDoesNotCount() throws IOException {
    String id = id(SUBJECTS, LIST);
    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(id("c,VERY_HIGH\nsubject,level\nb,LOW\na,HIGH\n", "subject,level\r\nc,VERY_HIGH\r\na,HIGH\r\n"))
        .isEqualTo(id);
  }

  @Test
  void anyLineAddedLostChangedOrMovedBetweenTheFilesCounts() throws IOException {
    List<String[]> variants = List.of(
        new String[] {SUBJECTS, LIST},
        new String[] {SUBJECTS + "d,LOW\n", LIST},
        new String[] {"subject,level\na,HIGH\nb,LOW\n", LIST},
        new String[] {"subject,level\na,HIGH\nb,MEDIUM\nc,VERY_HIGH\n", LIST},
        new String[] {SUBJECTS, "subject,level\r\na,HIGH\r\n"},
        new String[] {SUBJECTS, "subject,level\na,HIGH\nc,VERY_HIGH\n"}, // line ends count
        new String[] {SUBJECTS + "a,HIGH\n", LIST}, // a line twice is not a line once
        new String[] {SUBJECTS.stripTrailing(), LIST}, // a last line without its line feed
        new String[] {LIST, SUBJECTS}, // the files swapped
        new String[] {"", ""},
        new String[] {"\n", ""});
    Set<String> ids = new HashSet<>();
    for (String[] v : variants) {
      ids.add(id(v[0], v[1]));
    }
    assertThat(ids).hasSameSizeAs(variants);
  }

  @Test
  void linesLongerThanTheReadBufferAreHashedWhole() throws IOException {
    String longLine = "x".repeat(200_000);
    assertThat(id("h\n" + longLine + "y\n", LIST)).isNotEqualTo(id("h\n" + longLine + "z\n", LIST))
        .isEqualTo(id(longLine + "y\nh\n", LIST));
  }
}
