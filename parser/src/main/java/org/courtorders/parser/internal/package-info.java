/**
 * The parser's internals, in the order the data flows (see docs/ARCHITECTURE.md): {@code text}
 * (normalized text and its map to the input) → {@code segment} (layout) → {@code date} (mentions) →
 * {@code document} (everything above, built once) → {@code read} (the reader contract and the facts
 * passed between readers) → the readers ({@code extract}, {@code cite}, {@code obligation}) →
 * {@code assemble} (spans mapped once, the order built) → {@code pipeline}. This package holds only
 * small utilities every layer may use ({@link org.courtorders.parser.internal.CueMatcher}, {@link
 * org.courtorders.parser.internal.FoldedKeys}, {@link org.courtorders.parser.internal.DataFiles}).
 * Internal: no compatibility promise; anything here may change in any release.
 */
package org.courtorders.parser.internal;
