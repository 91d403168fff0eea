package org.courtorders.rules.sdny.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the module's JSON data resources (under {@code org/courtorders/rules/sdny/}) as trees. */
public final class Data {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Data() {}

  /** The parsed resource; a missing or broken resource is a packaging bug, so it throws. */
  public static JsonNode load(String name) {
    String path = "/org/courtorders/rules/sdny/" + name;
    try (InputStream in = Data.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing data resource " + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data resource " + path, e);
    }
  }

  static String text(JsonNode n, String field, String dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asText();
  }
}
