package org.leadssdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.Coded;
import org.leadssdk.core.County;
import org.leadssdk.core.Ethnicity;
import org.leadssdk.core.EyeColor;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.InvalidRecordException;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.core.Race;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.core.Sex;
import org.leadssdk.core.SkinTone;
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.UsState;
import org.leadssdk.core.VehicleColor;
import org.leadssdk.core.VehicleStyle;

class LeadsJsonTest {
  private static final ObjectMapper MAPPER = LeadsJson.newMapper();

  private static <T> T roundTrip(T value, Class<? super T> type) throws Exception {
    @SuppressWarnings("unchecked")
    T back = (T) MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    return back;
  }

  @Test
  void fullRecordRoundTripsEqual() throws Exception {
    Parolee full = ParoleeFixtures.full();
    Parolee back = roundTrip(full, Parolee.class);
    assertThat(back).usingRecursiveComparison().isEqualTo(full);
    assertThat(back).isEqualTo(full);
  }

  @Test
  void minimalRecordRoundTripsEqual() throws Exception {
    Parolee minimal = ParoleeFixtures.minimal();
    assertThat(roundTrip(minimal, Parolee.class)).isEqualTo(minimal);
  }

  /** Every part of the full record, paired with the type it is read back as. */
  static Stream<Object[]> parts() {
    Parolee p = ParoleeFixtures.full();
    List<Object[]> parts = new ArrayList<>();
    add(parts, p.cdcNumber(), p.name(), p.identifiers(), p.description(), p.supervision());
    add(parts, p.identifiers().cii(), p.identifiers().fbi(), p.identifiers().ssn(), p.identifiers().driverLicence());
    p.aliases().forEach(a -> add(parts, a));
    p.addresses().forEach(a -> add(parts, a, a.zip()));
    p.addresses().stream().filter(a -> a.geocode() != null).forEach(a -> add(parts, a.geocode(), a.geocode().point()));
    p.photos().forEach(ph -> add(parts, ph, ph.uri()));
    p.smts().forEach(s -> add(parts, s, s.code()));
    p.vehicles().forEach(v -> add(parts, v, v.plate()));
    p.offenses().forEach(o -> add(parts, o, o.codeSection()));
    add(parts, p.supervision().agent(), p.supervision().paroleUnit(), p.supervision().countyUnit(),
        p.supervision().agent().phone());
    for (SupervisionEvent e : p.supervision().events()) {
      parts.add(new Object[] {e.getClass().getSimpleName() + " as SupervisionEvent", e, SupervisionEvent.class});
    }
    return parts.stream();
  }

  private static void add(List<Object[]> parts, Object... values) {
    for (Object v : values) {
      parts.add(new Object[] {v.getClass().getSimpleName(), v, v.getClass()});
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parts")
  void everyPartRoundTripsEqual(String name, Object part, Class<?> type) throws Exception {
    String json = MAPPER.writeValueAsString(part);
    assertThat(MAPPER.readValue(json, type)).as(json).isEqualTo(part);
  }

  static Stream<Class<? extends Coded>> codeTables() {
    return Stream.of(AddressType.class, County.class, Ethnicity.class, EyeColor.class, GeocodePrecision.class,
        GeocodeSource.class, HairColor.class, ParoleStatus.class, PhotoKind.class, Race.class,
        RegistrationStatute.class, Sex.class, SkinTone.class, SupervisionLevel.class, Suspension.Authority.class,
        UsState.class, VehicleColor.class, VehicleStyle.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeTables")
  void everyCodeRoundTripsAsItsWireCode(Class<? extends Coded> table) throws Exception {
    for (Coded c : table.getEnumConstants()) {
      String json = MAPPER.writeValueAsString(c);
      assertThat(json).isEqualTo("\"" + c.code() + "\"");
      assertThat(MAPPER.readValue(json, table)).isEqualTo(c);
    }
  }

  @Test
  void doesNotWriteTheDerivedCurrentFlagOfAnAddress() throws Exception {
    String json = MAPPER.writeValueAsString(ParoleeFixtures.full().addresses().get(0));
    assertThat(json).doesNotContain("current").contains("\"from\":\"2025-03-01\"");
  }

  @Test
  void writesFieldsUnderTheRecordComponentNamesAndLeavesNullsOut() throws Exception {
    String json = MAPPER.writeValueAsString(ParoleeFixtures.minimal());
    assertThat(json)
        .startsWith("{\"cdcNumber\":\"K12345\",\"name\":{\"first\":\"JANE\",\"last\":\"SAMPLE\"},\"aliases\":[]")
        .contains("\"identifiers\":{}", "\"registrations\":[]", "\"recordVersion\":1",
            "\"sourceTimestamp\":\"2026-01-02T03:04:05Z\"")
        .doesNotContain("null", "middle", "ethnicity");
  }

  private static String minimalJson() throws Exception {
    return MAPPER.writeValueAsString(ParoleeFixtures.minimal());
  }

  @Test
  void rejectsAnUnknownPropertyWithItsPathAndTheKnownNames() throws Exception {
    String json = minimalJson().replace("\"sex\":\"F\"", "\"sex\":\"F\",\"shoeSize\":11");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("\"shoeSize\"")
        .hasMessageContaining("\"description\"")
        .hasMessageContaining("heightInches");
  }

  @Test
  void rejectsAnUnknownCodeNamingTheKnownCodes() throws Exception {
    String json = minimalJson().replace("\"hair\":\"BLK\"", "\"hair\":\"PLAID\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("hair: unknown code \"PLAID\"; known codes: BAL, BLK")
        .hasMessageContaining("Parolee[\"description\"]");
  }

  @Test
  void rejectsAMalformedCdcNumberMasked() throws Exception {
    String json = minimalJson().replace("\"K12345\"", "\"K1234X\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("cdcNumber: \"K1****\" does not match the CDC number format")
        .hasMessageNotContaining("K1234X\" does");
  }

  @Test
  void rejectsFebruary30() throws Exception {
    String json = minimalJson().replace("1990-12-31", "2026-02-30");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("dateOfBirth")
        .hasMessageContaining("Invalid date 'FEBRUARY 30'");
  }

  @Test
  void rejectsLatitude91() throws Exception {
    String json = MAPPER.writeValueAsString(ParoleeFixtures.full()).replace("38.5767", "91");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("latitude must be between -90.0 and 90.0, got 91.0")
        .hasMessageContaining("\"geocode\"");
  }

  @Test
  void reportsAMissingRequiredFieldWithItsPath() throws Exception {
    String json = minimalJson().replace("\"cdcNumber\":\"K12345\",", "");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .hasRootCauseInstanceOf(InvalidRecordException.class)
        .rootCause()
        .hasMessageContaining("cdcNumber: missing (required)");
  }

  @Test
  void reportsAMissingRequiredFieldOfAPartWithItsPath() throws Exception {
    String json = MAPPER.writeValueAsString(ParoleeFixtures.full()).replace("\"street\":\"1200 EXAMPLE ST\",", "");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("address.street must not be null")
        .hasMessageContaining("Parolee[\"addresses\"]->java.util.ArrayList[0]");
  }

  @Test
  void readsNullListsAsEmpty() throws Exception {
    String json = minimalJson().replace("\"aliases\":[]", "\"aliases\":null")
        .replace("\"registrations\":[]", "\"registrations\":null")
        .replace("\"specialConditions\":[]", "\"specialConditions\":null")
        .replace("\"events\":[]", "\"events\":null");
    assertThat(MAPPER.readValue(json, Parolee.class)).isEqualTo(ParoleeFixtures.minimal());
  }

  @Test
  void readsAbsentListsAsEmpty() throws Exception {
    String json = minimalJson();
    for (String list : List.of("aliases", "monikers", "addresses", "photos", "smts", "vehicles", "offenses",
        "registrations", "specialConditions", "events")) {
      json = json.replace("\"" + list + "\":[],", "").replace(",\"" + list + "\":[]", "");
    }
    assertThat(json).doesNotContain("[]");
    assertThat(MAPPER.readValue(json, Parolee.class)).isEqualTo(ParoleeFixtures.minimal());
  }

  @Test
  void rejectsANullListElementWithItsPath() throws Exception {
    String json = minimalJson().replace("\"monikers\":[]", "\"monikers\":[\"LEFTY\",null]");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class))
        .rootCause()
        .hasMessageContaining("monikers[1]: is null");
  }

  @Test
  void rejectsADuplicateKey() throws Exception {
    String json = minimalJson().replace("\"sex\":\"F\"", "\"sex\":\"F\",\"sex\":\"M\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, Parolee.class)).hasMessageContaining("Duplicate field 'sex'");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview: the printed \"3086.6\" reads as the PC 3058.6 registration")
  void readsTheOverviewsMisprintedStatute() throws Exception {
    String json = minimalJson().replace("\"registrations\":[]", "\"registrations\":[\"3086.6\"]");
    assertThat(MAPPER.readValue(json, Parolee.class).registrations()).containsExactly(RegistrationStatute.PC_3058_6);
  }
}
