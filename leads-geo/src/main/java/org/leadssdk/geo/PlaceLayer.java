package org.leadssdk.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The protected places a host supplies (victims' and witnesses' residences, schools, parks), indexed
 * once for fast radius queries. Immutable and thread-safe; build once, query from many threads.
 *
 * <p>One JTS {@code STRtree} per {@link ProtectedPlace.Kind}: a query takes the latitude/longitude box of
 * the radius ({@link GreatCircle#boundingBox}), then keeps the places whose great-circle distance is
 * within the radius, so the result is exactly the places a scan of every place would find.
 *
 * <pre>{@code
 * PlaceLayer schools = PlaceLayer.of(hostSchoolsAndParks);
 * List<PlaceLayer.Nearby> near = schools.within(home, Distance.ofFeet(2000), EnumSet.of(Kind.SCHOOL));
 * }</pre>
 */
public final class PlaceLayer {
  private final Map<ProtectedPlace.Kind, STRtree> trees;
  private final Map<ProtectedPlace.Kind, Integer> counts;
  private final int size;

  /**
   * A protected place and its great-circle distance from the query point. Immutable.
   *
   * @param place the place
   * @param distance its distance
   */
  public record Nearby(ProtectedPlace place, Distance distance) {
    /** Validates that both parts are given. */
    public Nearby {
      Check.notNull("nearby.place", place);
      Check.notNull("nearby.distance", distance);
    }
  }

  private PlaceLayer(Map<ProtectedPlace.Kind, STRtree> trees, Map<ProtectedPlace.Kind, Integer> counts, int size) {
    this.trees = trees;
    this.counts = counts;
    this.size = size;
  }

  /**
   * Indexes the places.
   *
   * @throws NullPointerException if the collection or a place is null
   */
  public static PlaceLayer of(Collection<ProtectedPlace> places) {
    List<ProtectedPlace> copy = Check.copy("places", places);
    Map<ProtectedPlace.Kind, STRtree> trees = new EnumMap<>(ProtectedPlace.Kind.class);
    Map<ProtectedPlace.Kind, Integer> counts = new EnumMap<>(ProtectedPlace.Kind.class);
    for (ProtectedPlace p : copy) {
      trees.computeIfAbsent(p.kind(), k -> new STRtree())
          .insert(new Envelope(p.point().longitude(), p.point().longitude(), p.point().latitude(),
              p.point().latitude()), p);
      counts.merge(p.kind(), 1, Integer::sum);
    }
    trees.values().forEach(STRtree::build); // built now: queries then only read
    return new PlaceLayer(trees, counts, copy.size());
  }

  /** The number of places. */
  public int size() {
    return size;
  }

  /** The number of places of a kind. */
  public int count(ProtectedPlace.Kind kind) {
    Check.notNull("kind", kind);
    return counts.getOrDefault(kind, 0);
  }

  /**
   * The places of the given kinds within {@code radius} of {@code center} (boundary included), nearest
   * first; ties by id.
   */
  public List<Nearby> within(GeoPoint center, Distance radius, Set<ProtectedPlace.Kind> kinds) {
    Check.notNull("center", center);
    Check.notNull("radius", radius);
    Check.notNull("kinds", kinds);
    BoundingBox box = GreatCircle.boundingBox(center, radius);
    Envelope env = new Envelope(box.west(), box.east(), box.south(), box.north());
    double lat = center.latitude();
    double lon = center.longitude();
    double limit = radius.meters();
    List<Nearby> found = new ArrayList<>();
    for (ProtectedPlace.Kind kind : kinds) {
      STRtree tree = trees.get(kind);
      if (tree == null) {
        continue;
      }
      tree.query(env, item -> {
        ProtectedPlace p = (ProtectedPlace) item;
        double m = GreatCircle.meters(lat, lon, p.point().latitude(), p.point().longitude());
        if (m <= limit) {
          found.add(new Nearby(p, Distance.ofMeters(m)));
        }
      });
    }
    found.sort(Comparator.comparing(Nearby::distance).thenComparing(n -> n.place().id()));
    return List.copyOf(found);
  }
}
