package org.exposure.link;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.exposure.classify.Bsn;
import org.exposure.classify.Dates;
import org.exposure.classify.ResultGrader;
import org.exposure.classify.ValuePatterns;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SourceLocation;
import org.exposure.model.SubjectExposure;

/**
 * Joins the records of one person into one subject: by national ID where one was exposed, else by a
 * normalised (name, birth date, postcode) key, else each record is a subject of its own. A subject's
 * exposure is the union of everything exposed about her over all records and sources added.
 *
 * <p>Linking keys are kept only as 128-bit hashes, never as the identifiers themselves; each subject
 * gets a pseudonymous key from {@link SubjectKeys}.
 *
 * <p>{@link #add} is thread-safe, and the subjects do not depend on the order in which records are
 * added (their parts merge by union, maximum and minimum). Read the subjects once every record is in.
 *
 * <pre>{@code
 * SubjectLinker linker = new SubjectLinker(SubjectKeys.random());
 * records.forEach(linker::add);
 * linker.forEachSubject(false, (key, subject, locations) -> model.assess(subject));
 * }</pre>
 */
public final class SubjectLinker {
  private static final HashFunction KEY_HASH = Hashing.murmur3_128(0x45_58_50_4f);

  private static final long PARALLEL_BATCH = 4096;
  private static final int LINE_BITS = 40;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;

  private final ConcurrentHashMap<HashCode, State> subjects;
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
    this.subjects = new ConcurrentHashMap<>(Math.max(16, expectedSubjects));
  }

  /** Adds one record; a record without any personal value joins no subject. */
  public void add(ExposedRecord record) {
    if (record.values().isEmpty()) {
      recordsWithoutPersonalData.increment();
      return;
    }
    String linkingKey = key(record);
    int source = sourceIndex.computeIfAbsent(record.location().source(), this::newSource);
    State state = subjects.computeIfAbsent(hash(linkingKey), k -> new State(keys.keyOf(linkingKey)));
    synchronized (state) { // every merge is a union, maximum or minimum: any order gives one result
      state.add(record, source);
    }
  }

  /** The number of distinct subjects so far. */
  public int size() {
    return subjects.size();
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
   * Hands every subject's quasi-identifiers to the consumer: cheaper than the whole subject.
   *
   * @param parallel whether to call the consumer from several threads at once
   */
  public void forEachQuasiIdentifiers(boolean parallel, Consumer<QuasiIdentifiers> consumer) {
    subjects.forEachValue(threshold(parallel),
        state -> consumer.accept(state.quasiIdentifiers()));
  }

  /** What {@link #forEachSubject} hands over: one subject. */
  @FunctionalInterface
  public interface SubjectVisitor {
    /**
     * @param key her pseudonymous key
     * @param exposure everything exposed about her
     * @param locations where her records start, by source and line
     */
    void visit(String key, SubjectExposure exposure, List<SourceLocation> locations);
  }

  /**
   * Hands every subject, with her pseudonymous key and her records' locations, to the visitor, in no
   * particular order.
   *
   * @param parallel whether to call the visitor from several threads at once (the common pool)
   */
  public void forEachSubject(boolean parallel, SubjectVisitor visitor) {
    subjects.forEachValue(threshold(parallel),
        state -> visitor.visit(state.key, state.toExposure(sourceNames), state.locations(sourceNames)));
  }

  /** ConcurrentHashMap's parallelism threshold: split the work past this many subjects. */
  private static long threshold(boolean parallel) {
    return parallel ? PARALLEL_BATCH : Long.MAX_VALUE;
  }

  /** The linking key of a record: what makes two records one person. Never log it. */
  private static String key(ExposedRecord record) {
    List<String> familyWords = new ArrayList<>(4);
    List<String> fullNameWords = new ArrayList<>(4);
    String birthDate = null;
    String postcode = null;
    // The BSN wins wherever it stands, so look for it before reading anything else.
    for (ExposedValue v : record.values()) {
      if (v.type() == FieldType.NATIONAL_ID) {
        Optional<String> bsn = Bsn.normalize(v.value());
        if (bsn.isPresent()) {
          return "bsn|" + bsn.get();
        }
      }
    }
    for (ExposedValue v : record.values()) {
      switch (v.type()) {
        case FAMILY_NAME:
          addWords(familyWords, v.value());
          break;
        case PERSON_NAME:
          addWords(fullNameWords, v.value());
          break;
        case BIRTH_DATE:
          birthDate = Dates.parse(v.value()).map(LocalDate::toString).orElse(birthDate);
          break;
        case POSTCODE:
          postcode = ValuePatterns.postcode(v.value()).orElse(postcode);
          break;
        default:
          break;
      }
    }
    // The family name, however it was split over columns ("de" + "Vries", or "de Vries" inside a full
    // name), as its sorted words; a full name only where no family name was found.
    List<String> name = familyWords.isEmpty() ? fullNameWords : familyWords;
    if (!name.isEmpty() && birthDate != null && postcode != null) {
      Collections.sort(name);
      return "npd|" + String.join(" ", name) + '|' + birthDate + '|' + postcode;
    }
    return "rec|" + record.location().source() + '|' + record.location().line();
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

  private static HashCode hash(String key) {
    return KEY_HASH.hashString(key, StandardCharsets.UTF_8);
  }

  /**
   * What is known of one subject so far: her types, grade and quasi-identifiers. Where her records
   * disagree on a quasi-identifier the least value is kept, so that the result does not depend on the
   * order of the records.
   */
  private static final class State {
    private final String key;
    private final EnumSet<FieldType> types = EnumSet.noneOf(FieldType.class);
    private ResultGrade grade = ResultGrade.NONE;
    private LocalDate birthDate;
    private String postcode;
    private String sex;
    private Integer age;
    private int records;
    /** Where her records start: source index and line, packed as {@code source << 40 | line}. */
    private long[] where = new long[1];
    /** The first source her records came from, and the others, if any, in a set made when needed. */
    private int source = -1;
    private BitSet moreSources;

    State(String key) {
      this.key = key;
    }

    void add(ExposedRecord record, int sourceIndex) {
      if (records == where.length) {
        where = Arrays.copyOf(where, records * 2);
      }
      where[records] = (long) sourceIndex << LINE_BITS | record.location().line();
      records++;
      if (source < 0) {
        source = sourceIndex;
      } else if (sourceIndex != source) {
        if (moreSources == null) {
          moreSources = new BitSet();
        }
        moreSources.set(sourceIndex);
      }
      for (ExposedValue v : record.values()) {
        types.add(v.type());
        switch (v.type()) {
          case TEST_RESULT:
          case DIAGNOSIS:
            ResultGrade g = ResultGrader.grade(v.value());
            // Six bare digits in a result column are a KOPAC-B code.
            grade = grade.max(g != ResultGrade.NONE ? g : ResultGrader.kopacB(v.value()));
            break;
          case BIRTH_DATE:
            birthDate = least(birthDate, Dates.parse(v.value()).orElse(null));
            break;
          case POSTCODE:
            postcode = least(postcode, QuasiIdentifierValues.postcode(v.value()).orElse(null));
            break;
          case SEX:
            sex = least(sex, QuasiIdentifierValues.sex(v.value()).orElse(null));
            break;
          case AGE:
            age = least(age, QuasiIdentifierValues.age(v.value()).orElse(null));
            break;
          default:
            break;
        }
      }
    }

    private static <T extends Comparable<? super T>> T least(T current, T candidate) {
      if (candidate == null) {
        return current;
      }
      return current == null || candidate.compareTo(current) < 0 ? candidate : current;
    }

    /** Her records' locations, in source and line order, whatever order they were added in. */
    List<SourceLocation> locations(List<String> sourceNames) {
      long[] sorted = Arrays.copyOf(where, records);
      Arrays.sort(sorted);
      List<SourceLocation> locations = new ArrayList<>(records);
      for (long w : sorted) {
        locations.add(new SourceLocation(sourceNames.get((int) (w >>> LINE_BITS)), w & LINE_MASK));
      }
      return locations;
    }

    QuasiIdentifiers quasiIdentifiers() {
      return new QuasiIdentifiers(Optional.ofNullable(birthDate), Optional.ofNullable(postcode),
          Optional.ofNullable(sex), age != null ? OptionalInt.of(age) : OptionalInt.empty());
    }

    SubjectExposure toExposure(List<String> sourceNames) {
      Set<String> names;
      if (moreSources == null) {
        names = Set.of(sourceNames.get(source));
      } else {
        names = new HashSet<>();
        names.add(sourceNames.get(source));
        moreSources.stream().forEach(i -> names.add(sourceNames.get(i)));
      }
      return new SubjectExposure(types, grade, quasiIdentifiers(), records, names);
    }
  }
}
