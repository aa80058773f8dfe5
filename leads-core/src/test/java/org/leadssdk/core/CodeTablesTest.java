package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.rules.EvidenceSource;

/** Every code table: codes round-trip, ignore case, and an unknown code fails listing the known ones. */
class CodeTablesTest {
  static Stream<Class<? extends Enum<?>>> codeTables() {
    return Stream.of(AddressType.class, County.class, Ethnicity.class, EyeColor.class, GeocodePrecision.class,
        GeocodeSource.class, HairColor.class, ParoleStatus.class, PhotoKind.class, Race.class,
        RegistrationStatute.class, Sex.class, SkinTone.class, SupervisionLevel.class, Suspension.Authority.class,
        UsState.class, VehicleColor.class, VehicleStyle.class, EvidenceSource.class);
  }

  private static Object fromCode(Class<?> type, String code) throws Throwable {
    Method m = type.getMethod("fromCode", String.class);
    try {
      return m.invoke(null, code);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeTables")
  void everyCodeRoundTripsIgnoringCaseAndOuterSpaces(Class<? extends Enum<?>> type) throws Throwable {
    for (Enum<?> constant : type.getEnumConstants()) {
      String code = ((Coded) constant).code();
      assertThat(fromCode(type, code)).as(code).isSameAs(constant);
      assertThat(fromCode(type, " " + code.toLowerCase(Locale.ROOT) + " ")).as(code).isSameAs(constant);
      assertThat(((Coded) constant).displayName()).as(code).isNotBlank();
    }
    Set<String> codes = Arrays.stream(type.getEnumConstants()).map(c -> ((Coded) c).code()).collect(Collectors.toSet());
    assertThat(codes).as("codes are distinct").hasSize(type.getEnumConstants().length);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeTables")
  void anUnknownCodeFailsNamingItAndTheKnownCodes(Class<? extends Enum<?>> type) {
    assertThatThrownBy(() -> fromCode(type, "NO-SUCH-CODE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown code \"NO-SUCH-CODE\"")
        .hasMessageContaining("known codes: ")
        .satisfies(e -> {
          for (Enum<?> constant : type.getEnumConstants()) {
            assertThat(e.getMessage()).contains(((Coded) constant).code());
          }
        });
    assertThatThrownBy(() -> fromCode(type, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void statusHasTheNineOfTheOverview() {
    assertThat(Arrays.stream(ParoleStatus.values()).map(ParoleStatus::displayName)).containsExactly("Active",
        "Pre-Parole", "Suspended", "Revoked", "Deported", "Discharged", "Non-Revocable Parole",
        "Monitored Non-Revocable Parole", "Post Release Community Supervision");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview prints \"PC 3086.6\": read as PC 3058.6")
  void registrationReadsTheOverviewsMisprint() {
    assertThat(RegistrationStatute.fromCode("PC 3086.6")).isSameAs(RegistrationStatute.PC_3058_6);
    assertThat(RegistrationStatute.fromCode(" pc   3086.6 ")).isSameAs(RegistrationStatute.PC_3058_6);
    assertThat(RegistrationStatute.fromCode("3086.6")).isSameAs(RegistrationStatute.PC_3058_6);
    assertThat(RegistrationStatute.fromCode("h&s   11590")).isSameAs(RegistrationStatute.HS_11590);
    assertThat(RegistrationStatute.PC_3058_6.code()).isEqualTo("PC 3058.6");
    assertThatThrownBy(() -> RegistrationStatute.fromCode(null))
        .isInstanceOf(NullPointerException.class).hasMessage("registration must not be null");
  }

  @Test
  void all58CountiesRoundTripByCodeNameAndFips() {
    assertThat(County.values()).hasSize(58);
    for (County c : County.values()) {
      assertThat(County.fromCode(c.code())).isSameAs(c);
      assertThat(County.byName(c.countyName())).contains(c);
      assertThat(County.byName(" " + c.countyName().toLowerCase(Locale.ROOT) + " county ")).contains(c);
      assertThat(County.byFips(c.fips())).contains(c);
      assertThat(c.fips()).matches("06[0-9]{3}");
      assertThat(c.displayName()).isEqualTo(c.countyName() + " County");
      assertThat(CountyUnit.parse("PRCS-" + c.code()).county()).isSameAs(c);
    }
    assertThat(Arrays.stream(County.values()).map(County::fips).distinct()).hasSize(58);
    assertThat(County.byName("Sacramento")).contains(County.SACRAMENTO);
    assertThat(County.byName("Washoe")).isEmpty();
    assertThat(County.byFips("32031")).isEmpty();
    assertThat(County.byFips(" 06067 ")).contains(County.SACRAMENTO);
  }
}
