package org.courtorders.ics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time zone each federal district court keeps, as data: {@code court-time-zones.json} (the
 * project's data format: a header and entries with examples), one entry per district with its seat,
 * zone, source and an example. A time an order prints ("at 10:00 a.m.") is read in its court's
 * zone.
 *
 * <pre>{@code
 * ZoneId ny = CourtZones.bundled().zoneOf("nysd").orElseThrow();   // America/New_York
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CourtZones {
  private static final String RESOURCE = "court-time-zones.json";
  private static volatile CourtZones bundled;

  private final Map<String, ZoneId> zones;
  private final String version;

  private CourtZones(Map<String, ZoneId> zones, String version) {
    this.zones = Map.copyOf(zones);
    this.version = version;
  }

  /** The bundled table of the 94 district courts. */
  public static CourtZones bundled() {
    CourtZones z = bundled;
    if (z == null) {
      try (InputStream in = CourtZones.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        JsonNode root = new ObjectMapper().readTree(in);
        Map<String, ZoneId> map = new LinkedHashMap<>();
        for (JsonNode c : root.get("entries")) {
          map.put(c.get("id").asText(), ZoneId.of(c.get("zone").asText()));
        }
        z = new CourtZones(map, root.get("header").get("version").asText());
        bundled = z;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return z;
  }

  /** A table with one court's zone changed or added: for a court not in the bundled data. */
  public CourtZones with(String courtId, ZoneId zone) {
    Map<String, ZoneId> map = new LinkedHashMap<>(zones);
    map.put(Objects.requireNonNull(courtId, "courtId"), Objects.requireNonNull(zone, "zone"));
    return new CourtZones(map, version + "+" + courtId);
  }

  /** The zone of a court, by its id ("nysd"). */
  public Optional<ZoneId> zoneOf(String courtId) {
    return Optional.ofNullable(zones.get(courtId));
  }

  /** Every court id in the table. */
  public java.util.Set<String> courtIds() {
    return zones.keySet();
  }

  /** The data's version (its date). */
  public String version() {
    return version;
  }
}
