package org.leadssdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.policy.AlprRoleGroup;

class CliConfigReaderTest {
  private static final String SAMPLE = CliConfigReader.toJson(CliConfig.sample());

  @Test
  void theSampleRoundTripsThroughJson() {
    CliConfig read = CliConfigReader.parse(SAMPLE);

    assertThat(read).isEqualTo(CliConfig.sample());
    assertThat(read.user("AGENT07").orElseThrow().alpr().roleGroup()).isEqualTo(AlprRoleGroup.SPECIAL_AGENT);
    assertThat(read.user("agent07").orElseThrow().alpr().division().name()).isEqualTo("DAPO");
  }

  @Test
  void rejectsAnUnknownPropertyNamingItsPath() {
    String json = SAMPLE.replaceFirst("\"active\"", "\"enabled\"");

    assertThatThrownBy(() -> CliConfigReader.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("users[0].enabled: unknown property; known here: id, agencyOri");
  }

  @Test
  void rejectsAMissingRequiredField() {
    String json = SAMPLE.replaceFirst("\"agencyOri\" : \"CA0340000\",", "");

    assertThatThrownBy(() -> CliConfigReader.parse(json)).hasMessage("users[0].agencyOri: missing (required)");
  }

  @Test
  void rejectsABadDateNamingTheField() {
    String json = SAMPLE.replaceFirst("\"2025-06-01\"", "\"2025-13-01\"");

    assertThatThrownBy(() -> CliConfigReader.parse(json))
        .hasMessage("users[0].trainingCompleted: \"2025-13-01\" is not a date YYYY-MM-DD");
  }

  @Test
  void rejectsAUserOfAnUnknownAgency() {
    String json = SAMPLE.replaceFirst("\"agencyOri\" : \"CA0340000\"", "\"agencyOri\" : \"CA0990000\"");

    assertThatThrownBy(() -> CliConfigReader.parse(json))
        .hasMessage("users[0].agencyOri: CA0990000 is not one of the agencies of this file");
  }

  @Test
  void rejectsAnAlprProfileOfAnUnknownDivision() {
    String json = SAMPLE.replace("\"division\" : \"DAPO\"", "\"division\" : \"OCS\"");

    assertThatThrownBy(() -> CliConfigReader.parse(json))
        .hasMessage("users[1].alpr.division: \"OCS\" is not one of the divisions of this file");
  }

  @Test
  void rejectsAnInvalidCaseNumberPatternThroughTheSdkRule() {
    String json = SAMPLE.replace("DAPO-\\\\d{4}-\\\\d{6}", "DAPO-(");

    assertThatThrownBy(() -> CliConfigReader.parse(json))
        .hasMessageStartingWith("divisions[0]: division.caseNumberPattern:").hasMessageContaining("regular expression");
  }

  @Test
  void readingAFileNamesTheFileAndTheJsonPosition(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    java.nio.file.Files.writeString(file, "{\n  \"users\": [,]\n}", java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CliConfigReader.read(file))
        .hasMessageStartingWith("config " + file + ": not valid JSON at line 2, column");
  }
}
