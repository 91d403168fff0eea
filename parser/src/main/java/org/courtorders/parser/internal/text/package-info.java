/**
 * The text layer: undoes what PDF-to-text conversion leaves behind while keeping a map from every
 * normalized character back to the original input. Internal: no compatibility promise.
 */
package org.courtorders.parser.internal.text;
