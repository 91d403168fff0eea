/**
 * Finds what an order requires, permits or forbids (directives and their deadlines), the motions it
 * disposes of, the proceedings it schedules and the sanctions it threatens or imposes. Internal: no
 * compatibility promise; classes here may change in any release.
 */
package org.courtorders.parser.internal.obligation;
