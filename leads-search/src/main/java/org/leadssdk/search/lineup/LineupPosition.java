package org.leadssdk.search.lineup;

import java.net.URI;
import org.leadssdk.core.Photo;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * One position of a line-up: its number as the witness sees it and the photo shown there, by reference and
 * hash. It says nothing of who is shown or whether that person is the subject (that is in the
 * {@link LineupKey}). Immutable.
 *
 * @param number the position, from 1
 * @param photo the photo's reference in the host's photo store (absolute)
 * @param sha256 the SHA-256 of the photo's bytes, 64 lower-case hex digits
 */
public record LineupPosition(int number, URI photo, String sha256) {
  /**
   * Validates the position.
   *
   * @throws IllegalArgumentException if the number is below 1, the URI relative or the hash malformed
   */
  public LineupPosition {
    Check.notNull("position.photo", photo);
    Check.notNull("position.sha256", sha256);
    Check.inRange("position.number", number, 1, LineupSpec.MAX_FILLERS + 1);
    Check.argument(photo.isAbsolute(), () -> "position.photo: " + Mask.plain(photo) + " must be absolute");
    Check.argument(sha256.matches("[0-9a-f]{64}"),
        () -> "position.sha256: " + Mask.plain(sha256) + " must be 64 lower-case hexadecimal digits");
  }

  /** The position showing {@code photo}. */
  static LineupPosition of(int number, Photo photo) {
    return new LineupPosition(number, photo.uri(), photo.sha256());
  }
}
