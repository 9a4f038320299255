package org.exposure.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding program compiles as it is printed, against the library as a newcomer would
 * take it (this module's class path: the report module and what it brings, no command-line library).
 */
class ReadmeProgramTest {
  @TempDir
  Path dir;

  /** The first Java block of the README, the program its "Embedding" section prints. */
  private static String program() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("(?s)## Embedding.*?```java\\n(.*?)```").matcher(readme);
    assertThat(block.find()).as("a ```java block under ## Embedding in README.md").isTrue();
    return block.group(1);
  }

  @Test
  void theReadmesEmbeddingProgramCompiles() throws IOException {
    String program = program();
    Matcher name = Pattern.compile("public final class (\\w+)").matcher(program);
    assertThat(name.find()).as("a public class in the README's program").isTrue();
    Path source = Files.writeString(dir.resolve(name.group(1) + ".java"), program);
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-classpath", classPath, "-d", dir.toString(), "-Xlint:all", "-Werror"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(source)).call();

    assertThat(compiled).as("javac says:%n%s", errors).isTrue();
    assertThat(dir.resolve(name.group(1) + ".class")).exists();
  }

  @Test
  void theLibraryBringsNoCommandLineLibrary() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
