package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestRecords;

/** The catch-all text is the record's field texts in order; the paths name the fields. */
class RecordTextsProperties {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void theCatchAllTextIsEveryFieldTextInOrder(long seed) {
    for (Parolee p : new SyntheticParolees(seed).parolees(100)) {
      StringBuilder all = new StringBuilder();
      RecordTexts.appendAll(p, all, "|");
      StringBuilder expected = new StringBuilder();
      for (RecordTexts.FieldText f : RecordTexts.of(p)) {
        expected.append(f.text()).append('|');
      }
      assertThat(all).as("seed %d %s", seed, p.cdcNumber()).hasToString(expected.toString());
    }
  }

  @Test
  void pathsNameTheFieldAndItsPlaceInItsList() {
    Parolee p = TestRecords.parolee().build();
    List<String> paths = RecordTexts.of(p).stream().map(RecordTexts.FieldText::path).toList();
    assertThat(paths).contains("cdcNumber", "name.last", "aliases[0].last", "monikers[0]", "addresses[0].street",
        "vehicles[0].plate", "offenses[0].description", "registrations[0]", "supervision.status")
        .allMatch(path -> path.matches("[a-zA-Z.]+(\\[\\d+\\](\\.[a-zA-Z]+)?)?"));
  }
}
