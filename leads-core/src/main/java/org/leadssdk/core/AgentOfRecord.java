package org.leadssdk.core;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * The parole agent of record. Immutable.
 *
 * @param name the agent's name as displayed, e.g. {@code J. RIVERA}; at most 60 characters
 * @param phone the agent's phone; {@code null} when not recorded
 */
public record AgentOfRecord(String name, @Nullable PhoneNumber phone) {
  /**
   * Validates the agent.
   *
   * @throws IllegalArgumentException if the name is blank or too long
   */
  public AgentOfRecord {
    name = Check.text("agent.name", name, 60);
  }
}
