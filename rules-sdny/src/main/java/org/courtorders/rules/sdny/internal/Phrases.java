package org.courtorders.rules.sdny.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.courtorders.parser.spi.CourtPhrase;

/** Reads {@code phrases.json}. */
public final class Phrases {
  private Phrases() {}

  public static List<CourtPhrase> load() {
    List<CourtPhrase> out = new ArrayList<>();
    for (JsonNode n : Data.load("phrases.json").get("phrases")) {
      List<String> ex = new ArrayList<>();
      n.get("examples").forEach(e -> ex.add(e.asText()));
      out.add(new CourtPhrase(n.get("id").asText(), n.get("regex").asText(), n.get("meaning").asText(),
          n.get("source").asText(), ex, CourtPhrase.Use.valueOf(n.path("use").asText("CHECK"))));
    }
    return List.copyOf(out);
  }
}
