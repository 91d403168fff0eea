package org.courtorders.core;

/**
 * Who a directive or deadline binds, resolved against the caption. Counsel acting for a side count
 * as that side; {@code COUNSEL} is for lawyers addressed personally.
 *
 * @since 0.1.0
 */
public enum Actor {
  PLAINTIFFS,
  DEFENDANTS,
  PARTIES,
  COURT,
  COUNSEL,
  OTHER;
}
