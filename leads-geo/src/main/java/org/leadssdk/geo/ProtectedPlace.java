package org.leadssdk.geo;

import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A place a residence restriction protects: a victim's or witness's residence (DOM 81010.2(e)), a school
 * or a park (PC 3003.5(b)). The host supplies them in a {@link PlaceLayer}. Immutable.
 *
 * @param id the host's identifier of the place
 * @param kind what the place is
 * @param label a label for people, e.g. a school's name
 * @param point the position
 */
public record ProtectedPlace(String id, Kind kind, String label, GeoPoint point) {
  /** What a protected place is. */
  public enum Kind {
    /** The current residence of a victim of the commitment offense (DOM 81010.2(e)(1)). */
    VICTIM_RESIDENCE,
    /** The current residence of a witness of the commitment offense (DOM 81010.2(e)(1)). */
    WITNESS_RESIDENCE,
    /** A public or private school (PC 3003.5(b)). */
    SCHOOL,
    /** A park where children regularly gather (PC 3003.5(b)). */
    PARK
  }

  /**
   * Validates the place.
   *
   * @throws IllegalArgumentException if the id or label is blank or too long
   */
  public ProtectedPlace {
    id = Check.text("place.id", id, 100);
    Check.notNull("place.kind", kind);
    label = Check.text("place.label", label, 200);
    Check.notNull("place.point", point);
  }

  /** Masked: victims' and witnesses' residences are sensitive. */
  @Override
  public String toString() {
    return "ProtectedPlace[id=" + Mask.partial(id) + ", kind=" + kind + ", label=" + Mask.partial(label)
        + ", point=***]";
  }
}
