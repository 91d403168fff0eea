package org.courtorders.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.courtorders.core.CaseNumber;
import org.courtorders.core.Citation;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Deadline;
import org.courtorders.core.Directive;
import org.courtorders.core.Judge;
import org.courtorders.core.Party;
import org.courtorders.core.Proceeding;
import org.courtorders.core.Ruling;
import org.courtorders.core.Sanction;
import org.courtorders.core.TextSpan;

/**
 * Writes the JSON Schema (Draft 2020-12) of the records from the core types themselves, as Jackson
 * serializes them with {@link CourtOrderJson#mapper()}: every property the serializer writes, its
 * JSON type, every enum's values, every key required (the contract never leaves a key out), nothing
 * else allowed. To that it adds what {@link CourtOrderJson#record} and the PDF module add: {@code
 * libraryVersion}, item {@code id}s, {@code pages} and the span's {@code page} and {@code boxes},
 * all optional. {@code JsonSchemaTest} compares the output with the schema in the jar, so a core
 * type cannot change without the schema changing with it.
 */
final class SchemaGenerator {
  static final String ID =
      "https://github.com/courtorders/courtorders/blob/main/core/src/main/resources"
          + CourtOrderJson.SCHEMA_RESOURCE;

  /** The items {@link CourtOrderJson#record} gives an {@code id}. */
  private static final Set<Class<?>> WITH_ID =
      Set.of(
          CaseNumber.class,
          Party.class,
          Judge.class,
          Directive.class,
          Deadline.class,
          Proceeding.class,
          Ruling.class,
          Sanction.class);

  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

  private final ObjectMapper mapper = CourtOrderJson.mapper();
  private final SerializerProvider provider = mapper.getSerializerProviderInstance();
  private final JsonNodeFactory f = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> defs = new TreeMap<>();

  static ObjectNode generate() {
    return new SchemaGenerator().schema();
  }

  private ObjectNode schema() {
    ObjectNode root = f.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "Court Orders record, contract v" + CourtOrder.SCHEMA_VERSION);
    root.put(
        "description",
        "One line of the command line's JSON Lines output (or CourtOrderJson.writer()'s):"
            + " a parsed order or an error record. Generated from the core types by JsonSchemaTest"
            + " (-Dgolden.update=true rewrites it); the contract's prose is docs/JSON.md.");
    ArrayNode oneOf = root.putArray("oneOf");
    oneOf.addObject().put("$ref", ref(CourtOrder.class));
    oneOf.addObject().put("$ref", "#/$defs/ErrorRecord");
    defs.put("ErrorRecord", errorRecord());
    defs.put("PdfBox", pdfBox());
    defs.put("PdfPage", pdfPage());
    ObjectNode order = defs.get(CourtOrder.class.getSimpleName());
    ObjectNode props = (ObjectNode) order.get("properties");
    insertAfter(
        props,
        "schemaVersion",
        "libraryVersion",
        described(
            string(), "The release of the library that wrote the record (command-line records)."));
    props.set(
        "pages",
        described(
            arrayOf(f.objectNode().put("$ref", "#/$defs/PdfPage")),
            "The PDF's pages (PDF input only)."));
    ObjectNode span = (ObjectNode) defs.get(TextSpan.class.getSimpleName()).get("properties");
    span.set(
        "page",
        described(
            f.objectNode().put("type", "integer").put("minimum", 1),
            "The PDF page the span starts on (PDF input only)."));
    span.set(
        "boxes",
        described(
            arrayOf(f.objectNode().put("$ref", "#/$defs/PdfBox")),
            "Boxes to highlight, one per line, in page points from the top-left corner (PDF input only)."));
    ObjectNode d = root.putObject("$defs");
    defs.forEach(d::set);
    return root;
  }

  private String ref(Class<?> type) {
    String name = type.getSimpleName();
    if (!defs.containsKey(name)) {
      defs.put(name, f.objectNode()); // placeholder: types refer to each other
      defs.put(name, define(type));
    }
    return "#/$defs/" + name;
  }

  private ObjectNode define(Class<?> type) {
    if (type.isEnum()) {
      ObjectNode e = f.objectNode().put("type", "string");
      ArrayNode values = e.putArray("enum");
      for (Object c : type.getEnumConstants()) {
        values.add(mapper.valueToTree(c).asText());
      }
      return e;
    }
    JsonSubTypes subtypes = type.getAnnotation(JsonSubTypes.class);
    if (subtypes != null) {
      ObjectNode poly = f.objectNode();
      ArrayNode oneOf = poly.putArray("oneOf");
      for (JsonSubTypes.Type t : subtypes.value()) {
        String r = ref(t.value());
        ObjectNode sub = defs.get(t.value().getSimpleName());
        ((ObjectNode) sub.get("properties")).set("kind", f.objectNode().put("const", t.name()));
        oneOf.addObject().put("$ref", r);
      }
      return poly;
    }
    JsonSerializer<Object> ser;
    try {
      ser = provider.findValueSerializer(type);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("no serializer for " + type, e);
    }
    if (!(ser instanceof BeanSerializer bean)) {
      throw new IllegalStateException(
          type
              + " is written by "
              + ser.getClass().getName()
              + "; teach SchemaGenerator its JSON form");
    }
    ObjectNode o = f.objectNode().put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = o.putArray("required");
    if (WITH_ID.contains(type) || Citation.class.isAssignableFrom(type)) {
      props.set(
          "id",
          described(
              f.objectNode()
                  .put("type", "string")
                  .put("pattern", "^[a-zA-Z]+-[0-9a-f]{20}(-[0-9]+)?$"),
              "A stable id (command-line records): the same document, kind, span and value always give the same id."));
    }
    for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
      PropertyWriter w = it.next();
      BeanPropertyWriter p = (BeanPropertyWriter) w;
      props.set(p.getName(), schemaOf(p.getType(), p, type));
      required.add(p.getName());
    }
    o.put("additionalProperties", false);
    return o;
  }

  private ObjectNode schemaOf(JavaType t, BeanPropertyWriter p, Class<?> owner) {
    Class<?> raw = t.getRawClass();
    if (raw == Optional.class) {
      return nullable(schemaOf(t.containedType(0), p, owner));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return arrayOf(schemaOf(t.getContentType(), p, owner));
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return f.objectNode().put("type", "integer");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return f.objectNode().put("type", "boolean");
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return f.objectNode().put("type", "number");
    }
    if (raw == String.class) {
      return string();
    }
    if (raw == LocalDate.class) {
      return f.objectNode().put("type", "string").put("format", "date").put("pattern", DATE);
    }
    if (raw == MonthDay.class) {
      JsonFormat format = p.getAnnotation(JsonFormat.class);
      if (format == null || !"--MM-dd".equals(format.pattern())) {
        throw new IllegalStateException(
            owner.getSimpleName()
                + "."
                + p.getName()
                + ": a month and day must carry @JsonFormat(pattern = \"--MM-dd\") (ISO-8601)");
      }
      return f.objectNode()
          .put("type", "string")
          .put("pattern", "^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
    }
    if (raw == LocalTime.class) {
      JsonFormat format = p.getAnnotation(JsonFormat.class);
      if (format == null || !"HH:mm".equals(format.pattern())) {
        throw new IllegalStateException(
            owner.getSimpleName()
                + "."
                + p.getName()
                + ": a time must carry @JsonFormat(pattern = \"HH:mm\") (contract: times as HH:MM)");
      }
      return f.objectNode().put("type", "string").put("pattern", TIME);
    }
    if (raw.getPackageName().startsWith("org.courtorders.core")) {
      return f.objectNode().put("$ref", ref(raw));
    }
    throw new IllegalStateException(
        owner.getSimpleName()
            + "."
            + p.getName()
            + " has type "
            + t
            + "; teach SchemaGenerator its JSON form");
  }

  private ObjectNode nullable(ObjectNode s) {
    if (s.has("type") && s.get("type").isTextual() && !s.has("$ref")) {
      ObjectNode out = s.deepCopy();
      out.putArray("type").add(s.get("type").asText()).add("null");
      return out;
    }
    ObjectNode any = f.objectNode();
    any.putArray("anyOf").add(s).add(f.objectNode().put("type", "null"));
    return any;
  }

  private ObjectNode arrayOf(ObjectNode items) {
    ObjectNode a = f.objectNode().put("type", "array");
    a.set("items", items);
    return a;
  }

  private ObjectNode string() {
    return f.objectNode().put("type", "string");
  }

  private ObjectNode described(ObjectNode s, String description) {
    s.put("description", description);
    return s;
  }

  private ObjectNode errorRecord() {
    ObjectNode o = f.objectNode().put("type", "object");
    o.put("description", "An input that could not be read or parsed: its name, its path and why.");
    ObjectNode props = o.putObject("properties");
    props.set("schemaVersion", f.objectNode().put("type", "integer").put("minimum", 1));
    props.set("libraryVersion", string());
    ObjectNode source = props.putObject("source").put("type", "object");
    ObjectNode sp = source.putObject("properties");
    sp.set("name", string());
    sp.set("path", nullable(string()));
    source.putArray("required").add("name");
    source.put("additionalProperties", false);
    ObjectNode error = props.putObject("error").put("type", "object");
    ObjectNode ep = error.putObject("properties");
    ep.set("code", f.objectNode().put("type", "string").put("pattern", "^[A-Z][A-Z0-9_]*$"));
    ep.set("message", string());
    error.putArray("required").add("code").add("message");
    error.put("additionalProperties", false);
    o.putArray("required").add("schemaVersion").add("source").add("error");
    o.put("additionalProperties", false);
    return o;
  }

  private ObjectNode pdfBox() {
    return numbers(List.of("x", "y", "width", "height"), "page");
  }

  private ObjectNode pdfPage() {
    ObjectNode o = numbers(List.of("width", "height"), "number");
    ObjectNode props = (ObjectNode) o.get("properties");
    props.set("start", f.objectNode().put("type", "integer"));
    props.set("end", f.objectNode().put("type", "integer"));
    props.set("hasText", f.objectNode().put("type", "boolean"));
    ((ArrayNode) o.get("required")).add("start").add("end").add("hasText");
    return o;
  }

  private ObjectNode numbers(List<String> names, String integer) {
    ObjectNode o = f.objectNode().put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = o.putArray("required");
    props.set(integer, f.objectNode().put("type", "integer"));
    required.add(integer);
    for (String n : names) {
      props.set(n, f.objectNode().put("type", "number"));
      required.add(n);
    }
    o.put("additionalProperties", false);
    return o;
  }

  private static void insertAfter(ObjectNode props, String after, String name, ObjectNode value) {
    Map<String, com.fasterxml.jackson.databind.JsonNode> copy = new java.util.LinkedHashMap<>();
    props.fields().forEachRemaining(e -> copy.put(e.getKey(), e.getValue()));
    props.removeAll();
    copy.forEach(
        (k, v) -> {
          props.set(k, v);
          if (k.equals(after)) {
            props.set(name, value);
          }
        });
  }
}
