package org.leadssdk.policy.audit;

import org.leadssdk.core.LeadsException;

/**
 * Thrown when an audit event cannot be written (or the audit trail cannot be opened). The policy fails
 * closed: the action the event describes must not be carried out and its data must not be returned.
 */
public final class AuditFailedException extends LeadsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public AuditFailedException(String message) {
    super(message);
  }

  /** Creates the exception with its message and cause (often an {@link java.io.IOException}). */
  public AuditFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
