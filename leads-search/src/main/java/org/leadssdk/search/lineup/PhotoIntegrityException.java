package org.leadssdk.search.lineup;

import java.net.URI;
import org.leadssdk.core.LeadsException;

/**
 * The photo store returned bytes whose SHA-256 is not the one the line-up recorded: the photo was changed
 * or swapped after the line-up was built, so the package is not written.
 */
public final class PhotoIntegrityException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final int position;
  private final String expected;
  private final String actual;

  /**
   * An exception for the photo at {@code position}.
   *
   * @param position the line-up position, from 1
   * @param reference the photo's reference (not shown in the message: it may hold a CDC number)
   * @param expected the SHA-256 the line-up recorded
   * @param actual the SHA-256 of the bytes the store returned
   */
  public PhotoIntegrityException(int position, URI reference, String expected, String actual) {
    super("positions[" + position + "].sha256: the photo store returned bytes with SHA-256 " + actual
        + ", the line-up recorded " + expected + "; the photo changed after the line-up was built ("
        + reference.getScheme() + " reference)");
    this.position = position;
    this.expected = expected;
    this.actual = actual;
  }

  /** The position, from 1. */
  public int position() {
    return position;
  }

  /** The SHA-256 the line-up recorded. */
  public String expected() {
    return expected;
  }

  /** The SHA-256 of the bytes the store returned. */
  public String actual() {
    return actual;
  }
}
