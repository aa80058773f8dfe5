package org.leadssdk.search.lineup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;

class LineupJsonTest {
  private final LineupFixture f = new LineupFixture();
  private final Lineup lineup = f.composer(5).compose(f.context(f.deputy),
      LineupSubject.inIndex(LineupFixture.SUBJECT), LineupSpec.builder().ageYears(null).fillerCount(4).build());

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aLineupRoundTripsThroughJson() {
    String json = lineup.toJson();
    assertThat(json).startsWith("{\"version\":1,\"id\":\"" + lineup.id() + "\"");
    assertThat(Lineup.fromJson(json)).isEqualTo(lineup);
  }

  @Test
  void theSavedJsonHoldsNoHistoryOrStatus() {
    String json = lineup.toJson();
    assertThat(json).doesNotContain("offense").doesNotContain("ACTIVE").doesNotContain("PC 211")
        .doesNotContain("registration").doesNotContain("supervision").doesNotContain("DOE");
  }

  @Test
  void anotherVersionIsRefusedNamingIt() {
    String json = lineup.toJson().replace("\"version\":1", "\"version\":2");
    assertThatThrownBy(() -> Lineup.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lineup.version: 2 is not supported (this SDK reads version 1)");
  }

  @Test
  void anUnknownPropertyIsRefusedWithItsPath() {
    String json = lineup.toJson().replace("\"version\":1,", "\"version\":1,\"status\":\"ACTIVE\",");
    assertThatThrownBy(() -> Lineup.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a saved line-up")
        .hasMessageContaining("status");
  }

  @Test
  void positionsMustMatchTheSpec() {
    assertThatThrownBy(() -> new Lineup(1, lineup.id(), lineup.createdAt(), "u", "CA0340000", null,
        lineup.description(), LineupSpec.defaults(), lineup.positions(), lineup.spread(), lineup.key()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lineup.positions: 5 positions, but the spec asks for 5 fillers and the subject");
  }

  @Test
  void specBandsAreValidatedWithTheirNames() {
    assertThatThrownBy(() -> LineupSpec.builder().heightInches(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spec.heightInches");
    assertThatThrownBy(() -> LineupSpec.builder().fillerCount(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spec.fillerCount");
    assertThat(LineupSpec.defaults().describe())
        .isEqualTo("same sex, same race, same hair colour, age within 5 years, height within 3 inches, "
            + "weight within 20 pounds");
    assertThat(LineupSpec.defaults().bands()).containsExactly(Band.values());
  }

  @Test
  void descriptionRangesAreChecked() {
    assertThatThrownBy(() -> new SubjectDescription(Sex.MALE, Race.WHITE, 38, 30, 180, HairColor.BROWN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description.heightInches");
  }

  @Test
  void aSpreadWithEqualFillersAndAnotherSubjectHasNoFiniteDistance() {
    AttributeSpread s = AttributeSpread.of(Band.HEIGHT, 74, new int[] {70, 70, 70});
    assertThat(s.standardDeviationsFromMean()).isNull();
    assertThat(s.outsideFillerRange()).isTrue();
    assertThat(AttributeSpread.of(Band.HEIGHT, 70, new int[] {70, 70}).standardDeviationsFromMean()).isZero();
    assertThatThrownBy(() -> AttributeSpread.of(Band.SEX, 1, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spread.attribute must be AGE, HEIGHT or WEIGHT");
  }

  @Test
  void theKeyRefusesAFillerWithoutCdcNumber() {
    assertThatThrownBy(() -> new LineupKey(1, List.of(new LineupKey.Entry(1, true, null),
        new LineupKey.Entry(2, false, null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key.entries[2].cdcNumber: missing (required for a filler)");
  }
}
