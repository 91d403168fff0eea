/**
 * The citation layer: finds docket, rule, order, transcript and case citations in normalized text
 * and resolves short forms and "Id." to what they refer to. Internal: no compatibility promise.
 */
package org.courtorders.parser.internal.cite;
