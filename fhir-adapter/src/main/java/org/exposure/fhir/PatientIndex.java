package org.exposure.fhir;

import java.util.HashSet;
import java.util.Set;

/**
 * Every Patient read so far, by the hash of each reference that names her ({@code Patient/id}, her
 * Bundle entry's fullUrl): her subject code. A reference that two different Patients answer to (an id
 * two exports share) names neither: it is ambiguous, whichever was read first, so that no result is
 * joined to another woman by the order in which threads happened to read them. Thread-safe.
 */
final class PatientIndex {
  private final LongLongMap codes = new LongLongMap();
  private final Set<Long> ambiguous = new HashSet<>();

  /** Notes that the reference names the Patient of this subject code. */
  synchronized void put(long reference, long code) {
    long known = codes.get(reference);
    if (known == 0) {
      codes.put(reference, code);
    } else if (known != code) {
      ambiguous.add(reference);
    }
  }

  /** The subject code of the Patient the reference names; 0 if none was read yet, or if ambiguous. */
  synchronized long get(long reference) {
    return ambiguous.contains(reference) ? 0 : codes.get(reference);
  }

  /** Whether two different Patients answer to the reference. */
  synchronized boolean isAmbiguous(long reference) {
    return ambiguous.contains(reference);
  }

  @Override
  public synchronized String toString() {
    return "PatientIndex[" + ambiguous.size() + " ambiguous references]";
  }
}
