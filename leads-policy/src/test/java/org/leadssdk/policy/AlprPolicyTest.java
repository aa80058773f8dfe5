package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leadssdk.policy.Fixtures.CASE;
import static org.leadssdk.policy.Fixtures.NOW;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AlprPolicyTest {
  private static final String GOOD = "Absconder apprehension, vehicle of suspect Smith " + CASE;
  private final AlprPolicy policy = AlprPolicy.create(PolicyConfig.DEFAULTS);

  private Decision decide(AlprProfile profile) {
    User u = Fixtures.alprUser().toBuilder().alpr(profile).build();
    return policy.decide(AlprRequest.of(u, Fixtures.PLATE, GOOD), NOW);
  }

  static Stream<Arguments> roleCases() {
    DeputyDirectorApproval approval = new DeputyDirectorApproval("Deputy Director (synthetic)", LocalDate.of(2025, 1, 5));
    return Stream.of(
        Arguments.of(AlprRoleGroup.SPECIAL_AGENT, false, null, true),
        Arguments.of(AlprRoleGroup.INTELLIGENCE_ANALYST, false, null, true),
        Arguments.of(AlprRoleGroup.ISU_LIEUTENANT, false, null, true),
        Arguments.of(AlprRoleGroup.PAROLE_AGENT, true, null, true),
        Arguments.of(AlprRoleGroup.PAROLE_SERVICE_ASSOCIATE, true, null, true),
        Arguments.of(AlprRoleGroup.PAROLE_AGENT, false, null, false),
        Arguments.of(AlprRoleGroup.PAROLE_SERVICE_ASSOCIATE, false, null, false),
        Arguments.of(AlprRoleGroup.PAROLE_AGENT, false, approval, true),
        Arguments.of(AlprRoleGroup.OTHER_DAPO, false, null, false),
        Arguments.of(AlprRoleGroup.OTHER_DAPO, false, approval, true),
        Arguments.of(AlprRoleGroup.OTHER_DAPO, false,
            new DeputyDirectorApproval("Deputy Director (synthetic)", LocalDate.of(2026, 4, 1)), false),
        Arguments.of(AlprRoleGroup.OTHER, true, approval, false),
        Arguments.of(AlprRoleGroup.OTHER, false, null, false));
  }

  @ParameterizedTest(name = "DOM 53060.7 designated staff: {0}, CCU={1}, approval={2} -> permitted={3}")
  @MethodSource("roleCases")
  void designatedStaffOnly(AlprRoleGroup group, boolean ccu, DeputyDirectorApproval approval, boolean permitted) {
    Decision d = decide(Fixtures.alprProfile().withRoleGroup(group).withCommunityComplianceUnit(ccu)
        .withDeputyDirectorApproval(approval));
    assertThat(d.permitted()).as(d.reasons().toString()).isEqualTo(permitted);
    if (!permitted) {
      assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule().citation()).startsWith("DOM 53060.7: designated staff"));
    }
  }

  static Stream<Arguments> requirementCases() {
    return Stream.of(
        Arguments.of("no ALPR training", (UnaryOperator<AlprProfile>) p -> p.withTrainingCompleted(null),
            "ALPR_TRAINING_MISSING", "DOM 53060.7: training"),
        Arguments.of("training dated after today", (UnaryOperator<AlprProfile>) p -> p.withTrainingCompleted(
            LocalDate.of(2026, 3, 16)), "ALPR_TRAINING_MISSING", "DOM 53060.7: training"),
        Arguments.of("no Form 110", (UnaryOperator<AlprProfile>) p -> p.withForm110Signed(null),
            "FORM_110_MISSING", "DOM 53060.7: Form 110"),
        Arguments.of("Form 110 signed after today", (UnaryOperator<AlprProfile>) p -> p.withForm110Signed(
            LocalDate.of(2026, 3, 16)), "FORM_110_MISSING", "DOM 53060.7: Form 110"));
  }

  @ParameterizedTest(name = "DOM 53060.7 requirements for end-users: denied with {0}")
  @MethodSource("requirementCases")
  void endUserRequirements(String name, UnaryOperator<AlprProfile> change, String code, String citation) {
    Decision d = decide(change.apply(Fixtures.alprProfile()));
    assertThat(d.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo(code);
      assertThat(r.rule().citation()).isEqualTo(citation);
    });
  }

  @Test
  @DisplayName("DOM 53060.7: the user must be designated CDCR staff (an ALPR profile), trained and with Form 110")
  void noProfileMeansNoAccess() {
    User plain = Fixtures.leadsUser().build();
    Decision d = policy.decide(AlprRequest.of(plain, Fixtures.PLATE, GOOD), NOW);
    assertThat(d.reasonCodes()).containsExactly("NOT_ALPR_END_USER", "ALPR_TRAINING_MISSING", "FORM_110_MISSING");
    assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule().document()).isEqualTo("DOM 53060.7"));
  }

  @Test
  @DisplayName("DOM 53060.7: all failed requirements at once, every one citing DOM 53060.7")
  void everyReasonAtOnce() {
    AlprProfile p = new AlprProfile(AlprRoleGroup.OTHER, false, null, null, null, Fixtures.DAPO);
    User u = Fixtures.alprUser().toBuilder().alpr(p).active(false).build();
    Decision d = policy.decide(AlprRequest.of(u, Fixtures.PLATE, "investigation"), NOW);
    assertThat(d.reasonCodes()).containsExactly("ACCOUNT_DISABLED", "ROLE_NOT_DESIGNATED", "ALPR_TRAINING_MISSING",
        "FORM_110_MISSING", "CASE_NUMBER_MISSING", "PURPOSE_NOT_SPECIFIC");
    assertThat(d.reasons()).allSatisfy(r -> assertThat(r.rule().document()).isEqualTo("DOM 53060.7"));
  }

  @Test
  @DisplayName("DOM 53060.7 training: an optional validity period expires ALPR training")
  void alprTrainingValidity() {
    AlprPolicy yearly = AlprPolicy.create(PolicyConfig.builder().alprTrainingValidity(java.time.Period.ofYears(1)).build());
    User u = Fixtures.alprUser().toBuilder().alpr(Fixtures.alprProfile().withTrainingCompleted(LocalDate.of(2025, 3, 15)))
        .build();
    assertThat(yearly.decide(AlprRequest.of(u, Fixtures.PLATE, GOOD), NOW).reasonCodes())
        .containsExactly("ALPR_TRAINING_EXPIRED");
  }

  @Test
  @DisplayName("DOM 53060.7: the case number cited is found for the SB 34 audit record")
  void caseNumberOfRequest() {
    assertThat(AlprPolicy.caseNumberOf(AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, GOOD))).isEqualTo(CASE);
    assertThat(AlprPolicy.caseNumberOf(new AlprRequest(Fixtures.alprUser(), "CA0349400", Fixtures.PLATE, "x", "DAPO-2024-000001")))
        .isEqualTo("DAPO-2024-000001");
  }
}
