package org.courtorders.parser.internal.obligation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.courtorders.core.data.DataFile;

/**
 * The nouns that name an act in a schedule row's label, with the verb a directive's action gives
 * them ("Completion of fact discovery" → complete, "Expert disclosures" → disclose), loaded once
 * from {@code act-nouns.json}, each entry with its source and examples ({@code DataFilesTest}
 * checks that each example, as a schedule row, gives its verb).
 *
 * <pre>{@code
 * Optional<String> verb = ActNouns.standard().verb("disclosures");   // "disclose"
 * }</pre>
 */
final class ActNouns {
  private static final String RESOURCE =
      "/org/courtorders/parser/internal/obligation/act-nouns.json";
  private static final ActNouns STANDARD = load();

  private final Map<String, String> verbs;

  private ActNouns(Map<String, String> verbs) {
    this.verbs = verbs;
  }

  static ActNouns standard() {
    return STANDARD;
  }

  /** The verb of a lower-case noun, if it names an act. */
  Optional<String> verb(String noun) {
    return Optional.ofNullable(verbs.get(noun));
  }

  private static ActNouns load() {
    Map<String, String> verbs = new HashMap<>();
    for (DataFile.Entry e : DataFile.load(ActNouns.class, RESOURCE).entries()) {
      String verb = e.text("id");
      for (String n : e.texts("nouns")) {
        if (!n.equals(n.toLowerCase(java.util.Locale.ROOT)) || n.isBlank() || n.contains(" ")) {
          throw new IllegalStateException(e.where() + ": a noun is one lower-case word: " + n);
        }
        if (verbs.put(n, verb) != null) {
          throw new IllegalStateException(e.where() + ": noun listed twice: " + n);
        }
      }
    }
    return new ActNouns(Map.copyOf(verbs));
  }
}
