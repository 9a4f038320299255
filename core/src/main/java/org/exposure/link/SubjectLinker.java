package org.exposure.link;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.exposure.classify.Values;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SourceLocation;
import org.exposure.model.SubjectExposure;

/**
 * Joins the records of one person into one subject: by national ID where one was exposed (each by its
 * own scheme), else by a normalised (name, birth date, postcode) key, else by a patient number (a
 * record number whose header names the person: Synthea's {@code PATIENT}, an MRN), else each record is
 * a subject of its own. A patient number seen beside a stronger key joins, once every record is in,
 * the records known by that number alone to that key's subject ({@link Aliases}). A subject's
 * exposure is the union of everything exposed about her over all records and sources added.
 *
 * <p>Linking keys are never kept: a subject is known by her pseudonymous key from {@link SubjectKeys}
 * (64 bits of an HMAC; two of five million subjects share one by chance about once in a million runs),
 * and her state is a few primitives in a {@link SubjectTable}.
 *
 * <p>{@link #add} is thread-safe, and the subjects do not depend on the order in which records are
 * added (their parts merge by union, maximum and minimum). Read the subjects once every record is in.
 *
 * <pre>{@code
 * SubjectLinker linker = new SubjectLinker(SubjectKeys.random());
 * records.forEach(linker::add);
 * linker.mapSubjectsInKeyOrder(1, (key, subject, locations) -> key + " " + subject.fieldTypes(),
 *     System.out::println);
 * }</pre>
 */
public final class SubjectLinker {
  private static final int LINE_BITS = 40;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;
  private static final FieldType[] TYPES = FieldType.values();
  private static final ResultGrade[] GRADES = ResultGrade.values();
  /** How a patient number's linking key begins. */
  private static final String PATIENT_KEY = "pid|";
  private static final String NAME_KEY = "npd|";
  private static final String RECORD_KEY = "rec|";
  /** What stands for the postcode in the name key of a row without one (no postcode has it). */
  private static final String NO_POSTCODE_KEY = "-";
  /** What stands for the postcode in the name print of a record without one. */
  private static final long NO_POSTCODE = 0x632BE59BD9B4E019L;



  static {
    // A subject's types are bits of one long, her grade three bits of her findings (SubjectTable).
    if (TYPES.length > Long.SIZE || GRADES.length > SubjectTable.GRADE_MASK + 1) {
      throw new AssertionError("field types or result grades outgrew the subject table's bits");
    }
  }

  private final SubjectTable subjects;
  private final Aliases aliases = new Aliases();
  private boolean settled;
  private final SubjectKeys keys;
  private final Map<String, Integer> sourceIndex = new ConcurrentHashMap<>();
  private final List<String> sourceNames = new CopyOnWriteArrayList<>();
  private final LongAdder recordsWithoutPersonalData = new LongAdder();

  /** A linker whose subjects get pseudonymous keys under the given keys. */
  public SubjectLinker(SubjectKeys keys) {
    this(keys, 16);
  }

  /**
   * A linker sized for about the given number of subjects, so that a large cohort is not rehashed
   * again and again while it is read.
   */
  public SubjectLinker(SubjectKeys keys, int expectedSubjects) {
    this.keys = requireNonNull(keys, "keys");
    this.subjects = new SubjectTable(expectedSubjects);
  }

  /**
   * Adds one record to the subject its values identify; one without any personal value joins none. A
   * free-text value is read here for what it reveals ({@link ValueFacts#inFreeText}): exposed, but
   * neither linking nor setting quasi-identifiers, so a record should not hold those values itself.
   *
   * @return the {@linkplain #subjectCode code} of the subject it joined, 0 for none
   */
  public long add(ExposedRecord record) {
    if (record.values().isEmpty()) {
      recordsWithoutPersonalData.increment();
      return 0;
    }
    return add(record.location(), RecordFacts.of(record));
  }

  /**
   * As {@link #add(ExposedRecord)}, for a record given as what each of its values tells: a reader that
   * reads its values for its own checks hands over what it read rather than read them twice.
   *
   * @param values what each value tells ({@link ValueFacts#of}), in the record's order; not kept
   * @return the {@linkplain #subjectCode code} of the subject it joined, 0 for none
   */
  public long add(SourceLocation location, List<ValueFacts> values) {
    requireNonNull(location, "location");
    if (values.isEmpty()) {
      recordsWithoutPersonalData.increment();
      return 0;
    }
    RecordFacts facts = new RecordFacts();
    for (int i = 0; i < values.size(); i++) {
      facts.add(values.get(i));
    }
    return add(location, facts);
  }

  private long add(SourceLocation location, RecordFacts facts) {
    String key = facts.linkingKey(location);
    long code = keys.code(key);
    if (facts.patientNumber != null && !key.startsWith(PATIENT_KEY)) {
      // Her rows known only by this number are hers: joined once every record is in.
      aliases.put(keys.code(PATIENT_KEY + facts.patientNumber), code);
    }
    // Her rows where the national ID was left blank, known by name, birth date and postcode, are
    // hers too; but two IDs under one name (twins) stay two people. Kept only where a table left
    // IDs blank: a table whose IDs are all filled in spends no memory on it.
    if (facts.nationalId != null && facts.idsLeftBlank) {
      long names = facts.namePrint();
      if (names != 0) {
        aliases.putName(names, code);
      }
    } else if (facts.idsLeftBlank && (key.startsWith(NAME_KEY) || key.startsWith(PATIENT_KEY))) {
      // A row of such a table with its ID left blank, known by her names and birth date (and her
      // postcode, where the table has one).
      aliases.nameKeyed(facts.namePrint(), code);
    }
    merge(location, facts, code);
    return code;
  }

  /**
   * Joins the subjects known only by a patient number to the subject that number was seen beside:
   * a record links by one key, so a woman whose rows carry her SSN in some and only her patient
   * number in others would otherwise be two.
   */
  private synchronized void settle() {
    if (!settled) {
      aliases.forEachMerge(subjects::mergeInto);
      settled = true;
    }
  }

  /**
   * The pseudonymous key, as a number, of the subject the record's values identify: what {@link
   * #add(ExposedRecord)} would join it to.
   */
  public long subjectCode(ExposedRecord record) {
    return keys.code(RecordFacts.of(record).linkingKey(record.location()));
  }

  /**
   * Adds one record to the subject of the given {@linkplain #subjectCode code}, whatever its values: a
   * record that names her only by reference. One without any personal value joins none.
   */
  public void add(ExposedRecord record, long subjectCode) {
    if (record.values().isEmpty()) {
      recordsWithoutPersonalData.increment();
      return;
    }
    merge(record.location(), RecordFacts.of(record), subjectCode);
  }

  private void merge(SourceLocation location, RecordFacts facts, long code) {
    int source = sourceIndex.computeIfAbsent(location.source(), this::newSource);
    subjects.merge(code, facts.types, facts.findings(), facts.classCode(),
        (long) source << LINE_BITS | location.line());
  }

  /** The number of distinct subjects so far. */
  public int size() {
    return subjects.size();
  }

  /**
   * Declares a source before its records are added: records' locations are ordered by source in the
   * order sources were declared (or first seen), so declaring them in input order keeps that order
   * whatever thread adds a record first.
   */
  public void declareSource(String name) {
    sourceIndex.computeIfAbsent(requireNonNull(name, "name"), this::newSource);
  }

  private synchronized int newSource(String name) {
    sourceNames.add(name);
    return sourceNames.size() - 1;
  }

  /** Records added that held no personal value and so joined no subject. */
  public long recordsWithoutPersonalData() {
    return recordsWithoutPersonalData.sum();
  }

  /**
   * Every subject's {@linkplain QuasiIdentifiers#classCode() class code}, 0 for one without
   * quasi-identifiers: eight bytes a subject, for the equivalence classes.
   */
  public long[] classCodes() {
    settle();
    return subjects.classCodes();
  }

  /** What {@link #mapSubjectsInKeyOrder} makes of one subject. */
  @FunctionalInterface
  public interface SubjectMapper<T> {
    /**
     * @param key her pseudonymous key
     * @param exposure everything exposed about her
     * @param locations where her records start, by source and line
     */
    T map(String key, SubjectExposure exposure, List<SourceLocation> locations);
  }

  /**
   * Maps every subject, with her pseudonymous key and her records' locations in source and line
   * order, and hands the results to {@code deliver} one at a time, in the order of the subjects' keys:
   * the same order for any number of threads, so that what is written of them is too. Call it once
   * every record is in.
   *
   * @param threads how many threads may work: with more than one, subjects are mapped on threads of
   *     their own while the caller delivers; {@code deliver} is called on the calling thread, one
   *     subject at a time, all the same
   */
  public <T> void mapSubjectsInKeyOrder(int threads, SubjectMapper<T> mapper,
      Consumer<? super T> deliver) {
    settle();
    subjects.mapInKeyOrder(threads, (key, types, findings, classCode, where, records) -> {
      Arrays.sort(where, 0, records);
      SourceLocation[] locations = new SourceLocation[records];
      boolean oneSource = true;
      for (int i = 0; i < records; i++) {
        int source = (int) (where[i] >>> LINE_BITS);
        oneSource &= source == (int) (where[0] >>> LINE_BITS);
        locations[i] = new SourceLocation(sourceNames.get(source), where[i] & LINE_MASK);
      }
      Set<String> sources;
      if (oneSource) { // most subjects: no set to build
        sources = Set.of(locations[0].source());
      } else {
        sources = new HashSet<>();
        for (SourceLocation location : locations) {
          sources.add(location.source());
        }
      }
      EnumSet<FieldType> fieldTypes = EnumSet.noneOf(FieldType.class);
      for (long bits = types; bits != 0; bits &= bits - 1) {
        fieldTypes.add(TYPES[Long.numberOfTrailingZeros(bits)]);
      }
      SubjectExposure exposure = new SubjectExposure(fieldTypes,
          GRADES[findings & SubjectTable.GRADE_MASK], (findings & SubjectTable.SENSITIVE) != 0,
          QuasiIdentifiers.ofClassCode(classCode), records, sources);
      return mapper.map(SubjectKeys.hex(key), exposure, List.of(locations));
    }, deliver);
  }

  /**
   * What one record tells about its subject, gathered in one pass over what its values tell: her
   * types, result grade and quasi-identifiers, and what her linking key needs. Never log it.
   */
  private static final class RecordFacts {
    long types;
    ResultGrade grade = ResultGrade.NONE;
    /** Whether a result column held a code that could not be graded ({@link ValueFacts#ungradedCode}). */
    boolean ungradedCode;
    /** Whether the record's table left national IDs blank in places ({@link ValueFacts#IDS_LEFT_BLANK}). */
    boolean idsLeftBlank;
    boolean sensitive;
    /** The first national ID's linking key, as the first BSN was before schemes were pluggable. */
    String nationalId;
    /** The first patient number: a record number that stands for the person herself. */
    String patientNumber;
    // Where a record holds two values of a quasi-identifier, the more telling is kept, as for a
    // subject (QuasiIdentifiers.mostTellingOf): the later birth date, else the least value.
    LocalDate birthDate;
    /** The least full postcode (PC6), for the linking key and, where there is one, her class. */
    String postcode;
    /** The least postcode, PC6 or PC4, for her class where she has no full postcode. */
    String anyPostcode;
    String sex;
    Integer age;
    /** The record's family names and full names, read into words only where there is no national ID. */
    final List<String> familyNames = new ArrayList<>(2);
    final List<String> fullNames = new ArrayList<>(2);

    /** The facts of a record's exposed values, each read here. */
    static RecordFacts of(ExposedRecord record) {
      RecordFacts facts = new RecordFacts();
      String test = tests(record);
      for (ExposedValue v : record.values()) {
        facts.add(v.type() == FieldType.TEST_RESULT && !test.isEmpty()
            ? ValueFacts.result(v.value(), test) : ValueFacts.of(v.type(), v.value()));
        if (v.type() == FieldType.FREE_TEXT) { // what it reveals may be about someone else
          List<ExposedValue> revealed = new ArrayList<>(2);
          Values.expand(FieldType.FREE_TEXT, v.value(), revealed);
          for (ExposedValue r : revealed) {
            facts.add(ValueFacts.inFreeText(r.type(), r.value()));
          }
        }
      }
      return facts;
    }

    /**
     * The record's test names and codes, one space between: what its results speak of (an
     * Observation's code beside its value); empty if it names none.
     */
    private static String tests(ExposedRecord record) {
      StringBuilder test = new StringBuilder();
      for (ExposedValue v : record.values()) {
        if (v.type() == FieldType.TEST_TYPE && !v.value().isBlank()) {
          if (test.length() > 0) {
            test.append(' ');
          }
          test.append(v.value().strip());
        }
      }
      return test.toString();
    }

    void add(ValueFacts v) {
      if (v == ValueFacts.IDS_LEFT_BLANK) {
        idsLeftBlank = true;
        return;
      }
      types |= 1L << v.type().ordinal();
      switch (v.type()) {
        case NATIONAL_ID:
          // A number a scheme checked (a BSN) outweighs one none did (a V-number beside it).
          if (nationalId == null || nationalId.startsWith(ValueFacts.UNCHECKED)
              && v.nationalId() != null && !v.nationalId().startsWith(ValueFacts.UNCHECKED)) {
            nationalId = v.nationalId();
          }
          break;
        case RECORD_ID:
          if (patientNumber == null) {
            patientNumber = v.patientNumber();
          }
          break;
        case FAMILY_NAME:
          familyNames.add(v.name());
          break;
        case PERSON_NAME:
          fullNames.add(v.name());
          break;
        case TEST_RESULT:
        case DIAGNOSIS:
          if (v.ungradedCode()) {
            ungradedCode = true;
          } else {
            grade = grade.max(v.grade());
          }
          sensitive |= v.sensitive();
          break;
        case BIRTH_DATE:
          birthDate = latest(birthDate, v.birthDate());
          break;
        case POSTCODE:
          String p = v.postcode();
          anyPostcode = least(anyPostcode, p);
          if (p != null && p.length() > 4) {
            postcode = least(postcode, p);
          }
          break;
        case SEX:
          sex = least(sex, v.sex());
          break;
        case AGE:
          age = least(age, v.age());
          break;
        default:
          break;
      }
    }

    /** The grade's ordinal, with {@link SubjectTable#SENSITIVE} for a sensitive diagnosis. */
    int findings() {
      // A code that could not be graded ("N", "9189") qualifies the record's other results; alone,
      // it is a result not graded.
      ResultGrade g = grade == ResultGrade.NONE && ungradedCode ? ResultGrade.UNGRADED : grade;
      return g.ordinal() | (sensitive ? SubjectTable.SENSITIVE : 0);
    }

    long classCode() {
      // As QuasiIdentifiers.mostTellingOf merges them: a full postcode over four digits.
      return QuasiIdentifiers.classCodeOf(
          birthDate, postcode != null ? postcode : anyPostcode, sex, age == null ? -1 : age);
    }

    /**
     * What makes two records one person: her national ID wherever it stands, by its own scheme (a BSN
     * that passes the 11-proef, an SSN written as one, an NHS number that passes its check); else
     * the family name (however it was split over columns, as its sorted words; a full name only where
     * no family name was found), birth date and postcode; else the record's own location.
     */
    String linkingKey(SourceLocation location) {
      if (nationalId != null) {
        return nationalId;
      }
      String byName = nameKey();
      if (byName != null) {
        return byName;
      }
      if (patientNumber == null) {
        // A row without a number that stands for her, in a table without postcodes (a sample
        // tracker's family name, initials and birth date; a row whose ID was left blank): her names
        // and birth date make her rows one, and join them to her ID's (namePrint)
        String withoutPostcode = nameKey(NO_POSTCODE_KEY);
        if (withoutPostcode != null) {
          return withoutPostcode;
        }
      }
      // A patient number links the tables of one system (Synthea's PATIENT, a hospital's MRN);
      // after names, so that files linked by name and birth date before still are.
      return patientNumber != null ? PATIENT_KEY + patientNumber : recordKey(location);
    }

    /**
     * A fingerprint of what {@link #nameKey} holds, for the joins made once every record is in: the
     * same for the same names in any order, birth date and postcode (or its absence); 0 without a
     * birth date or a name.
     * Read on every record that carries a national ID, so made without a string: kept in memory
     * only and never output, it needs no secret.
     */
    long namePrint() {
      if (birthDate == null) {
        return 0;
      }
      long words = wordsPrint(familyNames);
      if (words == 0) {
        words = wordsPrint(fullNames);
      }
      if (words == 0) {
        return 0;
      }
      // Without a postcode, the table's rows are compared by names and birth date alone: a table
      // has a postcode column for every row or for none, so no row's print is compared to another's
      // made otherwise but by chance.
      long place = postcode == null ? NO_POSTCODE : postcode.hashCode() * 0xC2B2AE3D27D4EB4FL + 1;
      long print = mix(words) ^ mix(birthDate.toEpochDay() * 0x9E3779B97F4A7C15L) ^ mix(place);
      return print == 0 ? 1 : print; // 0 marks an empty slot
    }

    /** The sum of the names' words' hashes (FNV-1a over lower-case letters): order-free, as sorted. */
    private static long wordsPrint(List<String> names) {
      long sum = 0;
      for (String name : names) {
        long hash = 0xcbf29ce484222325L;
        boolean inWord = false;
        for (int i = 0; i <= name.length(); i++) {
          char c = i < name.length() ? name.charAt(i) : ' ';
          if (Character.isLetter(c)) {
            hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
            inWord = true;
          } else if ((Character.isWhitespace(c) || c == '-' || c == ',') && inWord) {
            sum += mix(hash);
            hash = 0xcbf29ce484222325L;
            inWord = false;
          }
        }
      }
      return sum;
    }

    /** SplitMix64's finaliser: every input bit reaches every output bit. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }

    /** Her family names (or full names), birth date and postcode as a key; null if one is missing. */
    String nameKey() {
      return postcode == null ? null : nameKey(postcode);
    }

    /** Her family names (or full names) and birth date, with the given place; null if one is missing. */
    private String nameKey(String place) {
      if (birthDate != null) {
        List<String> name = new ArrayList<>(4);
        for (String family : familyNames) {
          addWords(name, family);
        }
        if (name.isEmpty()) {
          for (String full : fullNames) {
            addWords(name, full);
          }
        }
        if (!name.isEmpty()) {
          Collections.sort(name);
          return NAME_KEY + String.join(" ", name) + '|' + birthDate + '|' + place;
        }
      }
      return null;
    }
  }

  /** The lesser of two values, either of which may be null (absent). */
  private static <T extends Comparable<? super T>> T least(T current, T candidate) {
    if (candidate == null) {
      return current;
    }
    return current == null || candidate.compareTo(current) < 0 ? candidate : current;
  }
  /**
   * The linking key of a record that links by nothing but itself: her source and line, and her entry
   * where several records start on one line.
   */
  private static String recordKey(SourceLocation location) {
    String key = RECORD_KEY + location.source() + '|' + location.line();
    return location.entry() == 0 ? key : key + '|' + location.entry();
  }

  /** The later of two dates, either of which may be null. */
  private static LocalDate latest(LocalDate current, LocalDate candidate) {
    return current == null || candidate != null && candidate.isAfter(current) ? candidate : current;
  }


  /** The value's words in lower case, letters only. */
  private static void addWords(List<String> out, String value) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= value.length(); i++) {
      char c = i < value.length() ? value.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c) || c == '-' || c == ',') {
        if (word.length() > 0) {
          out.add(word.toString());
          word.setLength(0);
        }
      }
    }
  }
}
