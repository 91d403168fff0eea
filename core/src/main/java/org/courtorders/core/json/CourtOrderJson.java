package org.courtorders.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.TextSpan;

/**
 * The configured Jackson mapper for the JSON contract: ISO dates, {@code HH:mm} times, absent
 * values as {@code null} (never a missing key), properties in a fixed order.
 *
 * <pre>{@code
 * String line = CourtOrderJson.writer().writeValueAsString(order);     // one JSON Lines row
 * CourtOrder back = CourtOrderJson.reader().readValue(line);
 * ObjectNode record = CourtOrderJson.record(CourtOrderJson.mapper().valueToTree(order));
 * }</pre>
 *
 * <p>{@link #record} turns an order's tree into the record the command line writes: the library
 * version after {@code schemaVersion}, and a stable {@code id} on every extracted item. The JSON
 * Schema (Draft 2020-12) of both forms is {@link #schema()}.
 *
 * @since 0.1.0
 */
public final class CourtOrderJson {
  private static final ObjectMapper MAPPER = create();
  private static final String VERSION = readVersion();

  private CourtOrderJson() {}

  /**
   * A new mapper configured for the contract; callers may change their copy freely. The modules are
   * registered explicitly, not discovered, so the output cannot change with the class path.
   */
  public static ObjectMapper create() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** The shared mapper. Do not reconfigure it; use {@link #create()} for a copy of your own. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A writer for one compact JSON object a line. */
  public static ObjectWriter writer() {
    return MAPPER.writerFor(CourtOrder.class);
  }

  /** A writer that indents, for reading one document. */
  public static ObjectWriter prettyWriter() {
    return MAPPER.writerFor(CourtOrder.class).with(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The version of this library ({@code "0.1.0"}), from the build; the command line writes it in
   * every record so a row says which release produced it.
   *
   * @return the version, or {@code "unknown"} when the build did not record one
   */
  public static String libraryVersion() {
    return VERSION;
  }

  private static String readVersion() {
    try (java.io.InputStream in = CourtOrderJson.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** Where the JSON Schema lies on the class path (inside the core jar). */
  public static final String SCHEMA_RESOURCE = "/org/courtorders/core/json/court-order.schema.json";

  /**
   * The JSON Schema (Draft 2020-12) of the records: an order (as {@link #writer()} writes it, or as
   * {@link #record} extends it, with the PDF module's page fields) or an error record.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = CourtOrderJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The record for an order's tree (or a compliance report's): {@code schemaVersion} and {@code
   * libraryVersion} first, then the tree's fields, and on every extracted item a stable {@code id}
   * (see {@link #itemId}). Fields are added, never renamed; {@code tree} is not changed.
   *
   * @param tree an order as {@code mapper().valueToTree(order)} or the PDF module's tree
   * @return a new tree
   */
  public static ObjectNode record(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", tree.path("schemaVersion").asInt(CourtOrder.SCHEMA_VERSION));
    root.put("libraryVersion", libraryVersion());
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!root.has(e.getKey())) {
        root.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    String document = root.path("source").path("sha256").asText(null);
    if (document != null) {
      Map<String, Integer> seen = new HashMap<>();
      JsonNode caption = root.path("caption");
      ids(caption.path("caseNumbers"), "caseNumber", document, seen);
      ids(caption.path("plaintiffs"), "plaintiff", document, seen);
      ids(caption.path("defendants"), "defendant", document, seen);
      ids(root.path("judges"), "judge", document, seen);
      ids(root.path("directives"), "directive", document, seen);
      for (JsonNode d : root.path("directives")) {
        JsonNode deadline = d.path("deadline");
        if (deadline.isObject()) {
          ((ObjectNode) d)
              .set("deadline", withId((ObjectNode) deadline, "deadline", document, seen));
        }
      }
      ids(root.path("proceedings"), "proceeding", document, seen);
      ids(root.path("rulings"), "ruling", document, seen);
      ids(root.path("sanctions"), "sanction", document, seen);
      ids(root.path("citations"), "citation", document, seen);
    }
    return root;
  }

  /**
   * The record for an input that could not be read: its name, its path, and why.
   *
   * @param name the input's name ({@code source.name})
   * @param path the full path it was read from ({@code source.path})
   * @param code a stable error code ({@code "UNREADABLE"})
   * @param message what went wrong, for a person
   * @return the record
   */
  public static ObjectNode errorRecord(String name, String path, String code, String message) {
    return error(name, Objects.requireNonNull(path, "path"), code, message);
  }

  /**
   * The record for an input that did not come from a file (standard input): {@code source.path} is
   * null.
   *
   * @param name the input's name ({@code source.name})
   * @param code a stable error code ({@code "UNREADABLE"})
   * @param message what went wrong, for a person
   * @return the record
   */
  public static ObjectNode errorRecord(String name, String code, String message) {
    return error(name, null, code, message);
  }

  private static ObjectNode error(String name, String path, String code, String message) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", CourtOrder.SCHEMA_VERSION);
    root.put("libraryVersion", libraryVersion());
    ObjectNode source = root.putObject("source");
    source.put("name", name);
    source.put("path", path);
    ObjectNode error = root.putObject("error");
    error.put("code", code);
    error.put("message", message);
    return root;
  }

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  private static final java.util.HexFormat HEX = java.util.HexFormat.of();

  /**
   * A stable id for an extracted item: the same document (its SHA-256), kind of item, span and
   * normalized value always give the same id, in any run and any release that reads the item the
   * same way, so a consumer that syncs deadlines into a calendar can update instead of duplicating.
   * The value is normalized by case and white space, so a re-extraction that only reflows the text
   * keeps the id. Twenty hex digits of SHA-256 (80 bits), after the kind: {@code
   * "deadline-3f9c0b1e4d2a7c6b5e81"}.
   *
   * @param documentSha256 the document's identity, {@code source.sha256}
   * @param kind the item's kind ({@code "deadline"}, {@code "citation"}, ...)
   * @param span where the item lies
   * @param value the item's words ({@code text}, or its name or subject), or "" if it has none
   * @return the id
   */
  public static String itemId(String documentSha256, String kind, TextSpan span, String value) {
    Objects.requireNonNull(documentSha256, "documentSha256");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    String normalized =
        BLANKS.matcher(value.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    String key =
        documentSha256 + "\n" + kind + "\n" + span.start() + "\n" + span.end() + "\n" + normalized;
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(key.getBytes(StandardCharsets.UTF_8));
      // ten bytes in lower-case hex, as String.format("%02x") gave each (issue #13: the format
      // and the pattern compiled per item were 4 % of a batch through the CLI)
      return kind + '-' + HEX.formatHex(hash, 0, 10);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void ids(JsonNode items, String kind, String document, Map<String, Integer> seen) {
    if (items instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i) instanceof ObjectNode item) {
          array.set(i, withId(item, kind, document, seen));
        }
      }
    }
  }

  /** {@code item} with {@code id} first; an id met before in this document gets "-2", "-3", ... */
  private static ObjectNode withId(
      ObjectNode item, String kind, String document, Map<String, Integer> seen) {
    JsonNode span = item.path("span");
    if (!span.path("start").isInt() || !span.path("end").isInt()) {
      return item;
    }
    String value = "";
    for (String field : new String[] {"text", "name", "subject", "initials"}) {
      if (item.path(field).isTextual()) {
        value = item.path(field).asText();
        break;
      }
    }
    String id =
        itemId(
            document,
            kind,
            TextSpan.of(span.path("start").asInt(), span.path("end").asInt()),
            value);
    int n = seen.merge(id, 1, Integer::sum);
    ObjectNode out = MAPPER.createObjectNode();
    out.put("id", n == 1 ? id : id + "-" + n);
    for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().equals("id")) {
        out.set(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** A reader of {@link CourtOrder} JSON. */
  public static ObjectReader reader() {
    return MAPPER.readerFor(CourtOrder.class);
  }
}
