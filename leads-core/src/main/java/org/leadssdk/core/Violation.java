package org.leadssdk.core;

import org.leadssdk.core.internal.Check;

/**
 * One problem of an invalid record: where (a field path such as {@code addresses[1].to}) and what
 * (the rule, with the value masked where it is sensitive). Immutable.
 *
 * @param path the field path; never sensitive
 * @param message the rule broken and the (masked) value
 */
public record Violation(String path, String message) {
  /** Validates that both parts are given. */
  public Violation {
    Check.notNull("path", path);
    Check.notNull("message", message);
  }

  /** As {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
