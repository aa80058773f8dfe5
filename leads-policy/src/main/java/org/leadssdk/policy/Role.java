package org.leadssdk.policy;

/**
 * A LEADS user's role: the functions of Parole LEADS 2.0 (overview) a user may use, and the sensitive
 * fields a user may see. An account administrator assigns them. Which functions need which role is
 * {@link Action#requiredRole()}; which fields a role sees is a {@link RedactionProfile}.
 */
public enum Role {
  /** Search, view records, save searches and receive their alerts. */
  LEADS_USER,
  /** Build, save and send photo line-ups ("Ability to save Photo-Line-up, and email to other LEA partners"). */
  PHOTO_LINEUP,
  /** Download data sets ("Data Download is also available to counties"). */
  DATA_DOWNLOAD,
  /** See Social Security numbers (hidden by default). */
  SSN_ACCESS,
  /** See driver licence numbers (hidden by default). */
  DRIVER_LICENCE_ACCESS,
  /** Administer the agency's accounts (Account Administration Agreement). */
  ACCOUNT_ADMINISTRATOR
}
