/**
 * The S.D.N.Y. plug-in's implementation: data loaders, the roster and its OCR matcher, the
 * recognizers that read letters and orders, and the checks. No compatibility promise: not exported,
 * and may change in any release.
 */
package org.courtorders.rules.sdny.internal;
