package org.courtorders.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The command line's inputs, one at a time: files as given, {@code -} for standard input, and
 * folders recursively to the files {@link OrderLoader} reads ({@code .txt}, {@code .pdf}, either
 * gzipped) in path order. Folders are opened only when the walk reaches them and one folder's
 * listing is held at a time per level, so a batch of any size needs memory only for the widest
 * folder, never for the whole list.
 *
 * <p>Every input is named by its path relative to the argument it was found under ({@code
 * 2024/june/order.txt}), from the file name's own bytes: bytes that are not UTF-8 are written
 * {@code \xHH}, and a UTF-8 name is read right whatever the locale ({@code LANG=C}). Anything that
 * cannot be read (a missing file, a FIFO or device, an unreadable folder) becomes an input with a
 * problem, so the batch reports it instead of hanging or skipping it.
 *
 * <pre>{@code
 * for (Iterator<Input> it = InputFiles.iterate(args); it.hasNext(); ) {
 *   Input in = it.next();   // in.problem() != null: report it, do not read in.path()
 * }
 * }</pre>
 */
final class InputFiles {
  /** The argument that reads standard input. */
  static final String STDIN = "-";

  /**
   * One input: a file to read (or standard input, {@code path == null}), its name for {@code
   * source.name}, its full path for {@code source.path}, or a problem to report for it.
   */
  record Input(Path path, String name, String fullPath, String problem) {
    boolean stdin() {
      return path == null && problem == null;
    }

    /** How messages name this input: its full path, or "standard input". */
    String display() {
      return fullPath != null
          ? fullPath
          : path == null && STDIN.equals(name) ? "standard input" : name;
    }
  }

  private InputFiles() {}

  static Iterator<Input> iterate(List<String> args) {
    return new Walk(args);
  }

  /** How many inputs {@link #iterate} yields, counted by walking again: for a progress total. */
  static long count(List<String> args) {
    long n = 0;
    for (Iterator<Input> it = iterate(args); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  /** Whether a folder walk takes this file, by its name's ending. */
  static boolean wanted(String fileName) {
    return OrderLoader.isInputName(fileName);
  }

  /**
   * The bytes of a path as the file system holds them. {@code Path.toString()} decodes with the
   * locale's charset and loses bytes it cannot map; the file URI percent-escapes the raw bytes.
   */
  static byte[] rawBytes(Path p) {
    String raw = p.toAbsolutePath().toUri().getRawPath();
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    byte[] b = out.toByteArray();
    int n = b.length;
    while (n > 1 && b[n - 1] == '/') {
      n--; // a folder's URI ends in '/'
    }
    return java.util.Arrays.copyOf(b, n);
  }

  /**
   * UTF-8 text of {@code bytes}, with every byte that is not part of valid UTF-8 written {@code
   * \xHH}.
   */
  static String escape(byte[] bytes, int from) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 4 + 4);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isUnderflow()) {
        d.flush(out);
        break;
      }
      for (int i = 0; i < r.length(); i++) {
        out.put(String.format("\\x%02X", in.get() & 0xFF));
      }
    }
    return out.flip().toString();
  }

  /** The name of {@code file} relative to {@code root} (a folder it lies under), escaped. */
  static String relativeName(Path root, Path file) {
    byte[] r = rawBytes(root);
    byte[] f = rawBytes(file);
    int from = r.length == 1 && r[0] == '/' ? 1 : r.length + 1;
    return from <= f.length ? escape(f, from) : escape(f, 0);
  }

  /** The last name of {@code p}, escaped. */
  static String fileName(Path p) {
    byte[] b = rawBytes(p);
    int slash = b.length - 1;
    while (slash >= 0 && b[slash] != '/') {
      slash--;
    }
    return slash == b.length - 1 ? escape(b, 0) : escape(b, slash + 1);
  }

  static String fullPath(Path p) {
    return escape(rawBytes(p), 0);
  }

  /**
   * A depth-first walk. Entries of a folder are sorted by name, with a folder's name compared as
   * "name/", which gives exactly the order of sorting every full path.
   */
  private static final class Walk implements Iterator<Input> {
    private final Iterator<String> roots;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private Input next;
    private boolean stdinTaken;

    /** A folder being walked: its sorted entries and whether it yielded any input yet. */
    private static final class Frame {
      final Path dir;
      final Path root;
      final Iterator<Path> entries;
      boolean yielded;

      Frame(Path dir, Path root, Iterator<Path> entries) {
        this.dir = dir;
        this.root = root;
        this.entries = entries;
      }
    }

    Walk(List<String> args) {
      this.roots = List.copyOf(args).iterator();
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (stack.isEmpty()) {
          if (!roots.hasNext()) {
            return false;
          }
          root(roots.next());
        } else {
          step();
        }
      }
      return true;
    }

    @Override
    public Input next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Input out = next;
      next = null;
      return out;
    }

    private void root(String arg) {
      if (STDIN.equals(arg)) {
        next =
            stdinTaken
                ? new Input(null, STDIN, null, "standard input is named more than once")
                : new Input(null, STDIN, null, null);
        stdinTaken = true;
        return;
      }
      Path p;
      try {
        p = Path.of(arg);
      } catch (InvalidPathException e) {
        next =
            new Input(
                null,
                arg,
                null,
                "cannot use the name "
                    + arg
                    + ": "
                    + e.getReason()
                    + " under the current locale ("
                    + System.getProperty("sun.jnu.encoding")
                    + "); run with a UTF-8 locale, e.g. LANG=C.UTF-8");
        return;
      }
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(p, BasicFileAttributes.class);
      } catch (IOException e) {
        next =
            new Input(p, fileName(p), fullPath(p), "cannot read " + arg + ": " + Errors.reason(e));
        return;
      }
      if (a.isDirectory()) {
        open(p, p, true);
      } else {
        next = file(p, fileName(p), a);
      }
    }

    private static Input file(Path p, String name, BasicFileAttributes a) {
      String full = fullPath(p);
      if (!a.isRegularFile()) {
        return new Input(
            p,
            name,
            full,
            full
                + " is not a regular file (a FIFO, socket or device) and was not read;"
                + " use - to read standard input");
      }
      return new Input(p, name, full, null);
    }

    private void step() {
      Frame top = stack.peek();
      if (!top.entries.hasNext()) {
        stack.pop();
        if (top.dir == top.root && !top.yielded) {
          next =
              new Input(
                  top.dir,
                  fileName(top.dir),
                  fullPath(top.dir),
                  "folder "
                      + fullPath(top.dir)
                      + " has no input ("
                      + OrderLoader.INPUT_ENDINGS
                      + ")");
        }
        return;
      }
      Path entry = top.entries.next();
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        open(entry, top.root, false);
      } else if (wanted(fileName(entry))) {
        stack.forEach(f -> f.yielded = true);
        String name = relativeName(top.root, entry);
        try {
          next = file(entry, name, Files.readAttributes(entry, BasicFileAttributes.class));
        } catch (IOException e) {
          next =
              new Input(
                  entry,
                  name,
                  fullPath(entry),
                  "cannot read " + fullPath(entry) + ": " + Errors.reason(e));
        }
      }
    }

    private void open(Path dir, Path root, boolean isRoot) {
      List<Map.Entry<String, Path>> entries = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          String name = fileName(p);
          entries.add(
              Map.entry(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name, p));
        }
      } catch (IOException | RuntimeException e) {
        stack.forEach(f -> f.yielded = true);
        next =
            new Input(
                dir,
                isRoot ? fileName(dir) : relativeName(root, dir),
                fullPath(dir),
                "cannot read folder " + fullPath(dir) + ": " + Errors.reason(e));
        return;
      }
      entries.sort(Map.Entry.comparingByKey());
      stack.push(new Frame(dir, root, entries.stream().map(Map.Entry::getValue).iterator()));
    }
  }
}
