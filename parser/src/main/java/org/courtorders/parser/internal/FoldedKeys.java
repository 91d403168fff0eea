package org.courtorders.parser.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case keys looked up by a stretch of text in any case, without a substring or a lower-case
 * copy (issue #13): {@code get(text, s, e)} is {@code map.get(text.substring(s, e)
 * .toLowerCase(Locale.ROOT))}. A stretch of ASCII is hashed and compared folded in place; one
 * holding any other character takes the copying path, so the answer is the same for every input.
 *
 * <pre>{@code
 * FoldedKeys<Integer> forms = FoldedKeys.of(Map.of("grant", 0, "grants", 0));
 * Integer e = forms.get(text, wordStart, wordEnd);
 * }</pre>
 */
public final class FoldedKeys<V> {
  private final Map<String, V> map;
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  private FoldedKeys(Map<String, V> map) {
    this.map = Map.copyOf(map);
    int cap = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
    this.keys = new String[cap];
    this.values = new Object[cap];
    this.mask = cap - 1;
    for (Map.Entry<String, V> e : this.map.entrySet()) {
      String k = e.getKey();
      if (!k.equals(k.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("a key is lower case: " + k);
      }
      int slot = hash(k, 0, k.length()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = k;
      values[slot] = e.getValue();
    }
  }

  public static <V> FoldedKeys<V> of(Map<String, V> map) {
    return new FoldedKeys<>(map);
  }

  /** A set: each key maps to itself. */
  public static FoldedKeys<String> of(java.util.Collection<String> keys) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    keys.forEach(k -> m.put(k, k));
    return new FoldedKeys<>(m);
  }

  public boolean contains(CharSequence text, int start, int end) {
    return get(text, start, end) != null;
  }

  /** The value of {@code key} as given (not lower-cased), or null: {@code map.get(key)}. */
  public V get(String key) {
    return map.get(key);
  }

  /** The value of {@code text[start, end)} lower-cased, or null. */
  @SuppressWarnings("unchecked")
  public V get(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) >= 128) {
        return map.get(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
      }
    }
    int slot = hash(text, start, end) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return null;
      }
      if (equalsFolded(k, text, start, end)) {
        return (V) values[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean equalsFolded(String key, CharSequence text, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != fold(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  @Override
  public String toString() {
    return Arrays.toString(keys);
  }
}
