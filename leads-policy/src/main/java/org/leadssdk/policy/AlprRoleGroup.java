package org.leadssdk.policy;

/**
 * The job role of a CDCR staff member as DOM 53060.7 names the staff designated to access ALPR.
 * Whether a group is enough on its own is decided by {@link AlprPolicy}: Parole Agents and Parole
 * Service Associates need a Community Compliance Unit assignment, other DAPO staff a recorded Deputy
 * Director approval, and {@link #OTHER} is never designated.
 */
public enum AlprRoleGroup {
  /** Special Agent series: designated. */
  SPECIAL_AGENT,
  /** Parole Agent series: designated when assigned to the Community Compliance Unit. */
  PAROLE_AGENT,
  /** Parole Service Associate: designated when assigned to the Community Compliance Unit. */
  PAROLE_SERVICE_ASSOCIATE,
  /** Other DAPO staff: designated only with the approval of the Deputy Director. */
  OTHER_DAPO,
  /** Intelligence Analysts: designated. */
  INTELLIGENCE_ANALYST,
  /** Investigative Services Unit Lieutenants: designated. */
  ISU_LIEUTENANT,
  /** Anyone else: never designated. */
  OTHER
}
