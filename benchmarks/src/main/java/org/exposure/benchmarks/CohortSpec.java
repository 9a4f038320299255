package org.exposure.benchmarks;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What to generate: cohort size, seed, and the layout of the CSV file; an immutable value.
 *
 * <p>Guarantees: a spec is always valid once constructed (the constructor checks every component),
 * and {@link CohortGenerator} writes byte-identical files for equal specs. The women themselves
 * depend only on {@link #seed} and {@link #referenceDate}; {@link #rows} says how many of them,
 * {@link #resultShare} whose results are shown and {@link #splitRows} how results are spread over
 * records. Header style, delimiter, encoding, date style and line ending change only how the same
 * values are written.
 *
 * <p>Use the builder: the delimiter and date style default to the conventions of the header style
 * ({@code ;} and {@code dd-mm-jjjj} for Dutch headers, {@code ,} and ISO dates for English ones).
 *
 * <pre>{@code
 * CohortSpec spec = CohortSpec.builder()
 *         .rows(10_000)
 *         .seed(7)
 *         .headers(CohortSpec.HeaderStyle.EN)
 *         .encoding(CohortSpec.OutputEncoding.UTF_8_BOM)
 *         .build();
 * new CohortGenerator().write(spec, Path.of("cohort.csv"));
 * }</pre>
 *
 * @param rows          number of women (at least one CSV record each); 0 to {@link #MAX_ROWS}
 * @param seed          random seed
 * @param headers       column names
 * @param delimiter     field separator; not a quote, CR or LF
 * @param encoding      character encoding of the file
 * @param dateStyle     how birth and sample dates are written
 * @param splitRows     whether an HPV-positive woman's cytology goes on a second record
 * @param resultShare   share of women whose screening result is in the file (0..1); for the rest
 *                      only participation (test type, sample number and date) is present
 * @param referenceDate date on which every woman is 30 to 65 years old; samples fall in the 18
 *                      months before it
 * @param lineEnding    record separator
 */
public record CohortSpec(
    long rows,
    long seed,
    HeaderStyle headers,
    char delimiter,
    OutputEncoding encoding,
    DateStyle dateStyle,
    boolean splitRows,
    double resultShare,
    LocalDate referenceDate,
    LineEnding lineEnding) {

  /** Largest supported cohort: bounded by the number of distinct valid BSNs. */
  public static final long MAX_ROWS = BsnSequence.CAPACITY;

  /** Default number of women: the size of the first reported dataset of the 2025 breach. */
  public static final long DEFAULT_ROWS = 485_000;

  /** Default seed. */
  public static final long DEFAULT_SEED = 2025;

  /** Default share of women whose result is in the file. */
  public static final double DEFAULT_RESULT_SHARE = 0.4;

  /** Default reference date: the month of the breach. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 7, 1);

  /**
   * Checks every component, so an invalid spec cannot exist; prefer {@link #builder()}.
   *
   * @param rows          number of women, 0 to {@link #MAX_ROWS}
   * @param seed          random seed
   * @param headers       column names
   * @param delimiter     field separator; not a quote, CR or LF, and encodable
   * @param encoding      character encoding
   * @param dateStyle     date style
   * @param splitRows     whether cytology goes on its own record
   * @param resultShare   share of women whose result is shown, 0..1
   * @param referenceDate date on which ages are computed, year 1100..9999
   * @param lineEnding    record separator
   * @throws IllegalArgumentException if a value is out of range
   */
  public CohortSpec {
    if (rows < 0 || rows > MAX_ROWS) {
      throw new IllegalArgumentException("rows must be 0.." + MAX_ROWS + ": " + rows);
    }
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(dateStyle, "dateStyle");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(lineEnding, "lineEnding");
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("delimiter cannot be a quote, CR or LF");
    }
    if (encoding == OutputEncoding.WINDOWS_1252 && !encoding.charset().newEncoder().canEncode(delimiter)) {
      throw new IllegalArgumentException("delimiter is not encodable in windows-1252");
    }
    if (!(resultShare >= 0.0 && resultShare <= 1.0)) { // also rejects NaN
      throw new IllegalArgumentException("resultShare must be 0..1: " + resultShare);
    }
    // Birth years go back 66 years; 4-digit years keep the date columns fixed-width.
    if (referenceDate.getYear() < 1100 || referenceDate.getYear() > 9999) {
      throw new IllegalArgumentException("referenceDate year must be 1100..9999: " + referenceDate);
    }
  }

  /**
   * A builder with all defaults: 485,000 women, seed 2025, Dutch headers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this spec's values (delimiter and date style included, as set).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .rows(rows).seed(seed).headers(headers).delimiter(delimiter).encoding(encoding)
        .dateStyle(dateStyle).splitRows(splitRows).resultShare(resultShare)
        .referenceDate(referenceDate).lineEnding(lineEnding);
  }

  /** Column names. */
  public enum HeaderStyle {
    /** Dutch lab headers: {@code bsn;achternaam;tussenvoegsel;voorletters;...}. */
    NL(';', DateStyle.DUTCH, "bsn", "achternaam", "tussenvoegsel", "voorletters", "voornaam", "geboortedatum",
        "straat", "huisnummer", "postcode", "woonplaats", "huisarts", "agb_huisarts", "soort_onderzoek",
        "monsternummer", "afnamedatum", "hpv_uitslag", "hpv_genotype", "pap_klasse", "kopac_b", "bethesda"),
    /** English headers: {@code bsn,family_name,prefix,initials,...}. */
    EN(',', DateStyle.ISO, "bsn", "family_name", "prefix", "initials", "given_name", "birth_date",
        "street", "house_number", "postal_code", "city", "gp_name", "gp_agb", "test_type",
        "sample_id", "sample_date", "hpv_result", "hpv_genotype", "pap_class", "kopac_b", "bethesda");

    private final char defaultDelimiter;
    private final DateStyle defaultDateStyle;
    private final String[] columns;

    HeaderStyle(char defaultDelimiter, DateStyle defaultDateStyle, String... columns) {
      this.defaultDelimiter = defaultDelimiter;
      this.defaultDateStyle = defaultDateStyle;
      this.columns = columns;
    }

    /**
     * The 20 column names, in file order; a fresh array each call.
     *
     * @return the 20 column names, in file order; a fresh array each call
     */
    public String[] columns() {
      return columns.clone();
    }

    /**
     * Delimiter used when none is chosen.
     *
     * @return delimiter used when none is chosen
     */
    public char defaultDelimiter() {
      return defaultDelimiter;
    }

    /**
     * Date style used when none is chosen.
     *
     * @return date style used when none is chosen
     */
    public DateStyle defaultDateStyle() {
      return defaultDateStyle;
    }

    /**
     * The command-line token: {@code nl} or {@code en}.
     *
     * @return the command-line token: {@code nl} or {@code en}
     */
    public String token() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How dates are written. */
  public enum DateStyle {
    /** {@code dd-mm-jjjj}, e.g. {@code 07-03-1968}. */
    DUTCH("dutch"),
    /** ISO 8601, {@code 1968-03-07}. */
    ISO("iso");

    private final String token;

    DateStyle(String token) {
      this.token = token;
    }

    /**
     * The command-line token.
     *
     * @return the command-line token
     */
    public String token() {
      return token;
    }
  }

  /** Character encoding of the file. */
  public enum OutputEncoding {
    /** UTF-8 without byte-order mark. */
    UTF_8("utf-8", StandardCharsets.UTF_8, false),
    /** UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" writes. */
    UTF_8_BOM("utf-8-bom", StandardCharsets.UTF_8, true),
    /** The Western-European Windows code page of classic Dutch Excel exports. */
    WINDOWS_1252("windows-1252", Charset.forName("windows-1252"), false);

    private final String token;
    private final Charset charset;
    private final boolean byteOrderMark;

    OutputEncoding(String token, Charset charset, boolean byteOrderMark) {
      this.token = token;
      this.charset = charset;
      this.byteOrderMark = byteOrderMark;
    }

    /**
     * The command-line token.
     *
     * @return the command-line token
     */
    public String token() {
      return token;
    }

    /**
     * The Java charset.
     *
     * @return the Java charset
     */
    public Charset charset() {
      return charset;
    }

    /**
     * Whether the file starts with a byte-order mark.
     *
     * @return whether the file starts with a byte-order mark
     */
    public boolean byteOrderMark() {
      return byteOrderMark;
    }
  }

  /** Record separator. */
  public enum LineEnding {
    /** {@code \r\n}, as Windows tools and RFC 4180 write. */
    CRLF("crlf", "\r\n"),
    /** {@code \n}. */
    LF("lf", "\n");

    private final String token;
    private final String separator;

    LineEnding(String token, String separator) {
      this.token = token;
      this.separator = separator;
    }

    /**
     * The command-line token.
     *
     * @return the command-line token
     */
    public String token() {
      return token;
    }

    /**
     * The characters written after each record.
     *
     * @return the characters written after each record
     */
    public String separator() {
      return separator;
    }
  }

  /**
   * Mutable builder for {@link CohortSpec}; not thread-safe. Unset delimiter and date style follow
   * the header style.
   */
  public static final class Builder {
    private long rows = DEFAULT_ROWS;
    private long seed = DEFAULT_SEED;
    private HeaderStyle headers = HeaderStyle.NL;
    private Character delimiter;
    private OutputEncoding encoding = OutputEncoding.UTF_8;
    private DateStyle dateStyle;
    private boolean splitRows;
    private double resultShare = DEFAULT_RESULT_SHARE;
    private LocalDate referenceDate = DEFAULT_REFERENCE_DATE;
    private LineEnding lineEnding = LineEnding.CRLF;

    private Builder() {
    }

    /**
     * Number of women.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder rows(long value) {
      this.rows = value;
      return this;
    }

    /**
     * Random seed.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Column names (and, unless set, delimiter and date style).
     *
     * @param value the new value
     * @return this builder
     */
    public Builder headers(HeaderStyle value) {
      this.headers = Objects.requireNonNull(value, "headers");
      return this;
    }

    /**
     * Field separator.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder delimiter(char value) {
      this.delimiter = value;
      return this;
    }

    /**
     * Character encoding.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder encoding(OutputEncoding value) {
      this.encoding = Objects.requireNonNull(value, "encoding");
      return this;
    }

    /**
     * Date style.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder dateStyle(DateStyle value) {
      this.dateStyle = Objects.requireNonNull(value, "dateStyle");
      return this;
    }

    /**
     * Whether cytology goes on its own record.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder splitRows(boolean value) {
      this.splitRows = value;
      return this;
    }

    /**
     * Share of women whose result is in the file, 0..1.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder resultShare(double value) {
      this.resultShare = value;
      return this;
    }

    /**
     * Date on which ages are computed.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder referenceDate(LocalDate value) {
      this.referenceDate = Objects.requireNonNull(value, "referenceDate");
      return this;
    }

    /**
     * Record separator.
     *
     * @param value the new value
     * @return this builder
     */
    public Builder lineEnding(LineEnding value) {
      this.lineEnding = Objects.requireNonNull(value, "lineEnding");
      return this;
    }

    /**
     * The spec.
     *
     * @return the spec, with unset delimiter and date style taken from the header style
     * @throws IllegalArgumentException if a value is out of range
     */
    public CohortSpec build() {
      return new CohortSpec(rows, seed, headers,
          delimiter != null ? delimiter : headers.defaultDelimiter(),
          encoding,
          dateStyle != null ? dateStyle : headers.defaultDateStyle(),
          splitRows, resultShare, referenceDate, lineEnding);
    }
  }
}
