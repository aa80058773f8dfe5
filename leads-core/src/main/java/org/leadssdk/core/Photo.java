package org.leadssdk.core;

import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Chars;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A reference to a photo held in the host's photo store: its URI and SHA-256, never its bytes.
 * Immutable.
 *
 * @param kind mugshot, SMT or full body
 * @param uri where the host's store keeps it (absolute)
 * @param sha256 the SHA-256 of the image bytes, 64 lower-case hex digits
 * @param taken the date it was taken; {@code null} when unknown
 * @param smt the scar, mark or tattoo it shows; only for {@link PhotoKind#SMT} photos, else {@code null}
 */
public record Photo(PhotoKind kind, URI uri, String sha256, @Nullable LocalDate taken, @Nullable SmtCode smt) {

  /**
   * Validates the reference.
   *
   * @throws IllegalArgumentException if the URI is relative, the hash malformed, or an SMT code is given
   *     for a photo that is not an SMT photo
   */
  public Photo {
    Check.notNull("photo.kind", kind);
    Check.notNull("photo.uri", uri);
    Check.notNull("photo.sha256", sha256);
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("photo.uri: " + Mask.plain(uri) + " must be absolute (have a scheme)");
    }
    if (!(sha256.length() == 64 && Chars.lowerHex(sha256))) {
      throw new IllegalArgumentException(
          "photo.sha256: " + Mask.plain(sha256) + " must be 64 lower-case hexadecimal digits");
    }
    if (smt != null && kind != PhotoKind.SMT) {
      throw new IllegalArgumentException(
          "photo.smt: an SMT code is given for a " + kind.code() + " photo; only SMT photos show an SMT");
    }
  }
}
