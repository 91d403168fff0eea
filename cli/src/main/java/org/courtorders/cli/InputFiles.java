package org.courtorders.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's paths: files as given, folders recursively to their .txt files in name order. */
final class InputFiles {
  /** One input: a file to read, or a problem to report for it. */
  record Input(Path path, String name, String problem) {}

  private InputFiles() {}

  static List<Input> expand(List<Path> paths) {
    List<Input> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted()
              .forEach(files::add);
        } catch (IOException | RuntimeException e) {
          out.add(new Input(p, p.getFileName() == null ? p.toString() : p.getFileName().toString(),
              "cannot read folder " + p + ": " + e.getMessage()));
          continue;
        }
        if (files.isEmpty()) {
          out.add(new Input(p, String.valueOf(p.getFileName()), "folder " + p + " has no .txt input"));
        }
        files.forEach(f -> out.add(new Input(f, f.getFileName().toString(), null)));
      } else if (!Files.exists(p)) {
        out.add(new Input(p, String.valueOf(p.getFileName()), "no such file: " + p));
      } else {
        out.add(new Input(p, String.valueOf(p.getFileName()), null));
      }
    }
    return out;
  }
}
