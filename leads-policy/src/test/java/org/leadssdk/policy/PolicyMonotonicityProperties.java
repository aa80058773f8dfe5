package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties: decisions agree with a brute-force oracle of the rules, and adding a restriction
 * (removing a role, an agreement, training, the End User Agreement, the Form 110, ...) never turns a DENY
 * into a PERMIT. Replay one seed with -Dleads.seed=N.
 */
class PolicyMonotonicityProperties {
  private static final Instant NOW = Fixtures.NOW;
  private static final LocalDate TODAY = Fixtures.TODAY;
  private static final String[] PURPOSES = {
      "Stolen vehicle recovery DAPO-2025-000123", "investigation DAPO-2025-000123", "Stolen vehicle recovery",
      "Absconder apprehension Smith DAPO-2025-000123", "Stolen vehicle John Smith DAPO-2025-000123"};

  static LongStream seeds() {
    String one = System.getProperty("leads.seed");
    if (one != null) {
      return LongStream.of(Long.parseLong(one));
    }
    return LongStream.rangeClosed(1, Long.parseLong(System.getProperty("leads.seeds", "50")) * 4);
  }

  private static LocalDate someDate(SplittableRandom r) {
    return r.nextInt(5) == 0 ? null : TODAY.plusDays(r.nextInt(-1200, 20));
  }

  private static User randomUser(SplittableRandom r) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (r.nextInt(4) != 0) {
        roles.add(role);
      }
    }
    AlprProfile alpr = r.nextInt(6) == 0 ? null : new AlprProfile(
        AlprRoleGroup.values()[r.nextInt(AlprRoleGroup.values().length)], r.nextBoolean(), someDate(r), someDate(r),
        r.nextBoolean() ? new DeputyDirectorApproval("Deputy Director (synthetic)", TODAY.plusDays(r.nextInt(-400, 5)))
            : null,
        Fixtures.DAPO);
    return User.builder().id(r.nextInt(8) == 0 ? "unknown1" : "deputy01").agencyOri(Fixtures.ORI).roles(roles)
        .trainingCompleted(someDate(r)).endUserAgreementSigned(someDate(r)).active(r.nextInt(8) != 0)
        .lastActivity(r.nextBoolean() ? null : NOW.minus(Duration.ofHours(r.nextInt(0, 100 * 24))))
        .alpr(alpr).build();
  }

  private static Agency randomAgency(SplittableRandom r) {
    Map<AgreementType, LocalDate> m = new EnumMap<>(AgreementType.class);
    for (AgreementType t : AgreementType.values()) {
      if (r.nextInt(6) != 0) {
        m.put(t, TODAY.plusDays(r.nextInt(-900, 5)));
      }
    }
    return new Agency(Fixtures.ORI, "Synthetic PD", m);
  }

  /** The LEADS rules written out directly. */
  private static boolean leadsOracle(User u, Agency a, Action action, boolean registered) {
    boolean agreements = a.agreements().size() == 3 && a.agreements().values().stream().noneMatch(d -> d.isAfter(TODAY));
    LocalDate t = u.trainingCompleted();
    boolean trained = t != null && !t.isAfter(TODAY) && TODAY.isBefore(t.plusYears(2));
    LocalDate e = u.endUserAgreementSigned();
    boolean eua = e != null && !e.isAfter(TODAY);
    boolean recent = u.lastActivity() == null || !Duration.between(u.lastActivity(), NOW).minusDays(90).isPositive();
    return agreements && trained && eua && registered && u.active() && recent && u.hasRole(action.requiredRole());
  }

  /** The ALPR role and requirement rules written out directly (purpose validity given). */
  private static boolean alprOracle(User u, boolean purposeOk) {
    AlprProfile p = u.alpr();
    if (p == null || !u.active()) {
      return false;
    }
    boolean approved = p.deputyDirectorApproval() != null && !p.deputyDirectorApproval().approvedOn().isAfter(TODAY);
    boolean designated = switch (p.roleGroup()) {
      case SPECIAL_AGENT, INTELLIGENCE_ANALYST, ISU_LIEUTENANT -> true;
      case PAROLE_AGENT, PAROLE_SERVICE_ASSOCIATE -> p.communityComplianceUnit() || approved;
      case OTHER_DAPO -> approved;
      case OTHER -> false;
    };
    boolean trained = p.trainingCompleted() != null && !p.trainingCompleted().isAfter(TODAY);
    boolean form = p.form110Signed() != null && !p.form110Signed().isAfter(TODAY);
    return designated && trained && form && purposeOk;
  }

  /** Every single-step restriction of a user. */
  private static List<User> restrictions(User u) {
    List<User> out = new ArrayList<>();
    for (Role role : u.roles()) {
      out.add(u.toBuilder().removeRole(role).build());
    }
    out.add(u.toBuilder().trainingCompleted(null).build());
    out.add(u.toBuilder().endUserAgreementSigned(null).build());
    out.add(u.toBuilder().active(false).build());
    out.add(u.toBuilder().lastActivity(NOW.minus(Duration.ofDays(91))).build());
    AlprProfile p = u.alpr();
    if (p != null) {
      out.add(u.toBuilder().alpr(null).build());
      out.add(u.toBuilder().alpr(p.withForm110Signed(null)).build());
      out.add(u.toBuilder().alpr(p.withTrainingCompleted(null)).build());
      out.add(u.toBuilder().alpr(p.withCommunityComplianceUnit(false)).build());
      out.add(u.toBuilder().alpr(p.withDeputyDirectorApproval(null)).build());
      out.add(u.toBuilder().alpr(p.withRoleGroup(AlprRoleGroup.OTHER)).build());
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void leadsDecisionsMatchOracleAndRestrictionsNeverPermitMore(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AccountRegistry registry = AccountRegistry.of(List.of(Fixtures.leadsUser().build()));
    LeadsAccessPolicy policy = LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry);
    Action[] actions = {Action.SEARCH, Action.VIEW, Action.EXPORT, Action.LINEUP, Action.SAVED_SEARCH_ALERT};
    for (int i = 0; i < 20; i++) {
      User u = randomUser(r);
      Agency a = randomAgency(r);
      Action action = actions[r.nextInt(actions.length)];
      Decision d = policy.decide(AccessContext.of(u, a, action), NOW);
      boolean registered = u.id().equals("deputy01");
      assertThat(d.permitted()).as("seed %d case %d: %s", seed, i, d.reasons())
          .isEqualTo(leadsOracle(u, a, action, registered));
      if (!d.permitted()) {
        for (User restricted : restrictions(u)) {
          assertThat(policy.decide(AccessContext.of(restricted, a, action), NOW).permitted())
              .as("seed %d case %d: restricting %s turned a DENY into a PERMIT", seed, i, restricted).isFalse();
        }
        for (AgreementType t : AgreementType.values()) {
          assertThat(policy.decide(AccessContext.of(u, a.withoutAgreement(t), action), NOW).permitted())
              .as("seed %d case %d: removing %s", seed, i, t).isFalse();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void alprDecisionsMatchOracleAndRestrictionsNeverPermitMore(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    AlprPolicy policy = AlprPolicy.create(PolicyConfig.DEFAULTS);
    for (int i = 0; i < 20; i++) {
      User u = randomUser(r);
      int purposeIndex = r.nextInt(PURPOSES.length);
      String purpose = PURPOSES[purposeIndex];
      boolean purposeOk = purposeIndex == 0 || purposeIndex == 3;
      Decision d = policy.decide(AlprRequest.of(u, Fixtures.PLATE, purpose), NOW);
      assertThat(d.permitted()).as("seed %d case %d: %s", seed, i, d.reasons()).isEqualTo(alprOracle(u, purposeOk));
      if (!d.permitted()) {
        assertThat(d.reasons()).allSatisfy(reason -> assertThat(reason.rule().document()).isEqualTo("DOM 53060.7"));
        for (User restricted : restrictions(u)) {
          assertThat(policy.decide(AlprRequest.of(restricted, Fixtures.PLATE, purpose), NOW).permitted())
              .as("seed %d case %d: restricting %s turned a DENY into a PERMIT", seed, i, restricted).isFalse();
        }
      }
    }
  }
}
