package org.leadssdk.search.saved;

import org.leadssdk.core.LeadsException;

/** A saved-search store cannot be read or written (a file system failure, a damaged file). */
public final class SavedSearchStoreException extends LeadsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message and cause. */
  public SavedSearchStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
