/**
 * The parser: {@link org.courtorders.parser.CourtOrderParser} reads the text of a court order into
 * a {@link org.courtorders.core.CourtOrder}, every item tied to a span of the input.
 */
package org.courtorders.parser;
