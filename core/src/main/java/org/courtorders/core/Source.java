package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an order came from: a name the caller chose (in a batch, the file's path relative to the
 * folder it was found under), the full path it was read from, the SHA-256 of the text, its length
 * in UTF-16 units, and the order's own docket entry number where a PACER stamp gives it ("Document
 * 565").
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"name", "path", "sha256", "length", "documentNumber", "pageCount"})
public interface Source {
  /**
   * The name the caller gave the input; in a command-line batch, the file's path relative to the
   * argument it was found under ({@code "2024/june/order.txt"}), so equal file names in different
   * folders stay apart. Bytes of a file name that are not UTF-8 are written {@code \xHH}.
   */
  Optional<String> name();

  /**
   * The full path the input was read from, where it came from a file; absent for standard input.
   */
  Optional<String> path();

  String sha256();

  int length();

  /** The document's own docket entry number, from its PACER stamp. */
  Optional<Integer> documentNumber();

  /** Pages, from the PACER stamp's "Page 1 of N". */
  Optional<Integer> pageCount();

  @Value.Check
  default void check() {
    if (length() < 0) {
      throw new IllegalStateException("length must be >= 0");
    }
  }

  class Builder extends ImmutableSource.Builder {}
}
