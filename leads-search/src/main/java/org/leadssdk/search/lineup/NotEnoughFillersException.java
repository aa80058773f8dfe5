package org.leadssdk.search.lineup;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.leadssdk.core.LeadsException;

/**
 * Fewer records fit the bands of a {@link LineupSpec} than the line-up needs fillers. It says how many fit,
 * how many would fit with each band turned off (so the host sees which band is too narrow), and how many
 * more fit but were left out for lacking a front photo or being the subject's possible duplicates.
 */
public final class NotEnoughFillersException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final int required;
  private final long fitting;
  private final transient Map<Band, Long> fittingWithout;
  private final long withoutPhoto;
  private final long possibleDuplicates;

  /**
   * An exception with these counts.
   *
   * @param spec the bands asked for
   * @param fitting how many records fit every band, have a front photo and are not the subject's
   * @param fittingWithout for each band that is on, how many would fit with that band off
   * @param withoutPhoto how many more fit every band but have no front photo
   * @param possibleDuplicates how many more fit every band but may be the subject under another record
   */
  public NotEnoughFillersException(LineupSpec spec, long fitting, Map<Band, Long> fittingWithout, long withoutPhoto,
      long possibleDuplicates) {
    super(message(spec, fitting, fittingWithout, withoutPhoto, possibleDuplicates));
    this.required = spec.fillerCount();
    this.fitting = fitting;
    EnumMap<Band, Long> copy = new EnumMap<>(Band.class);
    copy.putAll(fittingWithout);
    this.fittingWithout = Collections.unmodifiableMap(copy);
    this.withoutPhoto = withoutPhoto;
    this.possibleDuplicates = possibleDuplicates;
  }

  /** How many fillers the line-up needs. */
  public int required() {
    return required;
  }

  /** How many records fit. */
  public long fitting() {
    return fitting;
  }

  /** For each band that is on, how many records would fit with only that band off. */
  public Map<Band, Long> fittingWithout() {
    return fittingWithout;
  }

  /**
   * The band that is too narrow: the one whose removal lets the most records fit (the first in
   * {@link Band} order on a tie); empty when no band is on.
   */
  public Optional<Band> narrowestBand() {
    return narrowest(fittingWithout);
  }

  /** How many more records fit every band but have no front photo. */
  public long withoutPhoto() {
    return withoutPhoto;
  }

  /** How many more records fit every band but may be the subject under another record. */
  public long possibleDuplicates() {
    return possibleDuplicates;
  }

  private static Optional<Band> narrowest(Map<Band, Long> without) {
    Band best = null;
    long most = -1;
    for (Band b : Band.values()) {
      Long n = without.get(b);
      if (n != null && n > most) {
        most = n;
        best = b;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String message(LineupSpec spec, long fitting, Map<Band, Long> without, long withoutPhoto,
      long duplicates) {
    StringBuilder b = new StringBuilder("only ").append(fitting).append(fitting == 1 ? " record fits" : " records fit")
        .append(" the line-up bands (").append(spec.describe()).append("), ").append(spec.fillerCount())
        .append(" fillers needed");
    Optional<Band> band = narrowest(without);
    if (band.isPresent()) {
      b.append("; the narrowest band is ").append(spec.describe(band.get())).append(" (")
          .append(without.get(band.get())).append(" would fit without it)");
      b.append("; fitting with one band off:");
      for (Band x : Band.values()) {
        Long n = without.get(x);
        if (n != null) {
          b.append(' ').append(x).append('=').append(n);
        }
      }
    }
    if (withoutPhoto > 0) {
      b.append("; ").append(withoutPhoto).append(" more fit but have no front photo (mugshot)");
    }
    if (duplicates > 0) {
      b.append("; ").append(duplicates).append(" more fit but may be the subject under another record");
    }
    b.append(band.isPresent() ? "; widen the " + band.get().name().toLowerCase(java.util.Locale.ROOT)
        + " band or ask for fewer fillers" : "; ask for fewer fillers");
    return b.toString();
  }
}
