package org.leadssdk.policy;

/** The outcome of an access decision. */
public enum Outcome {
  /** The request may proceed. */
  PERMIT,
  /** The request must not proceed. */
  DENY
}
