package org.courtorders.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an order came from: a name the caller chose (the file name in a batch), the SHA-256 of
 * the text, its length in UTF-16 units, and the order's own docket entry number where a
 * PACER stamp gives it ("Document 565").
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
@JsonPropertyOrder({"name", "sha256", "length", "documentNumber", "pageCount"})
public interface Source {
  Optional<String> name();

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
