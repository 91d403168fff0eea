package org.courtorders.parser.internal.obligation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@link Starts} tables of every pattern this package uses, generated when the project is built
 * and read back at run time (issue #13: tables derived from data are generated at build time, not
 * at start-up). Maven runs {@link #main} after compiling ({@code process-classes}, the parser's
 * pom): it loads every class of this package, collects the patterns of the phrase book and of each
 * class's static {@link Anchored} fields, reads each one's table with {@link Starts#derive} and
 * writes them to {@value #RESOURCE} in the class output.
 *
 * <p>An entry is keyed by the pattern's source and flags, so a pattern changed after the build can
 * only miss (and get its table read at run time), never get another pattern's table; {@code
 * StartsTablesTest} reads every stored table anew and compares.
 */
public final class StartsTables {
  static final String RESOURCE = "/org/courtorders/parser/internal/obligation/starts.bin";

  /** Format and version of the resource; another value is ignored as if absent. */
  private static final int MAGIC = 0x53545401;

  private StartsTables() {}

  /**
   * The stored table of {@code pattern}, without a pattern of its own; null when none is stored.
   */
  static Starts stored(Pattern pattern) {
    return Stored.TABLES.get(key(pattern.flags(), pattern.pattern()));
  }

  /** Every stored table by key (flags, a colon, the source). */
  static Map<String, Starts> all() {
    return Stored.TABLES;
  }

  static String key(int flags, String source) {
    return flags + ":" + source;
  }

  /** Read on first use, in the class loader's own lazy way. */
  private static final class Stored {
    static final Map<String, Starts> TABLES = read();
  }

  private static Map<String, Starts> read() {
    try (InputStream raw = StartsTables.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        return Map.of();
      }
      return read(new DataInputStream(new BufferedInputStream(raw, 1 << 16)));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  private static Map<String, Starts> read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC) {
      return Map.of();
    }
    int n = in.readInt();
    Map<String, Starts> tables = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      int flags = in.readInt();
      String source = in.readUTF();
      long[][] possible = new long[3][2];
      long[][][] second = new long[3][128][];
      for (int kind = 0; kind < 3; kind++) {
        possible[kind][0] = in.readLong();
        possible[kind][1] = in.readLong();
      }
      for (int kind = 0; kind < 3; kind++) {
        int rows = in.readUnsignedByte();
        for (int r = 0; r < rows; r++) {
          int c = in.readUnsignedByte();
          second[kind][c] = new long[] {in.readLong(), in.readLong()};
        }
      }
      tables.put(key(flags, source), Starts.stored(possible, second));
    }
    return Collections.unmodifiableMap(tables);
  }

  private static void write(Map<String, Pattern> patterns, OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw));
    out.writeInt(MAGIC);
    out.writeInt(patterns.size());
    for (Pattern p : patterns.values()) {
      Starts s = Starts.derive(p);
      out.writeInt(p.flags());
      out.writeUTF(p.pattern());
      for (long[] bits : s.possible()) {
        out.writeLong(bits[0]);
        out.writeLong(bits[1]);
      }
      for (long[][] rows : s.second()) {
        int n = 0;
        for (long[] row : rows) {
          n += row == null ? 0 : 1;
        }
        out.writeByte(n); // at most 127: the row of a start never stored is null
        for (int c = 0; c < rows.length; c++) {
          if (rows[c] != null) {
            out.writeByte(c);
            out.writeLong(rows[c][0]);
            out.writeLong(rows[c][1]);
          }
        }
      }
    }
    out.flush();
  }

  /**
   * The readable patterns this package uses, by key, in key order: the standard phrase book's and
   * those of every static {@link Anchored} field of the package's classes under {@code classes}
   * (the class output directory), which this loads and initializes.
   */
  static Map<String, Pattern> patternsInUse(Path classes) throws IOException {
    Map<String, Pattern> patterns = new TreeMap<>();
    String pkg = StartsTables.class.getPackageName();
    Path dir = classes.resolve(pkg.replace('.', '/'));
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class") && !f.equals("package-info.class"))
          .sorted()
          .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - ".class".length())));
    }
    List<Pattern> found = new ArrayList<>();
    for (Phrase p : PhraseBook.standard().all()) {
      found.add(p.pattern());
    }
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, true, StartsTables.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name, e);
      }
      for (Field f : type.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Anchored.class) {
          f.setAccessible(true);
          try {
            found.add(((Anchored) f.get(null)).pattern());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(name + "." + f.getName(), e);
          }
        }
      }
    }
    for (Pattern p : found) {
      if (Starts.readable(p)) {
        patterns.putIfAbsent(key(p.flags(), p.pattern()), p);
      }
    }
    return patterns;
  }

  /**
   * Writes the tables of every pattern in use to {@value #RESOURCE} under the class output
   * directory {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Map<String, Pattern> patterns = patternsInUse(classes);
    Path target = classes.resolve(RESOURCE.substring(1));
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      write(patterns, out);
    }
  }
}
