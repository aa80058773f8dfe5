package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.County;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.ZipCode;

class OfflineGeocoderTest {
  private static final OfflineGeocoder GEOCODER = OfflineGeocoder.create();

  @Test
  void zipGivesItsPointAndCounty() {
    GeocodeResult r = GEOCODER.geocode(ZipCode.parse("95814-1234")).orElseThrow();
    assertThat(r.county()).isEqualTo(County.SACRAMENTO);
    assertThat(r.precision()).isEqualTo(GeocodePrecision.ZIP);
    assertThat(r.source()).isEqualTo(GeocodeSource.ZIP_CENTROID);
    assertThat(r.match()).isEqualTo(GeocodeResult.Match.EXACT);
    assertThat(r.matchedName()).isEqualTo("95814 Sacramento");
    assertThat(Counties.bundled().county(r.point())).contains(County.SACRAMENTO);
    assertThat(GEOCODER.geocode(ZipCode.parse("10001"))).as("not a California ZIP").isEmpty();
  }

  @Test
  void ambiguousCityReturnsEveryCandidateAndACountyPicksOne() {
    List<GeocodeResult> all = GEOCODER.geocodeCity("Mountain View");
    assertThat(all).extracting(GeocodeResult::county).contains(County.SANTA_CLARA, County.CONTRA_COSTA);
    assertThat(all.get(0).county()).as("largest first").isEqualTo(County.SANTA_CLARA);
    assertThat(GEOCODER.geocodeCity("Mountain View", County.CONTRA_COSTA).orElseThrow().county())
        .isEqualTo(County.CONTRA_COSTA);
    assertThat(GEOCODER.geocodeCity("Mountain View", County.MODOC)).isEmpty();
  }

  @Test
  void cityNamesAreNormalized() {
    GeocodeResult exact = GEOCODER.geocodeCity("fresno").get(0);
    assertThat(exact.county()).isEqualTo(County.FRESNO);
    assertThat(exact.match()).isEqualTo(GeocodeResult.Match.EXACT);
    assertThat(exact.precision()).isEqualTo(GeocodePrecision.CITY);
    GeocodeResult saint = GEOCODER.geocodeCity("St. Helena").get(0);
    assertThat(saint.matchedName()).isEqualTo("Saint Helena");
    assertThat(saint.match()).isEqualTo(GeocodeResult.Match.NORMALIZED);
    assertThat(saint.county()).isEqualTo(County.NAPA);
    assertThat(GEOCODER.geocodeCity("  SAN   LUIS-OBISPO ").get(0).county()).isEqualTo(County.SAN_LUIS_OBISPO);
    assertThat(GEOCODER.geocodeCity("Mt Shasta").get(0).county()).isEqualTo(County.SISKIYOU);
  }

  @Test
  void uspsCityNamesWithoutAPlaceComeFromTheZipTable() {
    GeocodeResult afb = GEOCODER.geocodeCity("Travis AFB").get(0);
    assertThat(afb.county()).isEqualTo(County.SOLANO);
    assertThat(afb.source()).isEqualTo(GeocodeSource.ZIP_CENTROID);
  }

  @Test
  void misspeltCityIsFoundFuzzilyAndSaysSo() {
    GeocodeResult r = GEOCODER.geocodeCity("Sacramnto").get(0);
    assertThat(r.county()).isEqualTo(County.SACRAMENTO);
    assertThat(r.match()).isEqualTo(GeocodeResult.Match.FUZZY);
    assertThat(GEOCODER.geocodeCity("Sacramnto")).as("cached, same answer").containsExactlyElementsOf(
        GEOCODER.geocodeCity("Sacramnto"));
    assertThat(GEOCODER.geocodeCity("Xyzzy")).isEmpty();
  }

  @Test
  void queryNeedsACityOrZip() {
    assertThatThrownBy(() -> new AddressQuery("1 MAIN ST", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("give a city or a ZIP code");
    assertThatThrownBy(() -> AddressQuery.ofCity("  ")).hasMessageContaining("query.city must not be blank");
  }
}
