package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leadssdk.core.HairColor;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Race;
import org.leadssdk.core.Sex;
import org.leadssdk.search.lineup.LineupPosition;
import org.leadssdk.search.lineup.LineupSpec;
import org.leadssdk.search.lineup.SubjectDescription;
import org.leadssdk.testkit.TestRecords;

/** Null checks and equality of the search module's small public value types (Guava testlib). */
class ValueTypesTest {
  private static final String SHA = "a".repeat(64);

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {Checkpoint.class, FacetCount.class, Total.class, MatchedField.class, LineupSpec.class,
      SubjectDescription.class, LineupPosition.class})
  void publicConstructorsAndFactoriesRefuseNull(Class<?> type) {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(URI.class, URI.create("photo://synthetic/a.jpg"))
        .setDefault(String.class, "X")
        .setDefault(Parolee.class, TestRecords.parolee().build());
    assertThatCode(() -> {
      tester.testAllPublicConstructors(type);
      tester.testAllPublicStaticMethods(type);
    }).as("%s refuses null with a NullPointerException naming the parameter", type.getSimpleName())
        .doesNotThrowAnyException();
  }

  @Test
  void equalityFollowsTheComponents() {
    new EqualsTester()
        .addEqualityGroup(new Checkpoint("feed-a", 10), new Checkpoint("feed-a", 10))
        .addEqualityGroup(new Checkpoint("feed-a", 11))
        .addEqualityGroup(new Checkpoint("feed-b", 10))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new FacetCount("PRCS", 3), new FacetCount("PRCS", 3))
        .addEqualityGroup(new FacetCount("PRCS", 4))
        .addEqualityGroup(new FacetCount("ACTIVE", 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new SubjectDescription(Sex.MALE, Race.WHITE, 30, 70, 180, HairColor.BLACK),
            new SubjectDescription(Sex.MALE, Race.WHITE, 30, 70, 180, HairColor.BLACK))
        .addEqualityGroup(new SubjectDescription(Sex.MALE, Race.WHITE, 31, 70, 180, HairColor.BLACK))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new LineupPosition(1, URI.create("photo://synthetic/a.jpg"), SHA),
            new LineupPosition(1, URI.create("photo://synthetic/a.jpg"), SHA))
        .addEqualityGroup(new LineupPosition(2, URI.create("photo://synthetic/a.jpg"), SHA))
        .testEquals();
    assertThat(new FacetCount("PRCS", 3)).hasToString("FacetCount[value=PRCS, count=3]");
  }
}
