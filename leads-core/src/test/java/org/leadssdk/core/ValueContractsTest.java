package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Equality and null checks of the value types.
 *
 * <p>NullPointerTester passes null to one parameter at a time (the others get the valid defaults of
 * {@link Fixtures#tester()}) and expects a NullPointerException; it skips parameters it sees as nullable.
 * Guava's tester reads type-use annotations whose simple name is {@code Nullable}, so JSpecify's
 * {@code @Nullable} on a record component (which the compiler copies to the canonical constructor's
 * parameter type) marks the parameter nullable; {@link #jspecifyNullableReachesConstructorParameters()}
 * checks that premise, and the constructors below would fail the tester if a nullable part were rejected.
 */
class ValueContractsTest {
  static Stream<Class<?>> valueTypes() {
    return Stream.of(CdcNumber.class, CiiNumber.class, FbiNumber.class, Ssn.class, Plate.class, DriverLicence.class,
        ZipCode.class, PhoneNumber.class, SmtCode.class, CodeSection.class, CountyUnit.class, PersonName.class,
        Alias.class, PhysicalDescription.class, Address.class, Geocode.class, Photo.class, Smt.class, Vehicle.class,
        Offense.class, AgentOfRecord.class, ParoleUnit.class, Revocation.class, Suspension.class, Supervision.class,
        GeoPoint.class, Identifiers.class, Violation.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void constructorsAndFactoriesRejectNullForRequiredParts(Class<?> type) {
    NullPointerTester t = Fixtures.tester();
    t.testAllPublicConstructors(type);
    t.testAllPublicStaticMethods(type);
  }

  @Test
  void parsersAndEnumsRejectNull() {
    NullPointerTester t = Fixtures.tester();
    for (Class<?> c : List.of(County.class, RegistrationStatute.class, ParoleStatus.class, UsState.class,
        Suspension.Authority.class, Parolee.class)) {
      t.testAllPublicStaticMethods(c);
    }
    t.testAllPublicInstanceMethods(Parolee.builder());
    t.testAllPublicInstanceMethods(Fixtures.parolee().build());
  }

  @Test
  void jspecifyNullableReachesConstructorParameters() throws Exception {
    Constructor<AgentOfRecord> c = AgentOfRecord.class.getConstructor(String.class, PhoneNumber.class);
    AnnotatedType phone = c.getAnnotatedParameterTypes()[1];
    assertThat(phone.isAnnotationPresent(Nullable.class)).isTrue();
    assertThat(c.getAnnotatedParameterTypes()[0].isAnnotationPresent(Nullable.class)).isFalse();
    // and so the tester accepts null there: the constructor takes it
    assertThat(new AgentOfRecord("J. RIVERA", null).phone()).isNull();
  }

  @Test
  void testerWouldCatchARequiredPartThatAcceptsNull() {
    // A control: a constructor that silently takes null for a required part fails the tester.
    assertThatThrownBy(() -> new NullPointerTester().testAllPublicConstructors(Sloppy.class))
        .isInstanceOf(AssertionError.class);
  }

  /** A record that does not check its required part; only {@link #testerWouldCatchARequiredPartThatAcceptsNull} uses it. */
  public record Sloppy(String required) {}

  @Test
  void identifiersAreEqualByNormalizedValue() {
    new EqualsTester()
        .addEqualityGroup(CdcNumber.parse("ab1234"), new CdcNumber("AB1234"))
        .addEqualityGroup(CdcNumber.parse("K12345"))
        .addEqualityGroup(CiiNumber.parse("A1234-5678"), new CiiNumber("A12345678"))
        .addEqualityGroup(FbiNumber.parse("123456ab7"), new FbiNumber("123456AB7"))
        .addEqualityGroup(Ssn.parse("123-45-6789"), new Ssn("123456789"))
        .addEqualityGroup(Ssn.parse("123-45-6788"))
        .addEqualityGroup(Plate.of("7abc 123", UsState.CA), new Plate("7ABC123", UsState.CA))
        .addEqualityGroup(Plate.of("7ABC123", UsState.NV))
        .addEqualityGroup(DriverLicence.of("b7654321", UsState.CA), new DriverLicence("B7654321", UsState.CA))
        .addEqualityGroup(ZipCode.parse(" 95814 "), new ZipCode("95814"))
        .addEqualityGroup(ZipCode.parse("95814-0001"))
        .addEqualityGroup(PhoneNumber.parse("(916) 555-0100"), new PhoneNumber("9165550100"))
        .addEqualityGroup(SmtCode.parse("tat l  arm"), new SmtCode("TAT L ARM"))
        .addEqualityGroup(CodeSection.parse("h&s 11352(A)"), new CodeSection("HS", "11352(a)"))
        .addEqualityGroup(CountyUnit.parse("prcs-sac"), CountyUnit.of(County.SACRAMENTO))
        .addEqualityGroup(CountyUnit.of(County.FRESNO))
        .testEquals();
  }

  @Test
  void partsAreEqualByValue() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    URI uri = URI.create("https://photos.example/1.jpg");
    Plate plate = Plate.of("7ABC123", UsState.CA);
    new EqualsTester()
        .addEqualityGroup(new PersonName(" ZED", null, "XYZ ", null), PersonName.of("ZED", "XYZ"))
        .addEqualityGroup(new PersonName("ZED", "Q", "XYZ", null))
        .addEqualityGroup(new Alias(null, "QUORNBY"), new Alias(null, " QUORNBY"))
        .addEqualityGroup(new Alias("ZEB", "QUORNBY"))
        .addEqualityGroup(Fixtures.description(), Fixtures.description())
        .addEqualityGroup(Fixtures.residence(d, null), Fixtures.residence(d, null))
        .addEqualityGroup(Fixtures.residence(d, d))
        .addEqualityGroup(new Geocode(GeoPoint.of(1, 2), GeocodeSource.MANUAL, GeocodePrecision.ZIP),
            new Geocode(GeoPoint.of(1, 2), GeocodeSource.MANUAL, GeocodePrecision.ZIP))
        .addEqualityGroup(new Photo(PhotoKind.MUGSHOT, uri, Fixtures.SHA, d, null),
            new Photo(PhotoKind.MUGSHOT, uri, Fixtures.SHA, d, null))
        .addEqualityGroup(new Photo(PhotoKind.MUGSHOT, uri, Fixtures.SHA, null, null))
        .addEqualityGroup(new Smt(SmtCode.parse("TAT L ARM"), " dragon "), new Smt(SmtCode.parse("TAT L ARM"), "dragon"))
        .addEqualityGroup(new Vehicle(plate, "TOYOTA", null, 2010, null, null),
            new Vehicle(plate, " TOYOTA", null, 2010, null, null))
        .addEqualityGroup(new Offense(CodeSection.parse("PC 211"), "Robbery", null, County.FRESNO),
            new Offense(CodeSection.parse("pc211"), "Robbery ", null, County.FRESNO))
        .addEqualityGroup(new AgentOfRecord("J. RIVERA", null), new AgentOfRecord(" J. RIVERA", null))
        .addEqualityGroup(new ParoleUnit("sacramento 3", null), new ParoleUnit("SACRAMENTO 3", null))
        .addEqualityGroup(new Revocation(d, null), new Revocation(d, null))
        .addEqualityGroup(new Revocation(d, d))
        .addEqualityGroup(new Suspension(Suspension.Authority.BPH, d, null), new Suspension(Suspension.Authority.BPH, d, null))
        .addEqualityGroup(new Suspension(Suspension.Authority.COURT, d, null))
        .addEqualityGroup(Fixtures.supervision(ParoleStatus.ACTIVE), Fixtures.supervision(ParoleStatus.ACTIVE))
        .addEqualityGroup(Fixtures.supervision(ParoleStatus.PRCS))
        .addEqualityGroup(Fixtures.parolee().build(), Fixtures.parolee().build())
        .addEqualityGroup(Fixtures.parolee().recordVersion(2).build())
        .testEquals();
  }
}
