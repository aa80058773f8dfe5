package org.leadssdk.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.leadssdk.core.internal.Check;

/**
 * Where the next page starts: an opaque token holding the previous page's last sort position. Pages stay
 * stable while the index changes: a record is neither repeated nor skipped because others were added or
 * removed (a record whose own sort value changes may move). Immutable.
 *
 * @param token the opaque token, as {@link #token()} gave it
 */
public record PageCursor(String token) {
  /**
   * Validates the token's form.
   *
   * @throws IllegalArgumentException if the token is not one this SDK made
   */
  public PageCursor {
    Check.notNull("token", token);
    decodeParts(token);
  }

  /** Same as the constructor. */
  public static PageCursor parse(String token) {
    return new PageCursor(token);
  }

  static PageCursor of(SortOrder order, String value, String cdc) {
    String raw = "v1\u001f" + order.name() + "\u001f" + value + "\u001f" + cdc;
    return new PageCursor(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
  }

  /** The parts: order, value, cdc. */
  String[] parts() {
    return decodeParts(token);
  }

  private static String[] decodeParts(String token) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor: not a page cursor of the LEADS SDK (bad encoding)", e);
    }
    String[] parts = raw.split("\u001f", -1);
    if (parts.length != 4 || !parts[0].equals("v1")) {
      throw new IllegalArgumentException("cursor: not a page cursor of the LEADS SDK (bad form)");
    }
    try {
      SortOrder.valueOf(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor: not a page cursor of the LEADS SDK (unknown order)", e);
    }
    return new String[] {parts[1], parts[2], parts[3]};
  }
}
