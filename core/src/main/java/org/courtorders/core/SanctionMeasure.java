package org.courtorders.core;

/**
 * What a sanction consists of.
 *
 * @since 0.1.0
 */
public enum SanctionMeasure {
  UNSPECIFIED,
  MONETARY,
  DISMISSAL,
  DEFAULT_JUDGMENT,
  PRECLUSION,
  ADVERSE_INFERENCE,
  CONTEMPT,
  ADJOURNMENT,
  STRIKING,
  FEE_SHIFTING,
  DISCIPLINARY_REFERRAL,
  REPRIMAND,
  OTHER;
}
