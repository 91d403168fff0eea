package org.courtorders.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A peer's test vectors, stored as a tab-separated resource: "# key: value" provenance lines
 * (repository, path, commit, licence), one header row, then one vector a row. Tabs, newlines and
 * backslashes inside a value are escaped as {@code \t}, {@code \n}, {@code \\}.
 */
final class Vectors {
  final String resource;
  final Map<String, String> provenance;
  final List<Map<String, String>> rows;

  private Vectors(String resource, Map<String, String> provenance, List<Map<String, String>> rows) {
    this.resource = resource;
    this.provenance = provenance;
    this.rows = rows;
  }

  static Vectors load(String name) {
    String path = "/org/courtorders/conformance/" + name;
    try (InputStream in = Vectors.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> prov = new LinkedHashMap<>();
      List<Map<String, String>> rows = new ArrayList<>();
      String[] header = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          int colon = line.indexOf(':');
          if (colon > 2 && !line.substring(2, colon).contains(" ")) {
            prov.put(line.substring(2, colon).strip(), line.substring(colon + 1).strip());
          }
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], i < cells.length ? unescape(cells[i]) : "");
        }
        rows.add(row);
      }
      for (String key : List.of("repository", "path", "commit", "licence")) {
        if (!prov.containsKey(key)) {
          throw new IllegalStateException(path + " lacks its " + key);
        }
      }
      return new Vectors(name, Map.copyOf(prov), List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
