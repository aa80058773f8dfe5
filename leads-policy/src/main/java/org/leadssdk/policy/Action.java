package org.leadssdk.policy;

import org.jspecify.annotations.Nullable;

/**
 * What a user asks to do. Each LEADS function needs a {@link Role}; ALPR actions are decided by
 * {@link AlprPolicy} under DOM 53060.7 instead.
 */
public enum Action {
  /** Search records. */
  SEARCH(Role.LEADS_USER),
  /** View one record. */
  VIEW(Role.LEADS_USER),
  /** Download a data set ("Data Download"). */
  EXPORT(Role.DATA_DOWNLOAD),
  /** Build, save or send a photo line-up. */
  LINEUP(Role.PHOTO_LINEUP),
  /** Save a search ("Save Search"). */
  SAVED_SEARCH(Role.LEADS_USER),
  /** Deliver the alerts of a saved search. */
  SAVED_SEARCH_ALERT(Role.LEADS_USER),
  /** Query ALPR data (DOM 53060.7). */
  ALPR_QUERY(null),
  /** Report an invalid ALPR match to the Division Administrator (DOM 53060.7). */
  ALPR_INVALID_MATCH_REPORT(null);

  private final @Nullable Role requiredRole;

  Action(@Nullable Role requiredRole) {
    this.requiredRole = requiredRole;
  }

  /** The role the LEADS function needs; {@code null} for the ALPR actions, which {@link AlprPolicy} decides. */
  public @Nullable Role requiredRole() {
    return requiredRole;
  }

  /** Whether the action is an ALPR action. */
  public boolean isAlpr() {
    return requiredRole == null;
  }
}
