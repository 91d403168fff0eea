package org.courtorders.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The command line's inputs, one at a time: files as given, folders recursively to their .txt
 * and .pdf files in path order. Folders are opened only when the walk reaches them and one folder's
 * listing is held at a time per level, so a batch of any size needs memory only for the
 * widest folder, never for the whole list.
 *
 * <pre>{@code
 * for (Iterator<Input> it = InputFiles.iterate(paths); it.hasNext(); ) {
 *   Input in = it.next();   // in.problem() != null: report it, do not read in.path()
 * }
 * }</pre>
 */
final class InputFiles {
  /** One input: a file to read, or a problem to report for it. */
  record Input(Path path, String name, String problem) {}

  private InputFiles() {}

  static Iterator<Input> iterate(List<Path> paths) {
    return new Walk(paths);
  }

  /** How many inputs {@link #iterate} yields, counted by walking again: for a progress total. */
  static long count(List<Path> paths) {
    long n = 0;
    for (Iterator<Input> it = iterate(paths); it.hasNext(); it.next()) {
      n++;
    }
    return n;
  }

  private static String nameOf(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  /**
   * A depth-first walk. Entries of a folder are sorted by name, with a folder's name compared
   * as "name/", which gives exactly the order of sorting every full path.
   */
  private static final class Walk implements Iterator<Input> {
    private final Iterator<Path> roots;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private Input next;

    /** A folder being walked: its sorted entries and whether it yielded any input yet. */
    private static final class Frame {
      final Path dir;
      final Iterator<Path> entries;
      final boolean root;
      boolean yielded;

      Frame(Path dir, Iterator<Path> entries, boolean root) {
        this.dir = dir;
        this.entries = entries;
        this.root = root;
      }
    }

    Walk(List<Path> paths) {
      this.roots = List.copyOf(paths).iterator();
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

    private void root(Path p) {
      if (Files.isDirectory(p)) {
        open(p, true);
      } else if (!Files.exists(p)) {
        next = new Input(p, nameOf(p), "no such file: " + p);
      } else {
        next = new Input(p, nameOf(p), null);
      }
    }

    private void step() {
      Frame top = stack.peek();
      if (!top.entries.hasNext()) {
        stack.pop();
        if (top.root && !top.yielded) {
          next = new Input(top.dir, nameOf(top.dir), "folder " + top.dir + " has no .txt or .pdf input");
        }
        return;
      }
      Path entry = top.entries.next();
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        open(entry, false);
      } else if (Files.isRegularFile(entry) && OrderLoader.isInputName(entry.getFileName().toString())) {
        stack.forEach(f -> f.yielded = true);
        next = new Input(entry, nameOf(entry), null);
      }
    }

    private void open(Path dir, boolean root) {
      List<Map.Entry<String, Path>> entries = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) {
          String name = nameOf(p);
          entries.add(Map.entry(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name, p));
        }
      } catch (IOException | RuntimeException e) {
        stack.forEach(f -> f.yielded = true);
        next = new Input(dir, nameOf(dir), "cannot read folder " + dir + ": " + e.getMessage());
        return;
      }
      entries.sort(Map.Entry.comparingByKey());
      stack.push(new Frame(dir, entries.stream().map(Map.Entry::getValue).iterator(), root));
    }
  }
}
