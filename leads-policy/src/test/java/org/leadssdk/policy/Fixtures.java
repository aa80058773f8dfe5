package org.leadssdk.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Plate;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.UsState;

/** Synthetic values shared by the policy tests. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-03-15T18:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  static final String ORI = "CA0340000";
  static final Division DAPO = Division.of("DAPO", "DAPO-\\d{4}-\\d{6}");
  static final String CASE = "DAPO-2025-000123";
  static final Plate PLATE = Plate.of("7ABC123", UsState.CA);

  private Fixtures() {}

  static Agency agency() {
    return Agency.withAllAgreements(ORI, "Synthetic County Sheriff", LocalDate.of(2024, 1, 10));
  }

  static User.Builder leadsUser() {
    return User.builder().id("deputy01").agencyOri(ORI)
        .roles(List.of(Role.LEADS_USER, Role.PHOTO_LINEUP, Role.DATA_DOWNLOAD))
        .trainingCompleted(LocalDate.of(2025, 6, 1)).endUserAgreementSigned(LocalDate.of(2025, 6, 1))
        .active(true).lastActivity(NOW.minusSeconds(86_400));
  }

  static AlprProfile alprProfile() {
    return new AlprProfile(AlprRoleGroup.SPECIAL_AGENT, false, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2),
        null, DAPO);
  }

  static User alprUser() {
    return User.builder().id("agent07").agencyOri("CA0349400").addRole(Role.LEADS_USER)
        .trainingCompleted(LocalDate.of(2025, 5, 1)).endUserAgreementSigned(LocalDate.of(2025, 5, 1))
        .active(true).lastActivity(NOW.minusSeconds(3_600)).alpr(alprProfile()).build();
  }

  static Parolee.Builder parolee(Supervision supervision) {
    return Parolee.builder()
        .cdcNumber(CdcNumber.parse("AB1234"))
        .name(PersonName.of("TESTFIRST", "TESTLAST"))
        .description(new PhysicalDescription(LocalDate.of(1985, 4, 2), Sex.MALE, Race.WHITE, null, 70, 180,
            HairColor.BROWN, EyeColor.BROWN, null, "CA"))
        .identifiers(new Identifiers(null, null, Ssn.parse("123-45-6789"), null))
        .supervision(supervision)
        .recordVersion(1)
        .sourceTimestamp(Instant.parse("2026-01-05T08:00:00Z"));
  }

  static Supervision supervision(ParoleStatus status, LocalDate release, LocalDate discharge) {
    return new Supervision(status, SupervisionLevel.values()[0], null, null, null, List.of(), release, discharge,
        null, List.of(), null);
  }
}
