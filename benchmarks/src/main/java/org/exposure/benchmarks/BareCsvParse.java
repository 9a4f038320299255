package org.exposure.benchmarks;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The whole-process baseline for a CSV layout: parses the file with Apache Commons CSV on one thread,
 * with the delimiter and charset it was written with, and touches every field (sums their lengths),
 * printing the record count and the sum so that nothing can be optimised away. What the CLI's run
 * on the same file is divided by.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.BareCsvParse FILE \
 *     [--charset windows-1252] [--delimiter ';']
 * </pre>
 */
@Command(
    name = "BareCsvParse",
    description = "Parses a CSV file with Commons CSV on one thread, touching every field, and prints "
        + "the records and the sum of the field lengths.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class BareCsvParse implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
  private Path file;

  @Option(names = "--charset", paramLabel = "C", converter = CharsetConverter.class,
      description = "Character encoding (default: UTF-8).")
  private Charset charset = StandardCharsets.UTF_8;

  @Option(names = "--delimiter", paramLabel = "D", converter = CohortCommandLine.Delimiter.class,
      description = "Field separator: ';', ',', tab or '|' (default: ;).")
  private char delimiter = ';';

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  BareCsvParse() {
  }

  /**
   * Command-line entry point; see {@code --help}.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    CommandLines.main(new BareCsvParse(), args);
  }

  @Override
  public Integer call() throws IOException {
    long[] counts = parse(file, charset, delimiter);
    System.out.printf(Locale.ROOT, "records %d, characters in fields %d%n", counts[0], counts[1]);
    return CommandLines.OK;
  }

  /**
   * Parses the file and touches every field.
   *
   * @param file      the CSV file
   * @param charset   its encoding
   * @param delimiter its field separator
   * @return the records (header included) and the sum of all field lengths
   * @throws IOException if reading fails or the file is not CSV
   */
  static long[] parse(Path file, Charset charset, char delimiter) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"').get();
    long records = 0;
    long characters = 0;
    try (Reader in = new InputStreamReader(Files.newInputStream(file), charset);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        records++;
        for (int i = 0; i < record.size(); i++) {
          characters += record.get(i).length();
        }
      }
    }
    return new long[] {records, characters};
  }

  /** A charset by any of its names. */
  static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new CommandLine.TypeConversionException("expected a charset such as UTF-8 or windows-1252, got '"
            + value + "'");
      }
    }
  }
}
