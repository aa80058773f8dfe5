/**
 * The audit trail: {@link org.leadssdk.policy.audit.AuditEvent}s appended hash-chained by an
 * {@link org.leadssdk.policy.audit.AuditTrail} to an {@link org.leadssdk.policy.audit.AuditSink} (by
 * default the JSON-lines {@link org.leadssdk.policy.audit.FileAuditStore}), and
 * {@link org.leadssdk.policy.audit.AuditTrail#verify()} to find edited, removed, reordered, inserted or
 * truncated events.
 */
@org.jspecify.annotations.NullMarked
package org.leadssdk.policy.audit;
