package org.courtorders.benchmarks;

/** Inputs of a given shape and length for the scaling benchmark. */
final class Inputs {
  private Inputs() {}

  static String shaped(String shape, int size, Corpus corpus) {
    return switch (shape) {
      case "concatenated" -> corpus.concatenated(size);
      case "oneLine" -> corpus.concatenated(size).replace('\n', ' ').replace('\r', ' ');
      case "oneParagraph" -> corpus.concatenated(size).replace("\n\n", "\n ").replace("\r", "");
      case "docketList" -> repeatTo(docketList(5000), size);
      default -> throw new IllegalArgumentException("unknown shape " + shape);
    };
  }

  /** "ECF Nos. 1, 2, 3, ..., n." */
  static String docketList(int entries) {
    StringBuilder sb = new StringBuilder("See ECF Nos. 1");
    for (int i = 2; i <= entries; i++) {
      sb.append(", ").append(i);
    }
    return sb.append(".\n").toString();
  }

  static String repeatTo(String unit, int size) {
    StringBuilder sb = new StringBuilder(size + unit.length());
    while (sb.length() < size) {
      sb.append(unit);
    }
    return sb.substring(0, size);
  }
}
