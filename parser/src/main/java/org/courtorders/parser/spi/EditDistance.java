package org.courtorders.parser.spi;

/**
 * Bounded Levenshtein distance, for court plug-ins that read names through OCR noise ("CABRIEL W.
 * CORENSTEIN" for Gabriel W. Gorenstein). Early exit once a whole row exceeds the bound, so a far
 * pair costs little.
 *
 * <pre>{@code
 * boolean close = EditDistance.within("cabrielwcorenstein", "gabrielwgorenstein", 2);  // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EditDistance {
  private EditDistance() {}

  /** Whether {@code a} and {@code b} are within {@code max} single-character edits. */
  public static boolean within(String a, String b, int max) {
    return distance(a, b, max) <= max;
  }

  /** The edit distance if it is at most {@code max}, else {@code max + 1}. */
  public static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], max + 1);
  }
}
