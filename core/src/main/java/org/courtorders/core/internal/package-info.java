/**
 * Implementation details of the core module. No compatibility promise: anything here may change in
 * any release.
 */
package org.courtorders.core.internal;
