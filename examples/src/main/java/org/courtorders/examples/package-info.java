/** Runnable examples of the Court Orders API; not deployed. */
package org.courtorders.examples;
