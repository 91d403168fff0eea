/**
 * The court plug-in contract: a {@link org.courtorders.parser.spi.CourtRules} gives one court's
 * judges, phrases, holiday calendar and compliance checks ({@link
 * org.courtorders.parser.spi.ComplianceReport}). Register one with {@code
 * CourtOrderParser.builder().addRules(..)}, or opt into {@code ServiceLoader} discovery.
 */
package org.courtorders.parser.spi;
