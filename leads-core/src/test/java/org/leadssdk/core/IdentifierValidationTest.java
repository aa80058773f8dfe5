package org.leadssdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every identifier rule rejects with field, masked value and rule, and accepts its boundary. */
class IdentifierValidationTest {

  @ParameterizedTest
  @ValueSource(strings = {"A12345", "AB1234", "Z99999", "ZZ0000"})
  void cdcAcceptsOneOrTwoLettersThenDigitsSixInAll(String value) {
    assertThat(CdcNumber.parse(value).value()).isEqualTo(value);
    assertThat(CdcNumber.isWellFormed(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A1234", "ABC123", "AB12345", "123456", "A1B234", "ÄB1234"})
  void cdcRejectsOtherShapesWithoutPrintingTheNumber(String value) {
    assertThatThrownBy(() -> new CdcNumber(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cdcNumber: ")
        .hasMessageContaining("1-2 letters then digits, 6 characters")
        .hasMessageNotContaining(value);
    assertThat(CdcNumber.isWellFormed(value)).isFalse();
  }

  @Test
  void cdcParseNormalizesCaseAndSpaces() {
    assertThat(CdcNumber.parse(" ab1234 ")).isEqualTo(new CdcNumber("AB1234"));
    assertThat(new CdcNumber("K12345").compareTo(new CdcNumber("AB1234"))).isPositive();
  }

  @Test
  void ciiAcceptsOptionalLetterAndEightDigits() {
    assertThat(CiiNumber.parse("a1234-5678").value()).isEqualTo("A12345678");
    assertThat(CiiNumber.parse("12345678").value()).isEqualTo("12345678");
    assertThat(CiiNumber.parse("A12345678").toString()).doesNotContain("12345678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7654321", "987654321", "AB98765432", "A9876543X"})
  void ciiRejectsOtherShapes(String value) {
    assertThatThrownBy(() -> CiiNumber.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ciiNumber: ")
        .hasMessageContaining("an optional letter then 8 digits")
        .hasMessageNotContaining(value);
  }

  @Test
  void fbiAcceptsSevenToNineWithADigit() {
    assertThat(FbiNumber.parse("1234567").value()).isEqualTo("1234567");
    assertThat(FbiNumber.parse("123456ab7").value()).isEqualTo("123456AB7");
    assertThat(FbiNumber.parse("123456AB7").toString()).doesNotContain("123456AB7");
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456", "1234567890", "ABCDEFGH", "12345_67"})
  void fbiRejectsOtherShapes(String value) {
    assertThatThrownBy(() -> new FbiNumber(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fbiNumber: ")
        .hasMessageContaining("7-9 letters and digits with at least one digit")
        .hasMessageNotContaining(value);
  }

  @Test
  void ssnAcceptsTheEdgesOfIssuedNumbersAndMasksThem() {
    assertThat(Ssn.parse("001-01-0001").value()).isEqualTo("001010001");
    assertThat(Ssn.parse("665-99-9999").value()).isEqualTo("665999999");
    assertThat(Ssn.parse("667010001").value()).isEqualTo("667010001");
    assertThat(Ssn.parse("899-99-9999").value()).isEqualTo("899999999");
    Ssn ssn = Ssn.parse("123-45-6789");
    assertThat(ssn.toString()).isEqualTo("Ssn[***-**-6789]").doesNotContain("12345");
    assertThat(ssn.masked()).isEqualTo("***-**-6789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456"})
  void ssnRejectsAreasNeverIssued(String value) {
    assertThatThrownBy(() -> Ssn.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ssn: ")
        .hasMessageContaining("area number never issued (000, 666, 900-999)")
        .hasMessageNotContaining(value.replace("-", ""))
        .hasMessageNotContaining(value.substring(0, 3) + "12");
  }

  @Test
  void ssnRejectsGroup00Serial0000AndOtherShapes() {
    assertThatThrownBy(() -> Ssn.parse("123-00-4567"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ssn: ").hasMessageContaining("group number 00").hasMessageNotContaining("123");
    assertThatThrownBy(() -> Ssn.parse("123-45-0000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serial number 0000").hasMessageNotContaining("12345");
    assertThatThrownBy(() -> Ssn.parse("98-765-4321"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 9 digits").hasMessageNotContaining("765");
    assertThatThrownBy(() -> new Ssn("1234567890"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 9 digits").hasMessageNotContaining("1234567890");
  }

  @Test
  void plateAcceptsOneToEightAfterNormalizing() {
    assertThat(Plate.of("7abc-123", UsState.CA).number()).isEqualTo("7ABC123");
    assertThat(Plate.of("A", UsState.CA).number()).isEqualTo("A");
    assertThat(Plate.of("12345678", UsState.NV).number()).isEqualTo("12345678");
    assertThatThrownBy(() -> Plate.of("123456789", UsState.CA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("plate.number: ")
        .hasMessageContaining("must be 1-8 letters and digits")
        .hasMessageNotContaining("123456789");
    assertThatThrownBy(() -> Plate.of(" - ", UsState.CA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plate.number");
    assertThatThrownBy(() -> new Plate("7ABC12!", UsState.CA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plate.number");
  }

  @Test
  void driverLicenceChecksTheCaliforniaFormatAndOthersLoosely() {
    assertThat(DriverLicence.of("b765-4321", UsState.CA).number()).isEqualTo("B7654321");
    assertThat(DriverLicence.of("1", UsState.NV).number()).isEqualTo("1");
    assertThat(DriverLicence.of("A".repeat(20), UsState.NY).number()).hasSize(20);
    assertThat(DriverLicence.of("B7654321", UsState.CA).toString()).doesNotContain("7654321");
    assertThatThrownBy(() -> DriverLicence.of("B765432", UsState.CA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("driverLicence.number: ")
        .hasMessageContaining("California format (one letter then 7 digits)")
        .hasMessageNotContaining("765432");
    assertThatThrownBy(() -> DriverLicence.of("A".repeat(21), UsState.NY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be 1-20 letters and digits")
        .hasMessageNotContaining("A".repeat(21));
  }

  @Test
  void zipAcceptsFiveDigitsAndZipPlus4() {
    assertThat(ZipCode.parse(" 95814 ").zip5()).isEqualTo("95814");
    assertThat(ZipCode.parse("95814-1234").zip5()).isEqualTo("95814");
    for (String bad : new String[] {"9876", "987654", "98765-432", "98765 4321", "9876A"}) {
      assertThatThrownBy(() -> ZipCode.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("zip: ")
          .hasMessageContaining("must be 5 digits or ZIP+4")
          .hasMessageNotContaining(bad);
    }
  }

  @Test
  void phoneAcceptsNanpNumbersInCommonSpellings() {
    assertThat(PhoneNumber.parse("(916) 555-0100").digits()).isEqualTo("9165550100");
    assertThat(PhoneNumber.parse("+1 916 555 0100").formatted()).isEqualTo("(916) 555-0100");
    assertThat(PhoneNumber.parse("2002000000").digits()).isEqualTo("2002000000");
    assertThat(PhoneNumber.parse("9999999999").digits()).isEqualTo("9999999999");
    for (String bad : new String[] {"1165550100", "9161550100", "916555010", "91655501000", "916555010X"}) {
      assertThatThrownBy(() -> PhoneNumber.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("phone: ")
          .hasMessageContaining("area code and exchange start with 2-9")
          .hasMessageNotContaining(bad);
    }
  }

  @Test
  void smtCodeAcceptsKindAndUpToThreeWordsWithinTenCharacters() {
    assertThat(SmtCode.parse(" tat  l   arm ").value()).isEqualTo("TAT L ARM");
    assertThat(SmtCode.parse("SC").kind()).isEqualTo("SC");
    assertThat(SmtCode.parse("TAT L ARM").kind()).isEqualTo("TAT");
    assertThat(SmtCode.parse("TATU ABCDE").value()).hasSize(10);
    for (String bad : new String[] {"T", "TATTO L", "TAT LEFT ARM", "TAT A B C D", "1AT L"}) {
      assertThatThrownBy(() -> SmtCode.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("smt.code: ")
          .hasMessageContaining("at most 10 characters");
    }
  }

  @Test
  void codeSectionParsesAbbreviationsAndSubdivisions() {
    assertThat(CodeSection.parse("pc211")).isEqualTo(new CodeSection("PC", "211"));
    assertThat(CodeSection.parse("H&S 11352(A)").toString()).isEqualTo("HS 11352(a)");
    assertThat(CodeSection.parse("PC 261(a)(2)").section()).isEqualTo("261(a)(2)");
    assertThat(CodeSection.parse("PC 12345.123(a)(b)(c)(d)").section()).isEqualTo("12345.123(a)(b)(c)(d)");
    assertThatThrownBy(() -> new CodeSection("XX", "211"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offense.codeSection: unknown code \"XX\"")
        .hasMessageContaining("PC, HS, VC");
    assertThatThrownBy(() -> new CodeSection("PC", "123456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offense.codeSection: section \"123456\"");
    assertThatThrownBy(() -> new CodeSection("PC", "211(a)(b)(c)(d)(e)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("up to 4 (subdivisions)");
    assertThatThrownBy(() -> CodeSection.parse("robbery"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offense.codeSection: \"robbery\" is not a code section");
  }

  @Test
  void countyUnitParsesPrcsAndACountyCode() {
    assertThat(CountyUnit.parse(" prcs-sac ")).isEqualTo(CountyUnit.of(County.SACRAMENTO));
    assertThat(CountyUnit.parse("PRCS-LA").code()).isEqualTo("PRCS-LA");
    assertThat(CountyUnit.parse("PRCS\u2010FRE").county()).isEqualTo(County.FRESNO);
    assertThatThrownBy(() -> CountyUnit.parse("SAC"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countyUnit: \"SAC\" must be PRCS- and a county code");
    assertThatThrownBy(() -> CountyUnit.parse("PRCS-XYZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countyUnit: \"PRCS-XYZ\" names no California county")
        .hasMessageContaining("ALA, ALP");
  }
}
