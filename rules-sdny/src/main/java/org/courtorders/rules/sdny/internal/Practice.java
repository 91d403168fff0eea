package org.courtorders.rules.sdny.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One judge's requirements for a discovery or pre-motion letter (from {@code practices.json}), or
 * the court-wide default of Local Civil Rule 37.2.
 */
record Practice(
    String initials,
    String citation,
    List<Mode> realTimeModes,
    List<String> requiredDetails,
    boolean impasseNotice,
    boolean jointLetter,
    OptionalInt pageLimit,
    OptionalInt wordLimit,
    boolean doubleSpaced,
    String source) {

  /** All practices by initials, plus the default under "*". */
  static Map<String, Practice> load() {
    JsonNode root = Data.load("practices.json");
    Map<String, Practice> m = new LinkedHashMap<>();
    // The court-wide default is the entry under "*".
    for (JsonNode n : root.get("entries")) {
      m.put(n.get("initials").asText(), of(n));
    }
    return Map.copyOf(m);
  }

  static int wordsPerPage() {
    return Data.load("practices.json").get("header").get("wordsPerPage").asInt(500);
  }

  private static Practice of(JsonNode n) {
    List<Mode> modes = new ArrayList<>();
    n.get("realTimeModes").forEach(x -> modes.add(Mode.valueOf(x.asText())));
    List<String> details = new ArrayList<>();
    n.get("requiredDetails").forEach(x -> details.add(x.asText()));
    return new Practice(
        n.get("initials").asText(),
        n.get("citation").asText(),
        List.copyOf(modes),
        List.copyOf(details),
        n.get("impasseNotice").asBoolean(),
        n.get("jointLetter").asBoolean(),
        n.has("pageLimit") ? OptionalInt.of(n.get("pageLimit").asInt()) : OptionalInt.empty(),
        n.has("wordLimit") ? OptionalInt.of(n.get("wordLimit").asInt()) : OptionalInt.empty(),
        n.path("doubleSpaced").asBoolean(false),
        n.get("source").asText());
  }

  boolean requiresTalking() {
    return !realTimeModes.isEmpty();
  }

  Optional<String> judgeSpecific() {
    return initials.equals("*") ? Optional.empty() : Optional.of(initials);
  }
}
