package org.leadssdk.search;

import java.io.IOException;
import org.leadssdk.core.LeadsException;

/**
 * The index could not be read or written (disk full, damaged files, the directory locked by another
 * process, the index closed). Wraps the {@link IOException} where there is one.
 */
public final class IndexUnavailableException extends LeadsException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with what was being done and the cause. */
  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with what was being done. */
  public IndexUnavailableException(String message) {
    super(message);
  }
}
