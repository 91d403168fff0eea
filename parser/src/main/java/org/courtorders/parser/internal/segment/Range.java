package org.courtorders.parser.internal.segment;

/**
 * A range of the normalized text, end exclusive.
 *
 * @param start first offset
 * @param end offset just past the range
 */
public record Range(int start, int end) {
  public Range {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean encloses(Range other) {
    return start <= other.start && other.end <= end;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
