/**
 * Extractors: small recognizers, each reading the normalized text and the layout and writing what
 * it found into the parse context. Internal: no compatibility promise.
 */
package org.courtorders.parser.internal.extract;
