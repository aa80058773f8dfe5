package org.leadssdk.search;

import org.leadssdk.core.internal.Check;

/**
 * How far a feed has been applied and committed: the feed's name and the position (for an NDJSON feed,
 * the number of lines consumed). Committed together with the data, so that after a crash the host
 * resumes the feed exactly after it. Immutable.
 *
 * @param feed the feed's name, e.g. {@code "dapo-full-2026-11-23"}; 1-200 characters
 * @param position the position reached, {@code >= 0}
 */
public record Checkpoint(String feed, long position) {
  /**
   * Validates the checkpoint.
   *
   * @throws IllegalArgumentException if the name is blank or too long or the position negative
   */
  public Checkpoint {
    feed = Check.text("feed", feed, 200);
    Check.inRange("position", position, 0, Long.MAX_VALUE);
  }
}
