package org.courtorders.core;

/**
 * A judge's office. "Chief" and "Senior" are not titles of their own: see {@link Judge#chief()} and
 * {@link Judge#senior()}.
 *
 * @since 0.1.0
 */
public enum JudgeTitle {
  DISTRICT_JUDGE,
  MAGISTRATE_JUDGE,
  BANKRUPTCY_JUDGE,
  CIRCUIT_JUDGE,
  OTHER;
}
