/**
 * Domain calculations kept with the parolee record, each citing the section of the CDCR Department
 * Operations Manual (DOM) it implements:
 *
 * <ul>
 *   <li>{@link org.leadssdk.core.rules.ParolePeriod}: the controlling discharge date and continuous-parole
 *       credit from the release date, the term, revocations and suspensions (DOM 81010.9);
 *   <li>{@link org.leadssdk.core.rules.LastLegalResidence}: the county (and city) of last legal residence
 *       from the documents of the current commitment (DOM 81010.2.1).
 * </ul>
 *
 * <p>Every result carries its {@link org.leadssdk.core.rules.Reason}s, so that a host can show its user why.
 * The calculations are pure functions of their arguments: they read no clock and hold no state.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.core.rules;
