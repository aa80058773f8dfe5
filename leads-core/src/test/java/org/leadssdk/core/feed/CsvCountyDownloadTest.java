package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.Address;
import org.leadssdk.core.AddressType;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.County;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.Offense;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.UsState;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.json.ParoleeFixtures;

class CsvCountyDownloadTest {
  private static List<String[]> parse(String csv) {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("the download is not CSV", e);
    }
  }

  private static String write(Parolee... records) {
    StringWriter out = new StringWriter();
    try (CsvCountyDownload csv = CsvCountyDownload.to(out)) {
      for (Parolee p : records) {
        csv.write(p);
      }
      assertThat(csv.rows()).isEqualTo(records.length);
    }
    return out.toString();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, PRCS records: the columns in the overview's order")
  void writesTheHeaderInTheOverviewsOrder() {
    List<String[]> rows = parse(write());
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0)).containsExactly("CDC_NUMBER", "LAST_NAME", "FIRST_NAME", "MIDDLE_NAME", "DOB",
        "BIRTH_PLACE", "HAIR", "EYES", "HEIGHT_IN", "WEIGHT_LB", "RACE", "ETHNICITY", "RELEASE_DATE", "SSN",
        "FBI_NUMBER", "CII_NUMBER", "REG_HS_11590", "REG_PC_290", "REG_PC_457_1", "REG_PC_3058_6", "COLLR",
        "COMMITMENT_OFFENSE", "SELF_DISCLOSED_ADDRESS");
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview, PRCS records: one value per column for a full record")
  void writesEveryColumnOfAFullRecord() {
    List<String[]> rows = parse(write(ParoleeFixtures.full()));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsExactly("AB1234", "TESTPERSON", "JOHN", "QUINCY", "1980-02-29", "FRESNO, CA",
        "BRO", "HAZ", "70", "180", "W", "H", "2020-01-15", "123456789", "123456AB1", "A12345678", "Y", "Y", "Y", "Y",
        "SAC", "PC 211 Robbery", "77 SAMPLE AVE, REAR B, ELK GROVE, CA 95624");
  }

  @Test
  void leavesAbsentValuesEmptyAndWritesNForRegistrations() {
    Parolee redacted = ParoleeFixtures.full().toBuilder().identifiers(Identifiers.NONE).registrations(List.of()).build();
    String[] row = parse(write(redacted, ParoleeFixtures.minimal())).get(2);
    assertThat(row).containsExactly("K12345", "SAMPLE", "JANE", "", "1990-12-31", "", "BLK", "BRO", "64", "130", "U",
        "", "", "", "", "", "N", "N", "N", "N", "", "", "");
    String[] redactedRow = parse(write(redacted)).get(1);
    assertThat(redactedRow[13]).isEmpty();
    assertThat(redactedRow[14]).isEmpty();
    assertThat(redactedRow[15]).isEmpty();
    assertThat(List.of(redactedRow).subList(16, 20)).containsOnly("N");
  }

  @Test
  void quotesCommasQuotesAndLineBreaksPerRfc4180() {
    Parolee p = ParoleeFixtures.minimal().toBuilder()
        .addOffense(new Offense(CodeSection.parse("PC 211"), "ROBBERY, \"ARMED\"", null, null))
        .addAddress(new Address(AddressType.SELF_DISCLOSED, "1 SAMPLE ST", null, "SACRAMENTO", UsState.CA,
            ZipCode.parse("95814"), County.SACRAMENTO, null, false, null, null))
        .build();
    String csv = write(p);
    assertThat(csv).contains("\"PC 211 ROBBERY, \"\"ARMED\"\"\"").contains("\"1 SAMPLE ST, SACRAMENTO, CA 95814\"");
    assertThat(csv).startsWith("CDC_NUMBER,LAST_NAME,").contains("\r\n").doesNotContain("\n\n");
    String[] row = parse(csv).get(1);
    assertThat(row[21]).isEqualTo("PC 211 ROBBERY, \"ARMED\"");
    assertThat(row[22]).isEqualTo("1 SAMPLE ST, SACRAMENTO, CA 95814");
  }

  @Test
  void quotesLineBreaksInsideACell() {
    // the record types reject control characters, so no record field holds a line break; the row writer
    // underneath write(Parolee) is given one directly
    StringWriter out = new StringWriter();
    try (CsvCountyDownload csv = CsvCountyDownload.to(out)) {
      csv.writeCells(new String[] {"A\r\nB", "C\nD", "plain"});
    }
    assertThat(out.toString()).endsWith("\r\n\"A\r\nB\",\"C\nD\",plain\r\n");
    assertThat(parse(out.toString()).get(1)).containsExactly("A\r\nB", "C\nD", "plain");
  }

  @Test
  void guardsCellsThatASpreadsheetWouldEvaluate() {
    assertThat(CsvCountyDownload.guard("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvCountyDownload.guard("+1")).isEqualTo("'+1");
    assertThat(CsvCountyDownload.guard("-1")).isEqualTo("'-1");
    assertThat(CsvCountyDownload.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCountyDownload.guard("\tX")).isEqualTo("'\tX");
    assertThat(CsvCountyDownload.guard("PC 211")).isEqualTo("PC 211");
    assertThat(CsvCountyDownload.guard("")).isEmpty();
    Parolee p = ParoleeFixtures.minimal().toBuilder()
        .addOffense(new Offense(CodeSection.parse("PC 211"), "=CMD|' /C calc'!A0", null, null))
        .build();
    String[] row = parse(write(p)).get(1);
    assertThat(row[21]).isEqualTo("PC 211 =CMD|' /C calc'!A0");
    Parolee q = ParoleeFixtures.minimal().toBuilder()
        .addAddress(new Address(AddressType.SELF_DISCLOSED, "=1+2", null, "SACRAMENTO", UsState.CA,
            ZipCode.parse("95814"), null, null, false, null, null))
        .build();
    assertThat(parse(write(q)).get(1)[22]).isEqualTo("'=1+2, SACRAMENTO, CA 95814");
  }

  @Test
  void picksTheMostRecentOffenseAndTheCurrentSelfDisclosedAddress() {
    Parolee p = ParoleeFixtures.minimal().toBuilder()
        .addOffense(new Offense(CodeSection.parse("PC 459"), "Burglary", null, null))
        .addOffense(new Offense(CodeSection.parse("PC 211"), "Robbery", LocalDate.of(2019, 1, 1), null))
        .addOffense(new Offense(CodeSection.parse("VC 10851"), "Vehicle theft", LocalDate.of(2015, 1, 1), null))
        .addAddress(new Address(AddressType.SELF_DISCLOSED, "1 OLD ST", null, "FRESNO", UsState.CA,
            ZipCode.parse("93721"), null, null, false, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)))
        .addAddress(new Address(AddressType.SELF_DISCLOSED, "2 EARLY ST", null, "FRESNO", UsState.CA,
            ZipCode.parse("93721"), null, null, false, LocalDate.of(2019, 1, 1), null))
        .addAddress(new Address(AddressType.SELF_DISCLOSED, "3 NEW ST", "UNIT 5", "FRESNO", UsState.CA,
            ZipCode.parse("93721"), null, null, false, LocalDate.of(2020, 1, 1), null))
        .addAddress(new Address(AddressType.RESIDENCE, "4 HOME ST", null, "FRESNO", UsState.CA,
            ZipCode.parse("93721"), null, null, false, LocalDate.of(2021, 1, 1), null))
        .build();
    String[] row = CsvCountyDownload.row(p);
    assertThat(row[21]).isEqualTo("PC 211 Robbery");
    assertThat(row[22]).isEqualTo("3 NEW ST UNIT 5, FRESNO, CA 93721");
  }

  @Test
  void writesUtf8ToAStreamAndRefusesWritesAfterClose() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CsvCountyDownload csv = CsvCountyDownload.to(bytes);
    csv.write(ParoleeFixtures.minimal().toBuilder()
        .name(new org.leadssdk.core.PersonName("ZOË", null, "ÑANDÚ", null)).build());
    csv.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\r\nK12345,ÑANDÚ,ZOË,,");
    csv.close();
    csv.close();
    assertThatThrownBy(() -> csv.write(ParoleeFixtures.minimal()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CsvCountyDownload is closed");
  }

  @Test
  void aFailingTargetGivesAFeedIoExceptionNamingTheRowsWritten() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int off, int len) throws IOException {
        throw new IOException("share unmounted");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    CsvCountyDownload csv = CsvCountyDownload.to(failing); // the header stays in Jackson's buffer
    csv.write(ParoleeFixtures.minimal());
    assertThatThrownBy(csv::flush)
        .isInstanceOfSatisfying(FeedIoException.class, e -> {
          assertThat(e.operation()).isEqualTo("flush the county download");
          assertThat(e.linesDone()).isEqualTo(1);
        })
        .hasMessage("cannot flush the county download after 1 line: IOException share unmounted");
  }
}
