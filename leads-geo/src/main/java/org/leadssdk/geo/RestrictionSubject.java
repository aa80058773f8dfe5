package org.leadssdk.geo;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.leadssdk.core.Address;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.Offense;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.internal.Check;

/**
 * Whom and which residence {@link ResidenceRestrictions} checks: the commitment offenses, the registration
 * requirements, the findings the code sections cannot show, and the residence (current or proposed).
 * Immutable.
 *
 * @param offenses the code sections of the commitment offenses
 * @param registrations the registration requirements that apply
 * @param findings facts the host establishes for DOM 81010.2(e)(1)(I) and (J)
 * @param residence the residence to check
 */
public record RestrictionSubject(
    List<CodeSection> offenses,
    Set<RegistrationStatute> registrations,
    Set<CommitmentFinding> findings,
    GeoPoint residence) {
  /** Validates and copies the parts. */
  public RestrictionSubject {
    offenses = Check.copy("subject.offenses", offenses);
    registrations = Set.copyOf(Check.copy("subject.registrations", registrations));
    findings = Set.copyOf(Check.copy("subject.findings", findings));
    Check.notNull("subject.residence", residence);
  }

  /**
   * The parolee at the geocode of the current residence.
   *
   * @param findings facts for DOM 81010.2(e)(1)(I) and (J); empty when none was established
   * @throws IllegalArgumentException if the parolee has no current residence with a geocode
   */
  public static RestrictionSubject of(Parolee parolee, Collection<CommitmentFinding> findings) {
    Check.notNull("parolee", parolee);
    Address residence = parolee.currentResidence().orElseThrow(() -> new IllegalArgumentException(
        "parolee.addresses: no current residence to check; give a proposed residence instead"));
    Geocode g = residence.geocode();
    if (g == null) {
      throw new IllegalArgumentException(
          "parolee.addresses[current residence].geocode: missing; geocode the residence first");
    }
    return of(parolee, g.point(), findings);
  }

  /** The parolee at another (e.g. a proposed) residence. */
  public static RestrictionSubject of(Parolee parolee, GeoPoint residence, Collection<CommitmentFinding> findings) {
    Check.notNull("parolee", parolee);
    Check.notNull("findings", findings);
    Set<CommitmentFinding> f = findings.isEmpty() ? Set.of() : EnumSet.copyOf(findings);
    return new RestrictionSubject(
        parolee.offenses().stream().map(Offense::codeSection).toList(), parolee.registrations(), f, residence);
  }

  /** Masks the residence: locations are sensitive. */
  @Override
  public String toString() {
    return "RestrictionSubject[offenses=" + offenses + ", registrations=" + registrations + ", findings="
        + findings + ", residence=***]";
  }
}
