package org.courtorders.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.courtorders.core.CourtOrder;

/**
 * The configured Jackson mapper for the JSON contract: ISO dates, {@code HH:mm} times, absent
 * values as {@code null} (never a missing key), properties in a fixed order.
 *
 * <pre>{@code
 * String line = CourtOrderJson.writer().writeValueAsString(order);     // one JSON Lines row
 * CourtOrder back = CourtOrderJson.reader().readValue(line);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CourtOrderJson {
  private static final ObjectMapper MAPPER = create();
  private static final String VERSION = readVersion();

  private CourtOrderJson() {}

  /**
   * A new mapper configured for the contract; callers may change their copy freely. The
   * modules are registered explicitly, not discovered, so the output cannot change with the
   * class path.
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

  /** A reader of {@link CourtOrder} JSON. */
  public static ObjectReader reader() {
    return MAPPER.readerFor(CourtOrder.class);
  }
}
