/**
 * The immutable value types of a parsed court order: {@link org.courtorders.core.CourtOrder} and
 * its parts, each extracted item tied to a {@link org.courtorders.core.TextSpan} of the original
 * input, plus the Rule 6 time calculator that deadlines explain themselves with.
 */
@OrderStyle
package org.courtorders.core;
