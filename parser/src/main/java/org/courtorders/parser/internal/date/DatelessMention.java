package org.courtorders.parser.internal.date;

/**
 * A dateless time word, such as "forthwith". Offsets are UTF-16 indices into the text given to the
 * recognizer, end exclusive.
 */
public record DatelessMention(int start, int end, DatelessKind kind) {
  public String text(CharSequence source) {
    return source.subSequence(start, end).toString();
  }
}
