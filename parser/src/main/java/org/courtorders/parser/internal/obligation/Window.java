package org.courtorders.parser.internal.obligation;

/**
 * A stretch of a text seen as a text of its own, without a copy: a matcher on it treats the
 * stretch's ends as the input's ends, as {@code Matcher.region} with opaque, anchoring bounds does,
 * while a match may still be tried from any position inside it.
 */
final class Window implements CharSequence {
  private final CharSequence text;
  private final int from;
  private final int length;

  Window(CharSequence text, int from, int to) {
    this.text = text;
    this.from = from;
    this.length = to - from;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return text.charAt(from + index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    java.util.Objects.checkFromToIndex(start, end, length);
    return text.subSequence(from + start, from + end);
  }

  @Override
  public String toString() {
    return text.subSequence(from, from + length).toString();
  }
}
