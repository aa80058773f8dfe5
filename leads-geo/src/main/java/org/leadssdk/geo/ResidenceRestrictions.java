package org.leadssdk.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.internal.Check;

/**
 * Checks a residence against the residence restrictions, each citing its rule:
 *
 * <ul>
 *   <li>{@link ResidenceRule#DOM_81010_2_E DOM 81010.2(e)}: for a commitment offense listed in
 *       (e)(1)(A)-(K), no residence within 35 miles of a victim's or witness's current residence. The code
 *       sections of (A)-(H) and (K) are recognised here: murder PC 187 and voluntary manslaughter PC 192(a)
 *       (A), mayhem PC 203 (B), rape PC 261(a)(1)-(4), 261(a)(6), 262(a)(1), 262(a)(4) (C), sodomy PC
 *       286(c), (d), (f), (g), (i) (D), lewd or lascivious act PC 288(a), (b) (E), oral copulation PC
 *       287(c)(1), (d)(1), (f), (g), (i) (F), continuous sexual abuse of a child PC 288.5 (G), sexual
 *       penetration PC 289(a), (b), (d), (e), (i) (H) and stalking PC 646.9 (K); a more specific section
 *       matches (PC 286(c)(2) is PC 286(c)). Items (I), a felony punishable by death or life, and (J), a
 *       proven great-bodily-injury enhancement, cannot be read from a code section: the host states them
 *       as {@link CommitmentFinding}s.
 *   <li>{@link ResidenceRule#PC_3003_5_B PC 3003.5(b)}: a PC 290 registrant may not reside within 2,000
 *       feet of a public or private school or a park where children regularly gather.
 * </ul>
 *
 * <p>A residence exactly at the limit counts as within it. Distances are great-circle
 * ({@link GreatCircle}). Stateless and thread-safe.
 *
 * <p><b>Note:</b> DOM 81010.2(e) acts upon the victim's request and the District Administrator's approval;
 * the SDK takes the victim and witness residences in the layer as those of the subject's commitment
 * offense for which that has happened, so the host passes a layer holding only those. Whether PC 3003.5(b)
 * is enforced for a given parolee is decided by the host's policy and case law; the SDK reports the places
 * and distances.
 *
 * <pre>{@code
 * RestrictionReport r = ResidenceRestrictions.check(RestrictionSubject.of(parolee, Set.of()), layer);
 * r.violations().forEach(v -> show(v.rule().citation(), v.place().label(), v.distance().feet()));
 * }</pre>
 */
public final class ResidenceRestrictions {
  private record Listed(String item, String offense, CodeSection section) {}

  private static final List<Listed> LISTED = List.of(
      listed("A", "murder", "PC 187"),
      listed("A", "voluntary manslaughter", "PC 192(a)"),
      listed("B", "mayhem", "PC 203"),
      listed("C", "rape", "PC 261(a)(1)"),
      listed("C", "rape", "PC 261(a)(2)"),
      listed("C", "rape", "PC 261(a)(3)"),
      listed("C", "rape", "PC 261(a)(4)"),
      listed("C", "rape", "PC 261(a)(6)"),
      listed("C", "rape", "PC 262(a)(1)"),
      listed("C", "rape", "PC 262(a)(4)"),
      listed("D", "sodomy", "PC 286(c)"),
      listed("D", "sodomy", "PC 286(d)"),
      listed("D", "sodomy", "PC 286(f)"),
      listed("D", "sodomy", "PC 286(g)"),
      listed("D", "sodomy", "PC 286(i)"),
      listed("E", "lewd or lascivious act", "PC 288(a)"),
      listed("E", "lewd or lascivious act", "PC 288(b)"),
      listed("F", "oral copulation", "PC 287(c)(1)"),
      listed("F", "oral copulation", "PC 287(d)(1)"),
      listed("F", "oral copulation", "PC 287(f)"),
      listed("F", "oral copulation", "PC 287(g)"),
      listed("F", "oral copulation", "PC 287(i)"),
      listed("G", "continuous sexual abuse of a child", "PC 288.5"),
      listed("H", "sexual penetration", "PC 289(a)"),
      listed("H", "sexual penetration", "PC 289(b)"),
      listed("H", "sexual penetration", "PC 289(d)"),
      listed("H", "sexual penetration", "PC 289(e)"),
      listed("H", "sexual penetration", "PC 289(i)"),
      listed("K", "stalking", "PC 646.9"));

  private ResidenceRestrictions() {}

  private static Listed listed(String item, String offense, String section) {
    return new Listed(item, offense, CodeSection.parse(section));
  }

  /**
   * The item of DOM 81010.2(e)(1) that lists the code section, e.g. {@code "DOM 81010.2(e)(1)(C): rape"}
   * for {@code PC 261(a)(2)}; empty if none does.
   */
  public static Optional<String> listedItem(CodeSection section) {
    Check.notNull("section", section);
    return LISTED.stream().filter(l -> covers(l.section(), section)).findFirst()
        .map(l -> "DOM 81010.2(e)(1)(" + l.item() + "): " + l.offense());
  }

  /** Whether {@code offense} is {@code listed} or a subdivision of it. */
  private static boolean covers(CodeSection listed, CodeSection offense) {
    return listed.code().equals(offense.code())
        && (offense.section().equals(listed.section()) || offense.section().startsWith(listed.section() + "("));
  }

  /** Whether {@code offense} lacks the subdivision that decides whether it is listed (e.g. bare PC 261). */
  private static boolean undecided(CodeSection offense) {
    return LISTED.stream().anyMatch(l -> l.section().code().equals(offense.code())
        && l.section().section().startsWith(offense.section() + "("));
  }

  /**
   * Checks the subject's residence against every rule.
   *
   * @return every violation, nearest first, and each rule's outcome with its reason
   */
  public static RestrictionReport check(RestrictionSubject subject, PlaceLayer layer) {
    Check.notNull("subject", subject);
    Check.notNull("layer", layer);
    List<RestrictionViolation> violations = new ArrayList<>();
    List<RuleOutcome> outcomes = new ArrayList<>();
    for (ResidenceRule rule : ResidenceRule.values()) {
      List<String> grounds = switch (rule) {
        case DOM_81010_2_E -> domGrounds(subject);
        case PC_3003_5_B -> subject.registrations().contains(RegistrationStatute.PC_290)
            ? List.of("PC 3003.5(b): registration under PC 290 is required") : List.of();
      };
      if (grounds.isEmpty()) {
        outcomes.add(new RuleOutcome(rule, false, notApplicable(rule, subject), 0));
        continue;
      }
      List<PlaceLayer.Nearby> near = layer.within(subject.residence(), rule.radius(), rule.protectedKinds());
      for (PlaceLayer.Nearby n : near) {
        violations.add(new RestrictionViolation(rule, n.place(), n.distance()));
      }
      String reason = String.join("; ", grounds);
      int protectedCount = rule.protectedKinds().stream().mapToInt(layer::count).sum();
      if (protectedCount == 0) {
        reason += "; the layer holds no " + (rule == ResidenceRule.DOM_81010_2_E
            ? "victim or witness residence (the rule acts upon the victim's request)" : "school or park");
      }
      outcomes.add(new RuleOutcome(rule, true, reason, near.size()));
    }
    violations.sort(Comparator.comparing(RestrictionViolation::distance)
        .thenComparing(v -> v.rule().ordinal())
        .thenComparing(v -> v.place().id()));
    return new RestrictionReport(violations, outcomes);
  }

  private static List<String> domGrounds(RestrictionSubject subject) {
    List<String> grounds = new ArrayList<>();
    for (CodeSection s : subject.offenses()) {
      listedItem(s).ifPresent(item -> grounds.add(item + " (commitment offense " + s + ")"));
    }
    if (subject.findings().contains(CommitmentFinding.FELONY_PUNISHABLE_BY_DEATH_OR_LIFE)) {
      grounds.add("DOM 81010.2(e)(1)(I): felony punishable by death or imprisonment for life (stated by the host)");
    }
    if (subject.findings().contains(CommitmentFinding.GREAT_BODILY_INJURY_ENHANCEMENT)) {
      grounds.add("DOM 81010.2(e)(1)(J): great-bodily-injury enhancement proven (stated by the host)");
    }
    return grounds;
  }

  private static String notApplicable(ResidenceRule rule, RestrictionSubject subject) {
    return switch (rule) {
      case DOM_81010_2_E -> {
        List<String> undecided = subject.offenses().stream().filter(ResidenceRestrictions::undecided)
            .map(CodeSection::toString).toList();
        yield "DOM 81010.2(e) does not apply: no commitment offense is listed in (e)(1)(A)-(H) or (K), and no"
            + " finding for (I) or (J) was given"
            + (undecided.isEmpty() ? "" : "; " + String.join(", ", undecided)
                + " lacks the subdivision that decides whether it is listed");
      }
      case PC_3003_5_B -> "PC 3003.5(b) does not apply: registration under PC 290 is not required";
    };
  }
}
