package org.exposure.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The whole-process baseline for a FHIR bulk export: parses every resource of every {@code .ndjson}
 * file in a folder with HAPI FHIR (one R4 {@code FhirContext}, as the fhir-adapter makes it, a JSON
 * parser per batch) on a thread per core, touching each resource (its type and id), and prints the
 * resources and the sum of those lengths. Lines are read on the calling thread and handed out in
 * batches, a bounded number at a time, so that no file is held in memory.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.exposure.benchmarks.BareFhirParse FOLDER [--threads N]
 * </pre>
 */
@Command(
    name = "BareFhirParse",
    description = "Parses every resource of every NDJSON file in a folder with HAPI FHIR on all cores "
        + "and prints the resources parsed.",
    sortOptions = false,
    usageHelpWidth = 100)
public final class BareFhirParse implements Callable<Integer> {
  private static final int BATCH = 256;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The bulk-export folder.")
  private Path folder;

  @Option(names = "--threads", paramLabel = "N",
      description = "Parsing threads (default: the cores, ${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this text.")
  private boolean help;

  BareFhirParse() {
  }

  /**
   * Command-line entry point; see {@code --help}.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    CommandLines.main(new BareFhirParse(), args);
  }

  @Override
  public Integer call() throws Exception {
    long[] counts = parse(folder, Math.max(1, threads));
    System.out.printf(Locale.ROOT, "resources %d, characters touched %d%n", counts[0], counts[1]);
    return CommandLines.OK;
  }

  /**
   * Parses every line of every {@code .ndjson} file of the folder.
   *
   * @param folder  the bulk-export folder
   * @param threads parsing threads
   * @return the resources parsed and the sum of their types' and ids' lengths
   * @throws Exception if reading or parsing fails
   */
  static long[] parse(Path folder, int threads) throws Exception {
    FhirContext context = FhirContext.forR4Cached();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long resources = 0;
    long characters = 0;
    try (Stream<Path> listing = Files.list(folder)) {
      Deque<Future<long[]>> pending = new ArrayDeque<>();
      List<Path> files = listing.filter(f -> f.getFileName().toString().endsWith(".ndjson")).sorted().toList();
      for (Path file : files) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          List<String> batch = new ArrayList<>(BATCH);
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
              batch.add(line);
            }
            if (batch.size() == BATCH) {
              pending.addLast(submit(pool, context, batch));
              batch = new ArrayList<>(BATCH);
            }
            if (pending.size() >= 4 * threads) { // bounded: the file is not read into memory
              long[] done = pending.removeFirst().get();
              resources += done[0];
              characters += done[1];
            }
          }
          pending.addLast(submit(pool, context, batch));
        }
      }
      for (Future<long[]> f : pending) {
        long[] done = f.get();
        resources += done[0];
        characters += done[1];
      }
    } finally {
      pool.shutdownNow();
    }
    return new long[] {resources, characters};
  }

  private static Future<long[]> submit(ExecutorService pool, FhirContext context, List<String> batch) {
    return pool.submit(() -> {
      IParser parser = context.newJsonParser();
      long characters = 0;
      for (String line : batch) {
        IBaseResource resource = parser.parseResource(line);
        characters += resource.fhirType().length() + resource.getIdElement().getIdPart().length();
      }
      return new long[] {batch.size(), characters};
    });
  }
}
