package org.leadssdk.search.saved;

import org.leadssdk.core.LeadsException;
import org.leadssdk.core.internal.Check;

/**
 * A saved search was changed or deleted by someone else since the caller read it (optimistic
 * concurrency): the version the caller expected is not the stored one. The caller reads the saved search
 * again and decides what to do.
 */
public final class SavedSearchConflictException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final String savedSearchId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param savedSearchId the saved search
   * @param expectedVersion the version the caller read ({@code 0}: the caller expected none to exist)
   * @param actualVersion the stored version ({@code 0}: none is stored)
   */
  public SavedSearchConflictException(String savedSearchId, long expectedVersion, long actualVersion) {
    super("savedSearch " + Check.notNull("savedSearchId", savedSearchId) + ": expected version " + expectedVersion
        + " but the store holds " + (actualVersion == 0 ? "none" : "version " + actualVersion)
        + "; it was changed since it was read: read it again");
    this.savedSearchId = savedSearchId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The saved search's id. */
  public String savedSearchId() {
    return savedSearchId;
  }

  /** The version the caller expected ({@code 0}: none). */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The stored version ({@code 0}: none). */
  public long actualVersion() {
    return actualVersion;
  }
}
