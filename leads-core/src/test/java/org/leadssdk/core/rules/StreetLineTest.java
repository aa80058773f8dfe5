package org.leadssdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leadssdk.core.County;
import org.leadssdk.core.ParoleUnit;
import org.leadssdk.core.rules.StreetLine.Form;

class StreetLineTest {
  @ParameterizedTest(name = "DOM 81010.2.1(c): \"{0}\" is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      1200 K ST                   | NUMBER_AND_NAME
      1200-B k st                 | NUMBER_AND_NAME
      123 1/2 MAIN ST             | NUMBER_AND_NAME
      12500   HWY 49              | NUMBER_AND_NAME
      42A ELM ST APT 4            | NUMBER_AND_NAME
      MAIN ST & 5TH ST            | INTERSECTION
      MAIN/5TH                    | INTERSECTION
      CORNER OF MAIN AND 5TH      | INTERSECTION
      MAIN ST AND 5TH ST          | INTERSECTION
      1200 MAIN ST & 5TH ST       | INTERSECTION
      MAIN ST AT 5TH ST           | INTERSECTION
      MAIN @ 5TH                  | INTERSECTION
      ELM BETWEEN 3RD AND 4TH     | INTERSECTION
      PO BOX 12                   | PO_BOX
      P.O. Box 12                 | PO_BOX
      p o box 7                   | PO_BOX
      POBOX 7                     | PO_BOX
      POST OFFICE BOX 99          | PO_BOX
      RR 2 BOX 15                 | PO_BOX
      BOX 15                      | PO_BOX
      1200 K ST PMB 7             | PO_BOX
      TRANSIENT                   | TRANSIENT
      homeless                    | TRANSIENT
      NO FIXED ADDRESS            | TRANSIENT
      K ST                        | NO_NUMBER
      5TH ST                      | NO_NUMBER
      ONE MARKET ST               | NO_NUMBER
      SUNSET MOTEL                | NO_NUMBER
      1200                        | NO_STREET_NAME
      1200 1/2                    | NO_STREET_NAME
      """)
  void classifiesStreetLines(String line, Form expected) {
    assertThat(StreetLine.classify(line).form()).isEqualTo(expected);
  }

  @Test
  void splitsNumberAndName() {
    StreetLine l = StreetLine.classify("  123   1/2  main st ");
    assertThat(l.number()).isEqualTo("123 1/2");
    assertThat(l.streetName()).isEqualTo("MAIN ST");
    assertThat(l.text()).isEqualTo("123 1/2 MAIN ST");
    assertThat(StreetLine.classify("1200").number()).isEqualTo("1200");
    assertThat(StreetLine.classify("1200").streetName()).isNull();
  }

  @Test
  @DisplayName("Limit, documented: a street named with AND reads as an intersection (errs towards not counting)")
  void streetNamedWithAndReadsAsIntersection() {
    assertThat(StreetLine.classify("100 LEWIS AND CLARK DR").form()).isEqualTo(Form.INTERSECTION);
  }

  @Test
  void rejectsBlankAndOverlongLines() {
    assertThatThrownBy(() -> StreetLine.classify("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streetLine must not be blank");
    assertThatThrownBy(() -> StreetLine.classify("1".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streetLine must be at most 200 characters");
  }

  @Test
  void rejectsPartsThatDoNotFitTheForm() {
    assertThatThrownBy(() -> new StreetLine(Form.INTERSECTION, "A & B", "1", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streetLine.number");
    assertThatThrownBy(() -> new StreetLine(Form.NUMBER_AND_NAME, "1 A", "1", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streetLine.streetName");
    assertThat(StreetLine.classify("1200 K ST").toString()).doesNotContain("1200", "K ST");
  }

  @Test
  @DisplayName("DOM 81010.2.1(c): fromStreetLine builds the form the line shows")
  void buildsStatedResidenceFromALine() {
    ParoleUnit unit = new ParoleUnit("ALTURAS 1", null);
    assertThat(StatedResidence.fromStreetLine("1200 K ST", "SACRAMENTO", County.SACRAMENTO, null))
        .isEqualTo(new StatedResidence.StreetAddress("1200", "K ST", "SACRAMENTO", County.SACRAMENTO));
    assertThat(StatedResidence.fromStreetLine("K ST", "SACRAMENTO", County.SACRAMENTO, null))
        .isEqualTo(new StatedResidence.StreetAddress(null, "K ST", "SACRAMENTO", County.SACRAMENTO));
    assertThat(StatedResidence.fromStreetLine("1200", "SACRAMENTO", County.SACRAMENTO, null))
        .isEqualTo(new StatedResidence.StreetAddress("1200", null, "SACRAMENTO", County.SACRAMENTO));
    assertThat(StatedResidence.fromStreetLine("P.O. Box 12", "LIKELY", County.MODOC, unit))
        .isEqualTo(new StatedResidence.PoBox("P.O. BOX 12", "LIKELY", County.MODOC, unit));
    assertThat(StatedResidence.fromStreetLine("MAIN/5TH", null, null, null))
        .isEqualTo(new StatedResidence.Intersection("MAIN/5TH"));
    assertThat(StatedResidence.fromStreetLine("transient", null, null, null))
        .isEqualTo(new StatedResidence.Transient());
  }
}
