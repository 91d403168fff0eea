/**
 * The parse pipeline: normalize, segment, extract, assemble. Internal: no compatibility
 * promise; anything here may change in any release.
 */
package org.courtorders.parser.internal;
