package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.Plate;
import org.leadssdk.core.UsState;

class ValueTypesTest {
  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Division.of("DAPO", "DAPO-\\d{4}"), Division.of("DAPO", "DAPO-\\d{4}"))
        .addEqualityGroup(Division.of("DAPO", "DAPO-\\d{5}"))
        .addEqualityGroup(Division.of("OIA", "DAPO-\\d{4}"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Reason("A_B", "m", Rule.DOM_ALPR_PURPOSE), new Reason("A_B", "m", Rule.DOM_ALPR_PURPOSE))
        .addEqualityGroup(new Reason("A_C", "m", Rule.DOM_ALPR_PURPOSE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Fixtures.agency(), Fixtures.agency())
        .addEqualityGroup(Fixtures.agency().withoutAgreement(AgreementType.HOLD_HARMLESS))
        .testEquals();
  }

  @Test
  void nullChecks() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Division.class, Fixtures.DAPO)
        .setDefault(Rule.class, Rule.OVERVIEW_STATUS)
        .setDefault(PolicyConfig.class, PolicyConfig.DEFAULTS)
        .setDefault(Clock.class, Clock.systemUTC())
        .setDefault(Instant.class, Fixtures.NOW)
        .setDefault(LocalDate.class, Fixtures.TODAY)
        .setDefault(ZoneId.class, ZoneId.of("UTC"))
        .setDefault(User.class, Fixtures.alprUser())
        .setDefault(Plate.class, Plate.of("7ABC123", UsState.CA))
        .setDefault(String.class, "CA0340000");
    t.setDefault(AlprRequest.class, AlprRequest.of(Fixtures.alprUser(), Fixtures.PLATE, "x"));
    t.setDefault(org.leadssdk.core.Parolee.class, Fixtures.parolee(Fixtures.supervision(
        org.leadssdk.core.ParoleStatus.ACTIVE, Fixtures.TODAY, null)).build());
    t.testAllPublicStaticMethods(Division.class);
    t.testAllPublicConstructors(Reason.class);
    t.testAllPublicConstructors(Rule.class);
    t.testAllPublicInstanceMethods(Fixtures.agency());
    t.testAllPublicStaticMethods(AlprPolicy.class);
    t.testAllPublicInstanceMethods(AlprPolicy.create(PolicyConfig.DEFAULTS));
    t.testAllPublicStaticMethods(Retention.class);
    t.testAllPublicInstanceMethods(Redactor.create(RedactionProfile.defaults()));
  }

  @Test
  void rejectsBadValuesNamingTheField() {
    assertThatThrownBy(() -> Division.of("X", "[")).hasMessageContaining("division.caseNumberPattern")
        .hasMessageContaining("not a valid regular expression");
    assertThatThrownBy(() -> Division.of("X", "a*")).hasMessageContaining("must not match the empty text");
    assertThatThrownBy(() -> new Reason("lower", "m", Rule.DOM_ALPR_PURPOSE)).hasMessageContaining("reason.code");
    assertThatThrownBy(() -> Decision.deny(List.of())).hasMessageContaining("every decision says why");
    assertThatThrownBy(() -> PolicyConfig.builder().dischargedVisibleDays(-1).build())
        .hasMessageContaining("dischargedVisibleDays");
    assertThatThrownBy(() -> new InvalidMatchReport(Plate.of("7ABC123", UsState.CA), Fixtures.NOW,
        InvalidMatchReport.Disposition.OTHER, null)).hasMessageContaining("report.note");
    assertThatThrownBy(() -> new AccessDeniedException(Decision.permit(new Reason("OK", "ok", Rule.OVERVIEW_STATUS))))
        .hasMessageContaining("DENY");
    assertThat(Rule.DOM_ALPR_FORM_110.citation()).isEqualTo("DOM 53060.7: Form 110");
  }
}
