package org.leadssdk.geo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Address;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * One point on a map for {@link KmlWriter} and {@link GeoJsonWriter}: an id, a name, a position, the
 * parole status that chooses its style, a description and further properties in order. Immutable.
 *
 * <p>Text is kept as given, whatever characters it holds; the writers escape it for their format.
 *
 * @param id the feature's identifier, e.g. a CDC number
 * @param name the label shown on the map
 * @param point the position
 * @param status the status whose style the feature takes; {@code null} for the neutral style
 * @param description free text shown when the feature is opened; {@code null} when none
 * @param properties further properties in the order to write them; the keys {@code id}, {@code name},
 *     {@code status} and {@code description} are reserved for the fields above
 */
public record MapFeature(
    String id,
    String name,
    GeoPoint point,
    @Nullable ParoleStatus status,
    @Nullable String description,
    Map<String, String> properties) {
  private static final Set<String> RESERVED = Set.of("id", "name", "status", "description");

  /**
   * Validates the feature and copies the properties, keeping their order.
   *
   * @throws IllegalArgumentException if a property key is blank or reserved
   */
  public MapFeature {
    Check.notNull("feature.id", id);
    Check.notNull("feature.name", name);
    Check.notNull("feature.point", point);
    Check.notNull("feature.properties", properties);
    Map<String, String> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> {
      Check.notNull("feature.properties key", k);
      Check.notNull("feature.properties[" + k + "]", v);
      if (k.isBlank()) {
        throw new IllegalArgumentException("feature.properties: a key must not be blank");
      }
      if (RESERVED.contains(k)) {
        throw new IllegalArgumentException("feature.properties: key " + Mask.plain(k)
            + " is reserved for the feature's own field; reserved keys: id, name, status, description");
      }
      copy.put(k, v);
    });
    properties = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The feature of a parolee at the geocode of the current residence: id the CDC number, name
   * {@code "LAST, FIRST"}, style and {@code status} by status, and the properties {@code cdcNumber},
   * {@code city} and {@code county} (when known); empty when there is no geocoded current residence.
   *
   * <p><b>Note:</b> the feature carries what the record holds. Apply the host's redaction and visibility
   * policy to the record <em>before</em> calling this: the writers write what they are given.
   */
  public static Optional<MapFeature> fromParolee(Parolee parolee) {
    Check.notNull("parolee", parolee);
    Optional<Address> residence = parolee.currentResidence();
    if (residence.isEmpty() || residence.get().geocode() == null) {
      return Optional.empty();
    }
    Address a = residence.get();
    Geocode g = java.util.Objects.requireNonNull(a.geocode());
    Map<String, String> props = new LinkedHashMap<>();
    props.put("cdcNumber", parolee.cdcNumber().value());
    props.put("city", a.city());
    if (a.county() != null) {
      props.put("county", java.util.Objects.requireNonNull(a.county()).code());
    }
    String name = parolee.name().last() + ", " + parolee.name().first();
    String description = parolee.status().displayName() + " — " + a.city();
    return Optional.of(
        new MapFeature(parolee.cdcNumber().value(), name, g.point(), parolee.status(), description, props));
  }

  /** Masked: names and positions are sensitive. */
  @Override
  public String toString() {
    return "MapFeature[id=" + Mask.partial(id) + ", status=" + (status == null ? "null" : status.code()) + "]";
  }
}
