package org.exposure.benchmarks;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a synthetic Dutch cervical-cancer screening lab extract as CSV: one or two records per
 * woman with BSN, name, birth date, address, GP, sample and (for a share of women) the hrHPV and
 * cytology result.
 *
 * <p>Guarantees:
 * <ul>
 *   <li>Deterministic: equal {@link CohortSpec}s give byte-identical files (on the same JDK
 *       major version, whose {@link SplittableRandom} sequence is fixed); nothing reads the clock,
 *       the locale or the default charset.</li>
 *   <li>Every BSN has 9 digits, passes the 11-proef and is unique within the file; every woman
 *       is 30 to 65 years old on {@link CohortSpec#referenceDate()}; sample numbers are unique
 *       per sample; postcodes look like {@code 1234 AB} and never use SA, SD or SS.</li>
 *   <li>Rates: about 20% self-sampling kits, about 10% hrHPV positive (16: 25%, 18: 10%, other
 *       types: 65%), Pap classes for positives 1: 65%, 2: 12%, 3a1: 10%, 3a2: 6%, 3b: 4%,
 *       4: 1.5%, 5: 0.5%, 0: 1%.</li>
 *   <li>Fields are quoted only where Commons CSV's minimal quoting needs it (embedded delimiter,
 *       quote or line break, and a few leading characters).</li>
 *   <li>Entirely synthetic: names, addresses and numbers are drawn from built-in lists and
 *       counters; any match with a real person is chance.</li>
 * </ul>
 *
 * <p>Streams with constant memory and a single thread: about 3 µs per woman, so 5 million women
 * (800 MB) take roughly 15 s of CPU. The first N women do not depend on {@link CohortSpec#rows()},
 * so a small cohort is the head of a larger one with the same seed.
 *
 * <pre>{@code
 * CohortSpec spec = CohortSpec.builder().rows(2_000).splitRows(true).build();
 * new CohortGenerator().write(spec, Path.of("screening.csv"));
 * }</pre>
 *
 * <p>From the command line: {@code java -cp ... org.exposure.benchmarks.CohortGenerator --help}.
 */
public final class CohortGenerator {

  /** Creates a generator; it holds no state, so one instance can serve any number of writes. */
  public CohortGenerator() {
  }

  /**
   * Command-line entry point; see {@code --help}. Exit code 0 on success, 1 on an I/O error,
   * 2 on a bad option.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    int code = CohortCommandLine.run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Writes the cohort to {@code out}, replacing the file if it exists.
   *
   * @param spec what to write
   * @param out  the file
   * @throws IOException if writing fails
   */
  public void write(CohortSpec spec, Path out) throws IOException {
    try (OutputStream stream = Files.newOutputStream(out)) {
      write(spec, stream);
    }
  }

  /**
   * Writes the cohort to {@code out} and flushes it; {@code out} is left open.
   *
   * @param spec what to write
   * @param out  where to write; buffering is done here
   * @return the number of records written after the header (women plus split-off records)
   * @throws IOException if writing fails, including a character the encoding cannot represent
   */
  public long write(CohortSpec spec, OutputStream out) throws IOException {
    OutputStream target = new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len); // FilterOutputStream would otherwise go byte by byte
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller owns the stream
      }
    };
    if (spec.encoding().byteOrderMark()) {
      target.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    // Fail loudly instead of writing "?" for a character the code page lacks.
    CharsetEncoder encoder = spec.encoding().charset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(spec.delimiter())
        .setQuote('"')
        .setQuoteMode(QuoteMode.MINIMAL)
        .setRecordSeparator(spec.lineEnding().separator())
        .get();
    // CSVFormat's own print methods (the engine behind CSVPrinter): CSVPrinter's class file
    // carries SpotBugs annotations that are not on the classpath, which -Xlint:all -Werror
    // turns into a build failure.
    try (Writer writer = new OutputStreamWriter(new BufferedOutputStream(target, 1 << 16), encoder)) {
      return new Run(spec, format, writer).writeAll();
    }
  }

  /** Per-write state: random stream, identifier sequences and the GP pool. */
  private static final class Run {

    private static final int GP_POOL_SIZE = 3_000;
    private static final int BLOCK = 1 << 16;
    private static final String[] PAP_CLASSES =
        {"Pap1", "Pap2", "Pap3a1", "Pap3a2", "Pap3b", "Pap4", "Pap5", "Pap0"};
    private static final WeightedIndex PAP_WEIGHTS = new WeightedIndex(650, 120, 100, 60, 40, 15, 5, 10);
    private static final String[] GENOTYPES = {"HPV16", "HPV18", "overig hrHPV"};
    private static final WeightedIndex GENOTYPE_WEIGHTS = new WeightedIndex(25, 10, 65);
    private static final WeightedIndex GIVEN = WeightedIndex.zipf(DutchData.GIVEN_NAMES.length, 10);
    private static final WeightedIndex PREFIXED = WeightedIndex.zipf(DutchData.PREFIXED_FAMILY_NAMES.length, 4);
    private static final WeightedIndex PLAIN = WeightedIndex.zipf(DutchData.PLAIN_FAMILY_NAMES.length, 8);
    private static final WeightedIndex STREET = WeightedIndex.zipf(DutchData.STREETS.length, 10);
    private static final WeightedIndex EXTRA_INITIAL = new WeightedIndex(DutchData.EXTRA_INITIAL_WEIGHTS);
    private static final WeightedIndex CITY = cityWeights();
    private static final WeightedIndex AGE = ageWeights();
    private static final int MIN_AGE = 30;
    private static final int MAX_AGE = 65;
    private static final String HPV_NEGATIVE = "hrHPV negatief";
    private static final String HPV_POSITIVE = "hrHPV positief";
    private static final String SMEAR = "uitstrijkje";
    private static final String SELF_SAMPLING = "zelfafnameset";

    private final CohortSpec spec;
    private final CSVFormat format;
    private final Writer writer;
    /** Records are built here and handed to the writer in large blocks: fewer locked calls. */
    private final StringBuilder out = new StringBuilder(BLOCK + 4096);
    private final SplittableRandom rng;
    private final BsnSequence bsns;
    private final DecimalPermutation sampleNumbers;
    private long samplesIssued;
    private final String[][] gpNames;
    private final String[][] gpAgbs;
    private final long[] birthFrom = new long[MAX_AGE + 1];
    private final long[] birthTo = new long[MAX_AGE + 1];
    private final long sampleFrom;
    private final long sampleTo;
    private final long selfSamplingTo;
    private final boolean dutchDates;
    private final char[] buffer = new char[16];

    Run(CohortSpec spec, CSVFormat format, Writer writer) {
      this.spec = spec;
      this.format = format;
      this.writer = writer;
      // Independent streams per purpose, so the GP pool does not shift when women change.
      SplittableRandom root = new SplittableRandom(spec.seed());
      SplittableRandom poolRng = root.split();
      this.rng = root.split();
      this.bsns = new BsnSequence(root.nextLong());
      this.sampleNumbers = new DecimalPermutation(5, root.nextLong());
      DecimalPermutation agbNumbers = new DecimalPermutation(3, root.nextLong());

      LocalDate ref = spec.referenceDate();
      for (int age = MIN_AGE; age <= MAX_AGE; age++) {
        // Born in (ref - (age+1) years, ref - age years]: exactly `age` on the reference date.
        birthFrom[age] = ref.minusYears(age + 1L).plusDays(1).toEpochDay();
        birthTo[age] = ref.minusYears(age).toEpochDay();
      }
      this.sampleFrom = ref.minusMonths(18).toEpochDay();
      this.sampleTo = ref.minusDays(1).toEpochDay();
      // A kit positive for hrHPV needs a GP smear 2-8 weeks later, still before the reference date.
      this.selfSamplingTo = ref.minusDays(60).toEpochDay();
      this.dutchDates = spec.dateStyle() == CohortSpec.DateStyle.DUTCH;

      List<DutchData.City> cities = DutchData.CITIES;
      long totalWeight = 0;
      for (DutchData.City city : cities) {
        totalWeight += city.weight();
      }
      gpNames = new String[cities.size()][];
      gpAgbs = new String[cities.size()][];
      int gpNumber = 0;
      for (int c = 0; c < cities.size(); c++) {
        int count = (int) Math.max(4, Math.round((double) cities.get(c).weight() * GP_POOL_SIZE / totalWeight));
        gpNames[c] = new String[count];
        gpAgbs[c] = new String[count];
        for (int g = 0; g < count; g++) {
          gpNames[c][g] = gpName(poolRng);
          // AGB-Z codes of GPs start with 01 (the huisarts profession code).
          gpAgbs[c][g] = "01" + Digits.of(agbNumbers.apply(gpNumber++), 6);
        }
      }
    }

    long writeAll() throws IOException {
      format.printRecord(out, (Object[]) spec.headers().columns());
      long records = 0;
      for (long i = 0; i < spec.rows(); i++) {
        records += writeWoman();
        if (out.length() >= BLOCK) {
          writer.append(out);
          out.setLength(0);
        }
      }
      writer.append(out);
      writer.flush();
      return records;
    }

    private int writeWoman() throws IOException {
      String bsn = Digits.of(bsns.next(), 9);

      String givenName = DutchData.GIVEN_NAMES[GIVEN.pick(rng)];
      String initials = initials(givenName);
      String prefix;
      String familyName;
      if (rng.nextInt(100) < 30) {
        String[] name = DutchData.PREFIXED_FAMILY_NAMES[PREFIXED.pick(rng)];
        prefix = name[0];
        familyName = name[1];
      } else {
        prefix = "";
        familyName = DutchData.PLAIN_FAMILY_NAMES[PLAIN.pick(rng)];
      }
      if (rng.nextInt(100) < 7) {
        // Naamgebruik "eigen naam gevolgd door naam partner": Dijk-de Vries.
        familyName = familyName + "-" + fullFamilyName(rng);
      }

      int age = MIN_AGE + AGE.pick(rng);
      String birthDate = date(between(birthFrom[age], birthTo[age]));

      int cityIndex = CITY.pick(rng);
      DutchData.City city = DutchData.CITIES.get(cityIndex);
      String street = DutchData.STREETS[STREET.pick(rng)];
      String houseNumber = houseNumber();
      String postcode = postcode(city.pc4From() + rng.nextInt(city.pc4To() - city.pc4From() + 1),
          DutchData.POSTCODE_LETTER_PAIRS[rng.nextInt(DutchData.POSTCODE_LETTER_PAIRS.length)]);
      String gpName = "";
      String gpAgb = "";
      if (rng.nextInt(1000) >= 8) { // a few women have no GP registered
        int g = rng.nextInt(gpNames[cityIndex].length);
        gpName = gpNames[cityIndex][g];
        gpAgb = gpAgbs[cityIndex][g];
      }

      boolean selfSampling = rng.nextInt(100) < 20;
      long sampleDay = between(sampleFrom, selfSampling ? selfSamplingTo : sampleTo);
      String testType = selfSampling ? SELF_SAMPLING : SMEAR;
      String sampleId = nextSampleId();
      String sampleDate = date(sampleDay);
      // Drawn for everyone, so the share changes what is shown, not who is in the cohort.
      boolean resultShown = rng.nextDouble() < spec.resultShare();
      boolean hpvPositive = rng.nextInt(1000) < 100;

      String[] person = {bsn, familyName, prefix, initials, givenName, birthDate,
        street, houseNumber, postcode, city.name(), gpName, gpAgb};

      if (!hpvPositive) {
        writeRecord(person, testType, sampleId, sampleDate,
            resultShown ? HPV_NEGATIVE : "", "", "", "", "");
        return 1;
      }

      String genotype = GENOTYPES[GENOTYPE_WEIGHTS.pick(rng)];
      String cytologyType = SMEAR;
      String cytologyId = sampleId; // reflex cytology on the same smear
      String cytologyDate = sampleDate;
      boolean hasCytology = true;
      if (selfSampling) {
        // Cytology needs a smear taken by the GP; some women never go.
        hasCytology = rng.nextInt(100) < 85;
        if (hasCytology) {
          cytologyId = nextSampleId();
          cytologyDate = date(sampleDay + 14 + rng.nextInt(43));
        }
      }
      String pap = "";
      String kopac = "";
      String bethesda = "";
      if (hasCytology) {
        int papIndex = PAP_WEIGHTS.pick(rng);
        pap = PAP_CLASSES[papIndex];
        kopac = kopacB(papIndex);
        bethesda = bethesda(papIndex);
      }

      if (!resultShown) {
        writeRecord(person, testType, sampleId, sampleDate, "", "", "", "", "");
        return 1;
      }
      if (!spec.splitRows() || !hasCytology) {
        writeRecord(person, testType, sampleId, sampleDate, HPV_POSITIVE, genotype, pap, kopac, bethesda);
        return 1;
      }
      writeRecord(person, testType, sampleId, sampleDate, HPV_POSITIVE, genotype, "", "", "");
      writeRecord(person, cytologyType, cytologyId, cytologyDate, "", "", pap, kopac, bethesda);
      return 2;
    }

    private void writeRecord(String[] person, String testType, String sampleId, String sampleDate,
        String hpv, String genotype, String pap, String kopac, String bethesda) throws IOException {
      format.print(person[0], out, true);
      for (int i = 1; i < person.length; i++) {
        format.print(person[i], out, false);
      }
      format.print(testType, out, false);
      format.print(sampleId, out, false);
      format.print(sampleDate, out, false);
      format.print(hpv, out, false);
      format.print(genotype, out, false);
      format.print(pap, out, false);
      format.print(kopac, out, false);
      format.print(bethesda, out, false);
      format.println(out);
    }

    /** Voorletters: one per official given name, e.g. "J.P.M.". */
    private String initials(String givenName) {
      StringBuilder sb = new StringBuilder(8);
      if (rng.nextInt(100) < 10) {
        // The call name is not the first official name ("Anja" for Johanna Adriana).
        sb.append(DutchData.EXTRA_INITIALS[EXTRA_INITIAL.pick(rng)]).append('.');
      }
      sb.append(givenName.charAt(0)).append('.');
      int r = rng.nextInt(100);
      int extra = r < 35 ? 0 : r < 75 ? 1 : r < 95 ? 2 : 3;
      for (int i = 0; i < extra; i++) {
        sb.append(DutchData.EXTRA_INITIALS[EXTRA_INITIAL.pick(rng)]).append('.');
      }
      return sb.toString();
    }

    private static String fullFamilyName(SplittableRandom random) {
      if (random.nextInt(100) < 30) {
        String[] name = DutchData.PREFIXED_FAMILY_NAMES[PREFIXED.pick(random)];
        return name[0] + " " + name[1];
      }
      return DutchData.PLAIN_FAMILY_NAMES[PLAIN.pick(random)];
    }

    private String houseNumber() {
      int r = rng.nextInt(100);
      int number = 1 + rng.nextInt(r < 70 ? 60 : r < 95 ? 200 : 600);
      int s = rng.nextInt(1000);
      if (s < 60) {
        return number + (s < 36 ? "a" : s < 51 ? "b" : s < 57 ? "c" : "d");
      }
      if (s < 100) {
        return number + "-" + (1 + rng.nextInt(3)); // floor of an apartment: 7-2
      }
      if (s < 110) {
        return number + " hs"; // huis: ground floor
      }
      return Integer.toString(number);
    }

    private static String gpName(SplittableRandom random) {
      int r = random.nextInt(100);
      String practice = DutchData.PRACTICE_NAMES[random.nextInt(DutchData.PRACTICE_NAMES.length)];
      if (r < 40) {
        return "Huisartsenpraktijk " + practice;
      }
      if (r < 52) {
        return "Gezondheidscentrum " + practice;
      }
      if (r < 82) {
        char initial = "ABCDEGHIJKLMNPRSTW".charAt(random.nextInt(18));
        return "dr. " + initial + ". " + fullFamilyName(random);
      }
      if (r < 92) {
        // Without a preceding initial the tussenvoegsel takes a capital: "Van der Meer".
        return "Huisartsenpraktijk " + capitalise(fullFamilyName(random));
      }
      if (r < 98) {
        return "Huisartsen " + capitalise(fullFamilyName(random)) + ", " + capitalise(fullFamilyName(random))
            + " en " + capitalise(fullFamilyName(random));
      }
      return "Huisartsenpraktijk \"" + practice + "\"";
    }

    private static String capitalise(String name) {
      char first = name.charAt(0);
      return Character.isLowerCase(first) ? Character.toUpperCase(first) + name.substring(1) : name;
    }

    private String nextSampleId() {
      return "CD" + Digits.of(sampleNumbers.apply(samplesIssued++), 10);
    }

    /** A KOPAC-B code K-O-P-A-C-B as 6 digits; P follows the Pap class, the rest is mostly normal. */
    private String kopacB(int papIndex) {
      int k = 1 + weighted(20, 60, 20);
      int o = 1 + weighted(80, 12, 5, 3);
      int p = switch (papIndex) {
        case 0 -> rng.nextInt(100) < 85 ? 1 : 2; // Pap1: normal, or metaplasia
        case 1 -> 3; // Pap2: atypical squamous cells
        case 2 -> 4; // Pap3a1: mild dyskaryosis
        case 3 -> 5; // Pap3a2: moderate
        case 4 -> 6; // Pap3b: severe
        case 5 -> 7; // Pap4: carcinoma in situ
        case 6 -> rng.nextBoolean() ? 8 : 9; // Pap5: micro-invasive or invasive
        default -> 1; // Pap0: not assessable, see B
      };
      int a = rng.nextInt(100) < 98 ? 1 : 2;
      int c = 1 + weighted(95, 4, 1);
      int b = papIndex == 7 ? 3 : rng.nextInt(100) < 90 ? 1 : 2;
      char[] code = {(char) ('0' + k), (char) ('0' + o), (char) ('0' + p), (char) ('0' + a), (char) ('0' + c),
        (char) ('0' + b)};
      return new String(code);
    }

    private String bethesda(int papIndex) {
      return switch (papIndex) {
        case 0 -> "NILM";
        case 1 -> "ASC-US";
        case 2 -> "LSIL";
        case 3 -> rng.nextInt(100) < 25 ? "ASC-H" : "HSIL"; // KOPAC-Extra 15 gives Pap3a2 too
        case 4, 5 -> "HSIL";
        case 6 -> "SCC";
        default -> "unsatisfactory";
      };
    }

    private int weighted(int... percentages) {
      int r = rng.nextInt(100);
      for (int i = 0; i < percentages.length; i++) {
        r -= percentages[i];
        if (r < 0) {
          return i;
        }
      }
      return percentages.length - 1;
    }

    private long between(long fromDay, long toDay) {
      return fromDay + rng.nextLong(toDay - fromDay + 1);
    }

    private String date(long epochDay) {
      LocalDate d = LocalDate.ofEpochDay(epochDay);
      int year = d.getYear();
      int month = d.getMonthValue();
      int day = d.getDayOfMonth();
      char[] b = buffer;
      if (dutchDates) {
        put2(b, 0, day);
        b[2] = '-';
        put2(b, 3, month);
        b[5] = '-';
        put4(b, 6, year);
      } else {
        put4(b, 0, year);
        b[4] = '-';
        put2(b, 5, month);
        b[7] = '-';
        put2(b, 8, day);
      }
      return new String(b, 0, 10);
    }

    private String postcode(int pc4, String letters) {
      char[] b = buffer;
      put4(b, 0, pc4);
      b[4] = ' ';
      b[5] = letters.charAt(0);
      b[6] = letters.charAt(1);
      return new String(b, 0, 7);
    }

    private static void put2(char[] b, int at, int value) {
      b[at] = (char) ('0' + value / 10);
      b[at + 1] = (char) ('0' + value % 10);
    }

    private static void put4(char[] b, int at, int value) {
      put2(b, at, value / 100);
      put2(b, at + 2, value % 100);
    }

    private static WeightedIndex cityWeights() {
      int[] weights = new int[DutchData.CITIES.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = DutchData.CITIES.get(i).weight();
      }
      return new WeightedIndex(weights);
    }

    /**
     * Ages 30-65 on the reference date: 90% from the invitation cohorts (women are invited
     * in the year they turn 30, 35, 40, 50 or 60; at 45, 55 and 65 only some), spread over
     * that age and the next, plus 10% at any age (control smears, late participants).
     */
    private static WeightedIndex ageWeights() {
      int[] invitationAges = {30, 35, 40, 45, 50, 55, 60, 65};
      int[] invitationPercent = {14, 14, 14, 8, 14, 8, 14, 4};
      double[] share = new double[MAX_AGE - MIN_AGE + 1];
      for (int i = 0; i < share.length; i++) {
        share[i] = 0.10 / share.length;
      }
      for (int i = 0; i < invitationAges.length; i++) {
        double w = invitationPercent[i] / 100.0;
        int age = invitationAges[i];
        if (age == MAX_AGE) {
          share[age - MIN_AGE] += w;
        } else {
          share[age - MIN_AGE] += w / 2;
          share[age + 1 - MIN_AGE] += w / 2;
        }
      }
      int[] weights = new int[share.length];
      for (int i = 0; i < share.length; i++) {
        weights[i] = (int) Math.round(share[i] * 1_000_000);
      }
      return new WeightedIndex(weights);
    }
  }
}
