package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leadssdk.policy.Fixtures.NOW;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LeadsAccessPolicyTest {
  private final User user = Fixtures.leadsUser().build();
  private final AccountRegistry registry = AccountRegistry.of(java.util.List.of(user));
  private final LeadsAccessPolicy policy = LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry);

  private Decision decide(User u, Agency a, Action action) {
    return policy.decide(AccessContext.of(u, a, action), NOW);
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview: access: {0} is permitted with everything on file")
  @EnumSource(value = Action.class, names = {"SEARCH", "VIEW", "EXPORT", "LINEUP", "SAVED_SEARCH", "SAVED_SEARCH_ALERT"})
  void permitsWhenEverythingHolds(Action action) {
    Decision d = decide(user, Fixtures.agency(), action);
    assertThat(d.outcome()).isEqualTo(Outcome.PERMIT);
    assertThat(d.reasonCodes()).containsExactly("LEADS_PERMITTED");
  }

  static Stream<Arguments> agencyCases() {
    return Stream.of(AgreementType.values()).map(t -> Arguments.of(t));
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview: access: denied without the {0} agreement")
  @MethodSource("agencyCases")
  void deniesWithoutEachAgreement(AgreementType missing) {
    Decision d = decide(user, Fixtures.agency().withoutAgreement(missing), Action.SEARCH);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("AGREEMENT_MISSING");
      assertThat(r.message()).contains(missing.displayName());
      assertThat(r.rule().citation()).isEqualTo("Parole LEADS 2.0 overview: access: agency agreements");
    });
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: access: an agreement dated after today is not yet on file")
  void deniesAgreementDatedInTheFuture() {
    Agency a = new Agency(Fixtures.ORI, "X", java.util.Map.of(
        AgreementType.AGENCY_PARTICIPATION, LocalDate.of(2026, 3, 16),
        AgreementType.HOLD_HARMLESS, LocalDate.of(2024, 1, 1),
        AgreementType.ACCOUNT_ADMINISTRATION, LocalDate.of(2024, 1, 1)));
    assertThat(decide(user, a, Action.VIEW).reasons()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("dated after today"));
  }

  static Stream<Arguments> userCases() {
    return Stream.of(
        Arguments.of("training missing", (UnaryOperator<User.Builder>) b -> b.trainingCompleted(null), "TRAINING_MISSING",
            "access: user training"),
        Arguments.of("training in the future", (UnaryOperator<User.Builder>) b -> b.trainingCompleted(LocalDate.of(2026, 4, 1)),
            "TRAINING_MISSING", "access: user training"),
        Arguments.of("training older than two years", (UnaryOperator<User.Builder>) b -> b.trainingCompleted(LocalDate.of(2024, 3, 15)),
            "TRAINING_EXPIRED", "access: user training"),
        Arguments.of("End User Agreement missing", (UnaryOperator<User.Builder>) b -> b.endUserAgreementSigned(null),
            "END_USER_AGREEMENT_MISSING", "access: End User Agreement"),
        Arguments.of("account disabled", (UnaryOperator<User.Builder>) b -> b.active(false), "ACCOUNT_DISABLED",
            "access: unique user ID"),
        Arguments.of("unused for 90 days and a second", (UnaryOperator<User.Builder>) b -> b.lastActivity(
            NOW.minus(Duration.ofDays(90)).minusSeconds(1)), "ACCOUNT_INACTIVE", "access: unique user ID"),
        Arguments.of("search role missing", (UnaryOperator<User.Builder>) b -> b.removeRole(Role.LEADS_USER), "ROLE_MISSING",
            "access: functions by role"),
        Arguments.of("another agency", (UnaryOperator<User.Builder>) b -> b.agencyOri("CA0010000"), "AGENCY_MISMATCH",
            "access: unique user ID"),
        Arguments.of("unregistered ID", (UnaryOperator<User.Builder>) b -> b.id("stranger9"), "ACCOUNT_NOT_REGISTERED",
            "access: unique user ID"));
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview: access: denied when {0}")
  @MethodSource("userCases")
  void deniesEachFailedUserRequirement(String name, UnaryOperator<User.Builder> change, String code, String section) {
    Decision d = decide(change.apply(user.toBuilder()).build(), Fixtures.agency(), Action.SEARCH);
    assertThat(d.outcome()).isEqualTo(Outcome.DENY);
    assertThat(d.reasonCodes()).contains(code);
    assertThat(d.reasons()).filteredOn(r -> r.code().equals(code))
        .allSatisfy(r -> assertThat(r.rule().section()).isEqualTo(section));
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: access: unused for exactly 90 days is still permitted (limit configurable)")
  void inactivityLimitIsInclusiveAndConfigurable() {
    User idle = user.toBuilder().lastActivity(NOW.minus(Duration.ofDays(90))).build();
    assertThat(decide(idle, Fixtures.agency(), Action.SEARCH).permitted()).isTrue();
    LeadsAccessPolicy strict = LeadsAccessPolicy.create(
        PolicyConfig.builder().inactivityLimit(Duration.ofDays(30)).build(), registry);
    assertThat(strict.decide(AccessContext.of(idle, Fixtures.agency(), Action.SEARCH), NOW).reasonCodes())
        .containsExactly("ACCOUNT_INACTIVE");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: access: training validity is configurable, or never expires")
  void trainingValidityConfigurable() {
    User old = user.toBuilder().trainingCompleted(LocalDate.of(2020, 1, 1)).build();
    LeadsAccessPolicy lenient = LeadsAccessPolicy.create(PolicyConfig.builder().trainingValidity(null).build(), registry);
    assertThat(lenient.decide(AccessContext.of(old, Fixtures.agency(), Action.VIEW), NOW).permitted()).isTrue();
    LeadsAccessPolicy yearly = LeadsAccessPolicy.create(
        PolicyConfig.builder().trainingValidity(Period.ofYears(1)).build(), registry);
    User trained = user.toBuilder().trainingCompleted(LocalDate.of(2025, 3, 15)).build();
    assertThat(yearly.decide(AccessContext.of(trained, Fixtures.agency(), Action.VIEW), NOW).reasonCodes())
        .containsExactly("TRAINING_EXPIRED");
    User dayLater = user.toBuilder().trainingCompleted(LocalDate.of(2025, 3, 16)).build();
    assertThat(yearly.decide(AccessContext.of(dayLater, Fixtures.agency(), Action.VIEW), NOW).permitted()).isTrue();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: access: every failed requirement is listed, not only the first")
  void listsEveryReason() {
    User bad = user.toBuilder().trainingCompleted(null).endUserAgreementSigned(null).active(false)
        .roles(java.util.List.of()).build();
    Agency none = new Agency(Fixtures.ORI, "X", java.util.Map.of());
    Decision d = decide(bad, none, Action.EXPORT);
    assertThat(d.reasonCodes()).containsExactly("AGREEMENT_MISSING", "AGREEMENT_MISSING", "AGREEMENT_MISSING",
        "TRAINING_MISSING", "END_USER_AGREEMENT_MISSING", "ACCOUNT_DISABLED", "ROLE_MISSING");
    assertThatThrownBy(() -> {
      throw new AccessDeniedException(d);
    }).hasMessageContaining("7 reasons").hasMessageContaining("ROLE_MISSING: the action EXPORT needs the role DATA_DOWNLOAD");
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview: access: {0} needs its role")
  @EnumSource(value = Action.class, names = {"EXPORT", "LINEUP"})
  void functionsNeedTheirRole(Action action) {
    User searcher = user.toBuilder().roles(java.util.List.of(Role.LEADS_USER)).build();
    assertThat(decide(searcher, Fixtures.agency(), action).reasonCodes()).containsExactly("ROLE_MISSING");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: access: a user ID is issued once (unique)")
  void registryRejectsDuplicateIds() {
    assertThatThrownBy(() -> registry.register(user.toBuilder().id("DEPUTY01").build()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already issued");
    User impostor = user.toBuilder().id("DEPUTY01").build();
    assertThat(decide(impostor, Fixtures.agency(), Action.SEARCH).reasonCodes()).containsExactly("ACCOUNT_MISMATCH");
  }

  @Test
  void alprActionsAreNotDecidedHere() {
    assertThatThrownBy(() -> decide(user, Fixtures.agency(), Action.ALPR_QUERY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AlprPolicy");
  }

  @Test
  void rejectsMalformedOri() {
    assertThatThrownBy(() -> Agency.checkOri("C1234567")).hasMessageContaining("agency.ori")
        .hasMessageContaining("9 characters");
    assertThatThrownBy(() -> Agency.checkOri("ZZ0340000")).hasMessageContaining("state code");
    assertThat(Agency.checkOri(" ca0340000 ")).isEqualTo("CA0340000");
  }

  @Test
  void userBuilderReportsEveryProblem() {
    assertThatThrownBy(() -> User.builder().id("x").agencyOri("bad").build())
        .isInstanceOf(org.leadssdk.core.InvalidRecordException.class)
        .hasMessageContaining("user.id").hasMessageContaining("user.agencyOri");
  }
}
