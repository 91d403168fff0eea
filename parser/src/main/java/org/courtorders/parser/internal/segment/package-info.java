/**
 * The segmenter: lines, the header (caption) region, sentences, signature blocks, memo endorsements
 * and a letter's parts, all as normalized offsets. Internal: no compatibility promise.
 */
package org.courtorders.parser.internal.segment;
