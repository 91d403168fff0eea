package org.courtorders.csv;

import java.util.List;
import java.util.Locale;

/**
 * The tables {@link CsvTables} writes, one file each ({@code deadlines.csv}, ...), and their
 * columns. Every table starts with {@code source_name} and {@code order_id}.
 *
 * @since 0.1.0
 */
public enum Table {
  /** One row per input: the order's header facts and counts, or its error. */
  ORDERS,
  /** One row per directive with a deadline. */
  DEADLINES,
  /** One row per conference, hearing or trial. */
  PROCEEDINGS,
  /** One row per ruling on a motion or request. */
  RULINGS,
  /** One row per sanction imposed or warned of. */
  SANCTIONS,
  /** One row per citation (docket entries, rules, orders, transcripts, cases). */
  CITATIONS;

  /** The table's name as in its file name and in {@code --tables}: lower case. */
  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file the table is written to: {@code <name>.csv}. */
  public String fileName() {
    return tableName() + ".csv";
  }

  /** Every column of the table, in order. */
  public List<String> columns() {
    return Columns.of(this).stream().map(Columns.Column::name).toList();
  }

  /** The table named {@code name} (any case), or an exception listing the names. */
  public static Table named(String name) {
    for (Table t : values()) {
      if (t.tableName().equalsIgnoreCase(name.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "no table '"
            + name
            + "'; tables: orders, deadlines, proceedings, rulings, "
            + "sanctions, citations");
  }
}
