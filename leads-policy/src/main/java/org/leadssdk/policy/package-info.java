/**
 * Access decisions, retention and redaction for the LEADS SDK.
 *
 * <ul>
 *   <li>{@link org.leadssdk.policy.LeadsAccessPolicy}: may this user of this agency search, view, export
 *       or build a line-up (Parole LEADS 2.0 overview, access section)?
 *   <li>{@link org.leadssdk.policy.AlprPolicy}: may this CDCR staff member query ALPR data for this
 *       purpose (DOM 53060.7)?
 *   <li>{@link org.leadssdk.policy.Retention}: may a record be shown at an instant (overview, status
 *       list)?
 *   <li>{@link org.leadssdk.policy.Redactor}: which fields a role may see.
 * </ul>
 *
 * <p>Every {@link org.leadssdk.policy.Decision} is {@code PERMIT} or {@code DENY} with all of its
 * {@link org.leadssdk.policy.Reason}s, each citing the {@link org.leadssdk.policy.Rule} it comes from.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.policy;
