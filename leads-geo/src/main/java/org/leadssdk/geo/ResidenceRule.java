package org.leadssdk.geo;

import java.util.Set;

/** A residence restriction the SDK checks, with the section it comes from. */
public enum ResidenceRule {
  /**
   * DOM 81010.2(e)(1): upon the victim's request and with the DAPO District Administrator's approval, a
   * parolee whose commitment offense is one of those listed in (A)-(K) may not reside within 35 miles of
   * the current residence of the victim or a witness of the commitment offense.
   */
  DOM_81010_2_E("DOM 81010.2(e)", Distance.ofMiles(35),
      Set.of(ProtectedPlace.Kind.VICTIM_RESIDENCE, ProtectedPlace.Kind.WITNESS_RESIDENCE)),
  /**
   * PC 3003.5(b): a person required to register under PC 290 may not reside within 2,000 feet of a public
   * or private school, or a park where children regularly gather.
   */
  PC_3003_5_B("PC 3003.5(b)", Distance.ofFeet(2000), Set.of(ProtectedPlace.Kind.SCHOOL, ProtectedPlace.Kind.PARK));

  private final String citation;
  private final Distance radius;
  private final Set<ProtectedPlace.Kind> protectedKinds;

  ResidenceRule(String citation, Distance radius, Set<ProtectedPlace.Kind> protectedKinds) {
    this.citation = citation;
    this.radius = radius;
    this.protectedKinds = protectedKinds;
  }

  /** The section, e.g. {@code "DOM 81010.2(e)"}. */
  public String citation() {
    return citation;
  }

  /** How close a residence may not be: 35 miles, or 2,000 feet. */
  public Distance radius() {
    return radius;
  }

  /** The kinds of places the rule protects. */
  public Set<ProtectedPlace.Kind> protectedKinds() {
    return protectedKinds;
  }
}
