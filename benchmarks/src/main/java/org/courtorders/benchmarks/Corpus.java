package org.courtorders.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the benchmarks read: the shared corpus's seeds and dev texts ({@code
 * ../shared/corpus}, not committed here) plus the bundled {@code samples/}. Where the shared corpus
 * is absent the samples alone are used, and {@link #description()} says so, so a figure is never
 * quoted for the wrong corpus.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.load();
 * System.out.println(corpus.description() + ": " + corpus.documents().size() + " documents");
 * }</pre>
 *
 * <p>The root is the first folder holding {@code samples/}, starting from the working directory and
 * going up; {@code -Dcourtorders.root=DIR} overrides it and {@code -Dcourtorders.corpus=DIR}
 * replaces the shared corpus.
 */
public final class Corpus {
  private final List<String> documents;
  private final List<String> names;
  private final String description;
  private final long chars;
  private final long utf8Bytes;

  private Corpus(List<String> names, List<String> documents, String description) {
    this.names = List.copyOf(names);
    this.documents = List.copyOf(documents);
    this.description = description;
    this.chars = documents.stream().mapToLong(String::length).sum();
    this.utf8Bytes =
        documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  public static Corpus load() {
    Path root = root();
    List<Path> files = new ArrayList<>();
    Path shared =
        Path.of(
            System.getProperty(
                "courtorders.corpus", root.resolve("../shared/corpus").normalize().toString()));
    String description;
    if (Files.isDirectory(shared)) {
      files.addAll(texts(shared.resolve("seeds")));
      files.addAll(texts(shared.resolve("dev")));
      description = "shared corpus (" + shared + ": seeds + dev) and samples/";
    } else {
      description = "samples/ only (no shared corpus at " + shared + ")";
    }
    files.addAll(texts(root.resolve("samples")));
    List<String> names = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    for (Path f : files) {
      names.add(f.getFileName().toString());
      docs.add(read(f));
    }
    if (docs.isEmpty()) {
      throw new IllegalStateException("no .txt documents under " + root.resolve("samples"));
    }
    return new Corpus(names, docs, description);
  }

  /** The project root: where {@code samples/} is. */
  public static Path root() {
    String given = System.getProperty("courtorders.root");
    if (given != null) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "run from inside the project (no samples/ above "
            + Path.of("").toAbsolutePath()
            + "), or pass -Dcourtorders.root=DIR");
  }

  private static List<Path> texts(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> documents() {
    return documents;
  }

  public List<String> names() {
    return names;
  }

  public String description() {
    return description;
  }

  /** Total length in UTF-16 units. */
  public long chars() {
    return chars;
  }

  /** Total size as UTF-8 bytes: what "MB/s" counts. */
  public long utf8Bytes() {
    return utf8Bytes;
  }

  /**
   * All documents joined by blank lines, repeated until at least {@code length} chars, then cut.
   */
  public String concatenated(int length) {
    StringBuilder sb = new StringBuilder(length + 16);
    while (sb.length() < length) {
      for (String d : documents) {
        sb.append(d).append("\n\n");
        if (sb.length() >= length) {
          break;
        }
      }
    }
    return sb.substring(0, length);
  }
}
