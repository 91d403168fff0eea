package org.courtorders.core;

/**
 * The body of rules a rule citation belongs to.
 *
 * @since 0.1.0
 */
public enum RuleSet {
  FRCP,
  FRCRP,
  FRE,
  FRAP,
  LOCAL_CIVIL,
  LOCAL_CRIMINAL,
  INDIVIDUAL_PRACTICES,
  STATUTE,
  OTHER;
}
