package org.courtorders.core;

/**
 * How a court disposed of a motion, request, application, petition or objection. {@code MOOT}
 * covers "denied as moot".
 *
 * @since 0.1.0
 */
public enum Disposition {
  GRANTED,
  DENIED,
  GRANTED_IN_PART,
  MOOT,
  WITHDRAWN,
  ADOPTED,
  OVERRULED,
  SUSTAINED,
  OTHER;
}
