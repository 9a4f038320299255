package org.exposure.classify;

/**
 * Characters that count how often they are read: every {@code charAt} and {@code length}, by a scanner or
 * by {@link java.util.regex.Matcher}, which reads any {@link CharSequence} through them, and every
 * character copied out by {@code toString}. Views from {@code subSequence} count into the same total. The
 * count is the work a scan did, free of the machine's speed.
 */
final class CountingChars implements CharSequence {
  private final String text;
  private final int start;
  private final int end;
  private final long[] reads;

  private CountingChars(String text, int start, int end, long[] reads) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.reads = reads;
  }

  static CountingChars of(String text) {
    return new CountingChars(text, 0, text.length(), new long[1]);
  }

  /** The reads so far, over this sequence and every view of it. */
  long reads() {
    return reads[0];
  }

  @Override
  public int length() {
    reads[0]++;
    return end - start;
  }

  @Override
  public char charAt(int index) {
    reads[0]++;
    if (index < 0 || index >= end - start) {
      throw new IndexOutOfBoundsException(index);
    }
    return text.charAt(start + index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    reads[0]++;
    if (from < 0 || to > end - start || from > to) {
      throw new IndexOutOfBoundsException(from);
    }
    return new CountingChars(text, start + from, start + to, reads);
  }

  @Override
  public String toString() {
    reads[0] += end - start;
    return text.substring(start, end);
  }
}
