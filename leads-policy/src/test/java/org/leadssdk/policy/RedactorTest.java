package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.CiiNumber;
import org.leadssdk.core.DriverLicence;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Ssn;
import org.leadssdk.core.UsState;

class RedactorTest {
  private final Redactor redactor = Redactor.create(RedactionProfile.defaults());
  private final Parolee parolee = Fixtures.parolee(Fixtures.supervision(ParoleStatus.ACTIVE, LocalDate.of(2024, 1, 1), null))
      .identifiers(new Identifiers(CiiNumber.parse("A12345678"), null, Ssn.parse("123-45-6789"),
          DriverLicence.of("B1234567", UsState.CA)))
      .build();

  @Test
  @DisplayName("Parole LEADS 2.0 overview record contents: SSN and driver licence hidden unless a role grants them")
  void hidesSsnAndLicenceByDefault() {
    Parolee shown = redactor.redact(parolee, Set.of(Role.LEADS_USER));
    assertThat(shown.identifiers().ssn()).isNull();
    assertThat(shown.identifiers().driverLicence()).isNull();
    assertThat(shown.identifiers().cii()).isEqualTo(parolee.identifiers().cii());
    assertThat(shown.name()).isEqualTo(parolee.name());
    assertThat(parolee.identifiers().ssn()).isNotNull();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview record contents: a granted role sees the field")
  void grantedRoleSees() {
    Parolee shown = redactor.redact(parolee, Set.of(Role.LEADS_USER, Role.SSN_ACCESS, Role.DRIVER_LICENCE_ACCESS));
    assertThat(shown).isSameAs(parolee);
    Parolee ssnOnly = redactor.redact(parolee, Set.of(Role.SSN_ACCESS));
    assertThat(ssnOnly.identifiers().ssn()).isEqualTo(parolee.identifiers().ssn());
    assertThat(ssnOnly.identifiers().driverLicence()).isNull();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview record contents: messages are redacted like records")
  void redactsText() {
    String msg = "Subject SSN 123-45-6789, DL B1234567, CII A12345678, case DAPO-2025-000123";
    assertThat(redactor.redactText(msg, Set.of(Role.LEADS_USER)))
        .isEqualTo("Subject SSN [REDACTED], DL [REDACTED], CII A12345678, case DAPO-2025-000123");
    assertThat(redactor.redactText(msg, Set.of(Role.SSN_ACCESS, Role.DRIVER_LICENCE_ACCESS))).isEqualTo(msg);
  }

  @Test
  void customProfileHidesPhotosAndCii() {
    Redactor strict = Redactor.create(new RedactionProfile(
        Set.of(SensitiveField.SSN, SensitiveField.CII_NUMBER, SensitiveField.PHOTOS), java.util.Map.of()));
    Parolee withPhoto = parolee.toBuilder().addPhoto(new org.leadssdk.core.Photo(org.leadssdk.core.PhotoKind.MUGSHOT,
        java.net.URI.create("https://photos.example/1"), "a".repeat(64), null, null)).build();
    Parolee shown = strict.redact(withPhoto, List.of(Role.LEADS_USER));
    assertThat(shown.photos()).isEmpty();
    assertThat(shown.identifiers().cii()).isNull();
    assertThat(shown.identifiers().driverLicence()).isNotNull();
    assertThat(strict.redactText("CII A12345678", List.of())).isEqualTo("CII [REDACTED]");
  }
}
