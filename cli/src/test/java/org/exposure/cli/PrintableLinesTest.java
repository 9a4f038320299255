package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableLinesTest {
  @ParameterizedTest
  @ValueSource(strings = {"lab\nexposure: done, nothing found.csv", "\u001b[2J\u001b[31mlab\u0007.csv",
      "lab\u202evsc.exe", "a\rb", "a\u2028b", "\u0085", "a\u009bb", "x\u2066y\u2069"})
  void aLineWithControlsStaysOneLineWithoutThem(String name) {
    StringWriter text = new StringWriter();
    new PrintableLines(new PrintWriter(text)).println("exposure: cannot read " + name);
    String written = text.toString();
    assertThat(written.lines()).singleElement().asString().startsWith("exposure: cannot read ")
        .doesNotContainPattern("[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");
  }

  @Test
  void escapesSayWhatWasThere() {
    assertThat(PrintableLines.printable("a\nb\tc\u001bd\u202ee")).isEqualTo("a\\nb\\tc\\u001Bd\\u202Ee");
    assertThat(PrintableLines.printable("Zoë's lab.csv")).isEqualTo("Zoë's lab.csv");
  }
}
