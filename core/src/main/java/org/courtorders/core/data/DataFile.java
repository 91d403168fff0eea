package org.courtorders.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One court-data resource in the project's one format, read by its one loader: a header saying what
 * the file holds, where its facts come from and its version, and a list of entries, each with the
 * examples that prove it. The federal holidays, the parser's own data (courts, reporters, phrases)
 * and court plug-ins' data (rosters, phrases, calendars, practices) use it, and a test in each
 * module walks every file and checks every entry's examples.
 *
 * <pre>{@code
 * DataFile f = DataFile.load(SdnyRules.class, "/org/courtorders/rules/sdny/phrases.json");
 * for (DataFile.Entry e : f.entries()) {
 *   String regex = e.text("regex");
 *   List<String> examples = e.examples();
 * }
 * }</pre>
 *
 * <p>The format, in JSON:
 *
 * <pre>{@code
 * {"header": {"what": "...", "source": "...", "version": "2026-11-22", ...},
 *  "entries": [{"id": "...", ..., "examples": ["...", "..."]}, ...]}
 * }</pre>
 *
 * @param resource the resource's name, for messages
 * @param header what the file holds, its sources and version
 * @param entries the entries in file order
 * @since 0.1.0
 */
public record DataFile(String resource, Header header, List<Entry> entries) {
  public DataFile {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(header, "header");
    entries = List.copyOf(entries);
  }

  /**
   * What a data file holds.
   *
   * @param what what the entries are, in plain words
   * @param source where the facts come from
   * @param version the data's version (a date)
   * @since 0.1.0
   */
  public record Header(String what, String source, String version) {
    public Header {
      for (String s : new String[] {what, source, version}) {
        if (s == null || s.isBlank()) {
          throw new IllegalArgumentException("a data file's header needs what, source and version");
        }
      }
    }
  }

  /**
   * One entry: its fields by name, and its examples.
   *
   * @since 0.1.0
   */
  public static final class Entry {
    private final JsonNode node;
    private final String where;

    private Entry(JsonNode node, String where) {
      this.node = node;
      this.where = where;
    }

    /** A required text field. */
    public String text(String field) {
      JsonNode v = node.get(field);
      if (v == null || !v.isValueNode()) {
        throw new IllegalStateException(where + ": missing field " + field);
      }
      return v.asText();
    }

    /** An optional text field. */
    public Optional<String> optionalText(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    /** A list of texts; empty if absent. */
    public List<String> texts(String field) {
      List<String> out = new ArrayList<>();
      node.path(field).forEach(x -> out.add(x.asText()));
      return List.copyOf(out);
    }

    /**
     * A list of objects, each read as an entry of its own (its {@link #where()} names the field and
     * index); empty if absent. Lets an entry carry a source per item, as district-courts.json does
     * for each courthouse address.
     *
     * @since 0.1.0
     */
    public List<Entry> objects(String field) {
      List<Entry> out = new ArrayList<>();
      JsonNode list = node.path(field);
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).isObject()) {
          throw new IllegalStateException(where + ": " + field + "[" + i + "] is not an object");
        }
        out.add(new Entry(list.get(i), where + " " + field + "[" + i + "]"));
      }
      return List.copyOf(out);
    }

    public boolean flag(String field, boolean otherwise) {
      return node.path(field).asBoolean(otherwise);
    }

    public int number(String field, int otherwise) {
      return node.path(field).asInt(otherwise);
    }

    /** Whether the entry has the field. */
    public boolean has(String field) {
      return node.has(field);
    }

    /** The texts this entry must be proved on; a test checks each against the entry. */
    public List<String> examples() {
      return texts("examples");
    }

    /** Where the entry is, for messages: the file and the entry's id or index. */
    public String where() {
      return where;
    }

    @Override
    public String toString() {
      return where;
    }
  }

  /**
   * One mapper for every data file, as reading trees leaves it unchanged and it is thread-safe; a
   * new one per file cost a millisecond or more each at start-up (issue #13).
   */
  private static final ObjectMapper TREES = new ObjectMapper();

  /**
   * Reads {@code resource}, a name relative to {@code anchor}'s package (or absolute with a leading
   * '/'), from {@code anchor}'s module.
   *
   * @throws IllegalStateException if the resource is missing or not in the format
   */
  public static DataFile load(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + resource + " beside " + anchor.getName());
      }
      return parse(resource, TREES.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a data file from its bytes. */
  public static DataFile parse(String resource, byte[] json) {
    try {
      return parse(resource, TREES.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DataFile parse(String resource, JsonNode root) {
    JsonNode h = root.path("header");
    if (!h.isObject() || !root.path("entries").isArray()) {
      throw new IllegalStateException(
          resource + ": a data file is {\"header\": {...}, \"entries\": [...]}");
    }
    Header header =
        new Header(
            h.path("what").asText(null),
            h.path("source").asText(null),
            h.path("version").asText(null));
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    for (JsonNode e : root.get("entries")) {
      String id =
          e.path("id").asText(e.path("initials").asText(e.path("abbreviation").asText("#" + i)));
      entries.add(new Entry(e, resource + " " + id));
      i++;
    }
    return new DataFile(resource, header, entries);
  }
}
