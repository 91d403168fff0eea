package org.courtorders.rules.sdny.internal;

import java.util.ArrayList;
import java.util.List;
import org.courtorders.core.data.DataFile;
import org.courtorders.parser.spi.CourtPhrase;

/** Reads {@code phrases.json} with the SPI's one data loader. */
public final class Phrases {
  private Phrases() {}

  public static List<CourtPhrase> load() {
    List<CourtPhrase> out = new ArrayList<>();
    for (DataFile.Entry e :
        DataFile.load(Phrases.class, "/org/courtorders/rules/sdny/phrases.json").entries()) {
      out.add(
          new CourtPhrase(
              e.text("id"),
              e.text("regex"),
              e.text("meaning"),
              e.text("source"),
              e.examples(),
              CourtPhrase.Use.valueOf(e.optionalText("use").orElse("CHECK"))));
    }
    return List.copyOf(out);
  }
}
