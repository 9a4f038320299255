package org.exposure.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes the suite's layouts: deterministic for a seed (equal arguments give byte-identical files on
 * the same JDK major version), streaming with constant memory, {@code rows} records after the header
 * (for the FHIR export, {@code rows} women). Files are written under a temporary name and moved into
 * place, so a file present under its final name is complete and can be reused.
 *
 * <pre>{@code
 * Path file = SuiteLayouts.prepare(SuiteLayout.UK, 485_000, 2025, Path.of("benchmarks/target/suite"));
 * }</pre>
 */
public final class SuiteLayouts {
  private SuiteLayouts() {
  }

  /**
   * The layout's file (or, for FHIR, folder) in {@code work}, written there unless present.
   *
   * @param layout which layout
   * @param rows   records after the header (women for FHIR)
   * @param seed   random seed
   * @param work   the folder holding generated layouts
   * @return the file or folder
   * @throws IOException if writing fails
   */
  public static Path prepare(SuiteLayout layout, long rows, long seed, Path work) throws IOException {
    Path target = work.resolve(String.format(Locale.ROOT, "%s-%d-s%d%s", layout.token(), rows, seed,
        layout.csv() ? ".csv" : ""));
    if (Files.exists(target)) {
      return target;
    }
    Files.createDirectories(work);
    Path partial = work.resolve(target.getFileName() + ".partial");
    deleteTree(partial);
    write(layout, rows, seed, partial);
    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /**
   * Writes the layout to {@code target} (a file, or for FHIR a folder), replacing it.
   *
   * @param layout which layout
   * @param rows   records after the header (women for FHIR)
   * @param seed   random seed
   * @param target where to write
   * @throws IOException if writing fails
   */
  public static void write(SuiteLayout layout, long rows, long seed, Path target) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be at least 0, was " + rows);
    }
    switch (layout) {
      case NL_LAB -> new CohortGenerator().write(CohortSpec.builder().rows(rows).seed(seed).build(), target);
      case FHIR -> fhir(rows, seed, target);
      default -> writer(layout).write(table(layout, seed), rows, target);
    }
  }

  /**
   * How the layout's CSV file is written: its delimiter, charset, byte-order mark and line ending.
   *
   * @param layout a CSV layout other than {@link SuiteLayout#NL_LAB}
   * @return its writer
   */
  static TableWriter writer(SuiteLayout layout) {
    char delimiter = layout.delimiter().orElseThrow(() -> new IllegalArgumentException(
        layout.token() + " is not a CSV layout"));
    boolean bom = layout == SuiteLayout.BE_HELDOUT;
    String separator = layout == SuiteLayout.CP1252 || layout == SuiteLayout.UK
        || layout == SuiteLayout.LINE_BREAKS ? "\r\n" : "\n";
    return new TableWriter(delimiter, layout.charset(), bom, separator);
  }

  /** A fresh table of the layout's records for the seed. */
  static CsvTable table(SuiteLayout layout, long seed) {
    return switch (layout) {
      case REMARKS -> new RemarksTable(seed, 0);
      case LONG_REMARKS -> new RemarksTable(seed, 20);
      case COMBINED_CELLS -> new CombinedCellsTable(seed);
      case WIDE -> new WideHospitalTable(seed);
      case LINE_BREAKS -> new LineBreaksTable(seed);
      case CP1252 -> new AccentedNamesTable(seed);
      case PER_RESULT -> new PerResultTable(seed);
      case US -> new UsPatientsTable(seed);
      case UK -> new UkScreeningTable(seed);
      case BE_HELDOUT -> new BelgianLabTable(seed);
      case NL_LAB, FHIR -> throw new IllegalArgumentException(layout.token() + " is not written from a table");
    };
  }

  /** The generator's cohort (split rows) as a bulk export; the intermediate CSV is removed. */
  private static void fhir(long rows, long seed, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path csv = folder.resolve("cohort.csv.tmp");
    try {
      new CohortGenerator().write(CohortSpec.builder().rows(rows).seed(seed).splitRows(true).build(), csv);
      FhirCohortWriter.write(csv, folder);
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /** Deletes a file or a folder with everything in it; nothing when absent. */
  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
