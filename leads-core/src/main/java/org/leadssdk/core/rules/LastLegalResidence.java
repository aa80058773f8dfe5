package org.leadssdk.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.County;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.core.rules.StatedResidence.BusinessNameOnly;
import org.leadssdk.core.rules.StatedResidence.Intersection;
import org.leadssdk.core.rules.StatedResidence.PoBox;
import org.leadssdk.core.rules.StatedResidence.StreetAddress;
import org.leadssdk.core.rules.StatedResidence.Transient;

/**
 * Determines the county (and city) of last legal residence under DOM 81010.2.1 from the documents of the
 * current commitment. Stateless and thread-safe.
 *
 * <pre>{@code
 * LastLegalResidence.Determination d = LastLegalResidence.determine(List.of(
 *         new ResidenceEvidence(EvidenceSource.PROBATION_OFFICER_REPORT,
 *             new StatedResidence.Intersection("MAIN ST & 5TH ST")),
 *         new ResidenceEvidence(EvidenceSource.ARREST_REPORT,
 *             new StatedResidence.StreetAddress("1200", "K ST", "SACRAMENTO", County.SACRAMENTO))),
 *     County.FRESNO);
 * d.county();    // SACRAMENTO: the POR's intersection does not count, the arrest report's address does
 * d.reasons();   // each step, citing DOM 81010.2.1(a)(1), (c), (a)(3)
 * }</pre>
 *
 * <p>The rules, in the order applied:
 *
 * <ol>
 *   <li>The documents are taken in the priority of DOM 81010.2.1(a)(1)-(3): the Probation Officer's Report,
 *       then the sentencing transcript, then the arrest report. At most one of each is given.
 *   <li>The first document that records a qualifying residence decides: a complete street address (route
 *       or street number, street name and city, DOM 81010.2.1(c)), or a PO box where the parole unit
 *       responsible for the rural area confirms that only PO boxes are used there. Incomplete addresses,
 *       intersections and business names alone do not count; the next document is consulted.
 *   <li>If the first document that says anything usable records the offender as transient or homeless,
 *       the county of commitment decides (DOM 81010.2.1(b)). <b>Interpretation:</b> (b) speaks of the POR,
 *       sentencing transcript and arrest report together; this class reads it in the priority order of (a),
 *       so a transient entry on a higher-priority document is that document's answer and lower-priority
 *       documents are not consulted. A transient entry below a qualifying address does not matter.
 *   <li>If no document qualifies, the county of commitment decides (DOM 81010.2.1(a)(4)): the county in
 *       which the crime was committed (DOM 81010.3(c)).
 * </ol>
 *
 * <p>Offenses that occur in custody (in a State prison, a local jail or a Department of State Hospitals
 * facility) are not considered in determining the last legal residence (DOM 81010.2(c)). This class cannot
 * see offenses: the caller supplies only the documents of the current commitment, and the county of
 * commitment of the most recent commitment offense committed outside custody.
 *
 * <p>Exception criteria for paroling to another county (DOM 81010.2(d)) are a later decision and out of scope.
 */
public final class LastLegalResidence {
  private static final String SECTION_B = "DOM 81010.2.1(b)";
  private static final String SECTION_C = "DOM 81010.2.1(c)";
  private static final String SECTION_A4 = "DOM 81010.2.1(a)(4)";

  private LastLegalResidence() {}

  /**
   * Determines the county of last legal residence.
   *
   * @param evidence what the documents of the current commitment record, in any order, at most one per
   *     {@link EvidenceSource}; may be empty; error messages name each by its index ({@code evidence[1]})
   * @param countyOfCommitment the county in which the crime of the current commitment was committed
   *     (DOM 81010.3(c))
   * @return the county, the document that decided (if any), and every reason
   * @throws IllegalArgumentException if two items have the same source, or the deciding address has no
   *     county (resolve the city's county first, for example with leads-geo's gazetteer)
   * @throws NullPointerException if an argument or an item is null
   */
  public static Determination determine(Collection<ResidenceEvidence> evidence, County countyOfCommitment) {
    List<ResidenceEvidence> given = Check.copy("evidence", evidence);
    Check.notNull("countyOfCommitment", countyOfCommitment);
    Map<EvidenceSource, Integer> index = new EnumMap<>(EvidenceSource.class);
    for (int i = 0; i < given.size(); i++) {
      Integer before = index.putIfAbsent(given.get(i).source(), i);
      if (before != null) {
        throw new IllegalArgumentException("evidence[" + i + "]: a second " + given.get(i).source().code()
            + " (also evidence[" + before + "]); give the one document of each kind for the current commitment");
      }
    }

    List<Reason> reasons = new ArrayList<>();
    for (EvidenceSource source : EvidenceSource.values()) {
      Integer i = index.get(source);
      if (i == null) {
        reasons.add(new Reason(source.section(),
            "no " + source.displayName() + " of the current commitment was supplied"));
        continue;
      }
      String doc = "the " + source.displayName();
      String path = "evidence[" + i + "].residence";
      switch (given.get(i).residence()) {
        case StreetAddress a -> {
          if (a.isComplete()) {
            County county = requireCounty(path, a.county());
            reasons.add(new Reason(SECTION_C, doc + " records a complete street address (number, street name and"
                + " city) in " + county.displayName()));
            reasons.add(new Reason(source.section(), doc + " is the highest-priority document with a qualifying"
                + " address; it decides the county of last legal residence: " + county.displayName()));
            return new Determination(county, a.city(), source, Basis.RESIDENCE, reasons);
          }
          reasons.add(new Reason(SECTION_C, doc + " records an incomplete address (missing " + missing(a)
              + "); incomplete addresses are not considered"));
        }
        case PoBox p -> {
          if (p.onlyPoBoxesConfirmedBy() == null) {
            reasons.add(new Reason(SECTION_C, doc + " records a post office box and no parole unit has confirmed"
                + " that only post office boxes are used in that rural area; not considered"));
          } else if (p.city() == null) {
            reasons.add(new Reason(SECTION_C, doc + " records a post office box without a city; incomplete"
                + " addresses are not considered"));
          } else {
            County county = requireCounty(path, p.county());
            reasons.add(new Reason(SECTION_C, doc + " records a post office box; parole unit "
                + p.onlyPoBoxesConfirmedBy().code() + " confirms that only post office boxes are used in that"
                + " rural area, in " + county.displayName()));
            reasons.add(new Reason(source.section(), doc + " is the highest-priority document with a qualifying"
                + " address; it decides the county of last legal residence: " + county.displayName()));
            return new Determination(county, p.city(), source, Basis.RESIDENCE, reasons);
          }
        }
        case Intersection x -> reasons.add(new Reason(SECTION_C, doc
            + " refers to a street intersection in lieu of a complete address; not considered"));
        case BusinessNameOnly b -> reasons.add(new Reason(SECTION_C, doc
            + " lists the address only by the name of a business; not considered"));
        case Transient t -> {
          reasons.add(new Reason(SECTION_B, doc + " records the offender as transient or homeless; the county of"
              + " commitment decides: " + countyOfCommitment.displayName()));
          return new Determination(countyOfCommitment, null, source, Basis.TRANSIENT, reasons);
        }
      }
    }
    reasons.add(new Reason(SECTION_A4, "no document of the current commitment records a qualifying address; the"
        + " county of commitment (the county in which the crime was committed, DOM 81010.3(c)) decides: "
        + countyOfCommitment.displayName()));
    return new Determination(countyOfCommitment, null, null, Basis.COUNTY_OF_COMMITMENT, reasons);
  }

  private static County requireCounty(String path, @Nullable County county) {
    if (county == null) {
      throw new IllegalArgumentException(path + ".county: missing for the deciding address; resolve the county"
          + " of the city first (DOM 81010.2.1 determines a county)");
    }
    return county;
  }

  private static String missing(StreetAddress a) {
    List<String> parts = new ArrayList<>(3);
    if (a.number() == null) {
      parts.add("route or street number");
    }
    if (a.streetName() == null) {
      parts.add("street name");
    }
    if (a.city() == null) {
      parts.add("city");
    }
    return String.join(", ", parts);
  }

  /** What decided the county. */
  public enum Basis {
    /** A document's qualifying address, DOM 81010.2.1(a)(1)-(3) and (c). */
    RESIDENCE,
    /** A document records the offender as transient or homeless: the county of commitment, DOM 81010.2.1(b). */
    TRANSIENT,
    /** No document qualifies: the county of commitment, DOM 81010.2.1(a)(4). */
    COUNTY_OF_COMMITMENT
  }

  /**
   * The county of last legal residence and why. Immutable.
   *
   * @param county the county of last legal residence
   * @param city the city of the deciding address (the city of last legal residence, which matters for sex
   *     offenders under DOM 81010.2(b)); {@code null} unless {@code basis} is {@link Basis#RESIDENCE}
   * @param source the document that decided; {@code null} when {@code basis} is
   *     {@link Basis#COUNTY_OF_COMMITMENT}
   * @param basis what decided
   * @param reasons every step, each citing its section of DOM 81010.2.1
   */
  public record Determination(
      County county, @Nullable String city, @Nullable EvidenceSource source, Basis basis, List<Reason> reasons) {
    /**
     * Validates that the parts agree with the basis.
     *
     * @throws IllegalArgumentException if a city is given without a residence basis, or the source is given
     *     or missing against the basis
     * @throws NullPointerException if the county, the basis, the reasons or a reason is null
     */
    public Determination {
      Check.notNull("county", county);
      Check.notNull("basis", basis);
      reasons = Check.copy("reasons", reasons);
      city = Check.optionalText("city", city, 40);
      String givenCity = city;
      Check.argument(givenCity == null || basis == Basis.RESIDENCE,
          () -> "city: " + Mask.partial(givenCity) + " given for basis " + basis + "; only a residence has a city");
      Check.argument((source == null) == (basis == Basis.COUNTY_OF_COMMITMENT),
          () -> "source: " + source + " given or missing against basis " + basis
              + "; only the county of commitment has no deciding document");
    }

    /** The county, source and basis; the city is left out (locations are sensitive). */
    @Override
    public String toString() {
      return "Determination[county=" + county.code() + ", source=" + (source == null ? null : source.code())
          + ", basis=" + basis + "]";
    }
  }
}
