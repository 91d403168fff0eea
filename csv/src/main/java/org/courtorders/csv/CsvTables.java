package org.courtorders.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.courtorders.core.CourtOrder;
import org.courtorders.core.Directive;

/**
 * Writes parsed orders as CSV tables, one file per {@link Table}: RFC 4180 (commas, CRLF, fields
 * with quotes, commas or line breaks quoted), UTF-8 without a byte-order mark, a header row, and on
 * every row the order's {@code source_name} and {@code order_id} (the SHA-256 of its text), so the
 * tables join on it. Loadable as is by Python's csv module, pandas and DuckDB.
 *
 * <pre>{@code
 * try (CsvTables tables = CsvTables.builder(Path.of("out")).build()) {
 *   for (CourtOrder order : orders) {
 *     tables.add(order);
 *   }
 * }  // out/orders.csv, out/deadlines.csv, ...
 * }</pre>
 *
 * <p>Not thread-safe: add orders from one thread.
 *
 * @since 0.1.0
 */
public final class CsvTables implements Closeable {
  /** RFC 4180 as Commons CSV defines it: comma, double quote, CRLF, quote only where needed. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final Map<Table, CSVPrinter> printers = new EnumMap<>(Table.class);
  private final Map<Table, List<Columns.Column>> columns = new EnumMap<>(Table.class);
  private final List<Path> files = new ArrayList<>();

  private CsvTables(Builder b) throws IOException {
    Files.createDirectories(b.dir);
    for (Table t : b.tables) {
      List<Columns.Column> cols = select(t, b.fields);
      Path file = b.dir.resolve(t.fileName());
      Writer w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
      CSVPrinter printer = new CSVPrinter(w, FORMAT);
      printer.printRecord(cols.stream().map(Columns.Column::name).toList());
      printers.put(t, printer);
      columns.put(t, cols);
      files.add(file);
    }
  }

  /** A builder that writes into {@code dir} (created if missing; existing tables are replaced). */
  public static Builder builder(Path dir) {
    return new Builder(Objects.requireNonNull(dir, "dir"));
  }

  /** The files written, one per table, in table order. */
  public List<Path> files() {
    return List.copyOf(files);
  }

  /** Adds an order read from text: its rows in every table. */
  public void add(CourtOrder order) throws IOException {
    add(order, SpanPages.NONE);
  }

  /** Adds an order whose spans have pages (a PDF): the {@code page} column is filled. */
  public void add(CourtOrder order, SpanPages pages) throws IOException {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(pages, "pages");
    row(Table.ORDERS, new Columns.Row(order, order, 0, pages));
    List<Directive> directives = order.directives();
    for (int i = 0; i < directives.size(); i++) {
      if (directives.get(i).deadline().isPresent()) {
        row(Table.DEADLINES, new Columns.Row(order, directives.get(i), i, pages));
      }
    }
    rows(Table.PROCEEDINGS, order, order.proceedings(), pages);
    rows(Table.RULINGS, order, order.rulings(), pages);
    rows(Table.SANCTIONS, order, order.sanctions(), pages);
    rows(Table.CITATIONS, order, order.citations(), pages);
  }

  /**
   * Adds an input that could not be read: one {@code orders} row with its source name, the error
   * code and message, and nothing else, so no input is missing from the tables.
   */
  public void addError(String sourceName, String code, String message) throws IOException {
    CSVPrinter p = printers.get(Table.ORDERS);
    if (p == null) {
      return;
    }
    List<String> values = new ArrayList<>();
    for (Columns.Column c : columns.get(Table.ORDERS)) {
      values.add(
          switch (c.name()) {
            case "source_name" -> sourceName;
            case "error_code" -> code;
            case "error_message" -> message;
            default -> "";
          });
    }
    p.printRecord(values);
  }

  private void rows(Table t, CourtOrder order, List<?> items, SpanPages pages) throws IOException {
    for (int i = 0; i < items.size(); i++) {
      row(t, new Columns.Row(order, items.get(i), i, pages));
    }
  }

  private void row(Table t, Columns.Row row) throws IOException {
    CSVPrinter p = printers.get(t);
    if (p == null) {
      return;
    }
    List<String> values = new ArrayList<>();
    for (Columns.Column c : columns.get(t)) {
      values.add(c.value().apply(row));
    }
    p.printRecord(values);
  }

  /** Flushes and closes every table; the first failure is thrown after all are closed. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CSVPrinter p : printers.values()) {
      try {
        p.close(true);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private static List<Columns.Column> select(Table t, List<String> fields) {
    List<Columns.Column> all = Columns.of(t);
    if (fields.isEmpty()) {
      return all;
    }
    Set<String> wanted = new LinkedHashSet<>(List.of("source_name", "order_id"));
    wanted.addAll(fields);
    List<Columns.Column> out = new ArrayList<>();
    for (String f : wanted) {
      all.stream().filter(c -> c.name().equals(f)).findFirst().ifPresent(out::add);
    }
    return out;
  }

  /**
   * Configures {@link CsvTables}: which tables ({@code tables}, default all) and which columns
   * ({@code fields}, default all). Validated by {@link #build()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Path dir;
    private final Set<Table> tables = EnumSet.allOf(Table.class);
    private final List<String> fields = new ArrayList<>();

    private Builder(Path dir) {
      this.dir = dir;
    }

    /** Writes only these tables. */
    public Builder tables(Set<Table> only) {
      if (only.isEmpty()) {
        throw new IllegalArgumentException("at least one table is needed");
      }
      tables.retainAll(only);
      return this;
    }

    /**
     * Keeps only these columns, in this order, in every table that has them; {@code source_name}
     * and {@code order_id} are always kept first. A name no table has is an error, from {@link
     * #build()}.
     */
    public Builder fields(List<String> names) {
      fields.addAll(names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
      return this;
    }

    /** Opens the files and writes the header rows. */
    public CsvTables build() throws IOException {
      for (String f : fields) {
        boolean known = tables.stream().anyMatch(t -> t.columns().contains(f));
        if (!known) {
          throw new IllegalArgumentException(
              "no column '"
                  + f
                  + "' in the tables written; columns: "
                  + tables.stream().map(t -> t.tableName() + " " + t.columns()).toList());
        }
      }
      try {
        return new CsvTables(this);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
