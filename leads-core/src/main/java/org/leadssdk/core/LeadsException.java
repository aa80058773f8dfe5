package org.leadssdk.core;

/**
 * The base of the exceptions thrown when an SDK operation cannot be done. Each subtype carries its facts
 * as accessors so that a host can act on them without parsing the message. Unchecked.
 */
public abstract class LeadsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  protected LeadsException(String message) {
    super(message);
  }

  /** Creates the exception with its message and cause. */
  protected LeadsException(String message, Throwable cause) {
    super(message, cause);
  }
}
