package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FeedFaultsTest {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void everyKindIsRejectedAtItsExpectedPath(long seed) {
    SyntheticParolees gen = new SyntheticParolees(seed);
    for (FeedFaults.Kind kind : FeedFaults.Kind.values()) {
      String valid = SyntheticFeeds.line(gen.next());
      FeedFaults.BadLine bad = FeedFaults.inject(seed + kind.ordinal(), valid, kind);
      assertThat(bad.kind()).isEqualTo(kind);
      assertThat(bad.line()).as("seed %d kind %s", seed, kind).isNotEqualTo(valid).doesNotContain("\n");
      assertThat(StrictJson.rejectPath(bad.line()))
          .as("seed %d kind %s line %s", seed, kind, bad.line())
          .contains(bad.expectedPath());
    }
  }

  @Test
  void sameSeedGivesSameBadLine() {
    String valid = SyntheticFeeds.line(new SyntheticParolees(3).next());
    for (FeedFaults.Kind kind : FeedFaults.Kind.values()) {
      assertThat(FeedFaults.inject(11, valid, kind)).isEqualTo(FeedFaults.inject(11, valid, kind));
    }
  }

  @Test
  void unknownCodeCanPutZzzIntoHair() {
    String valid = SyntheticFeeds.line(TestRecords.parolee().build());
    boolean seen = false;
    for (long seed = 0; seed < 50 && !seen; seed++) {
      FeedFaults.BadLine bad = FeedFaults.inject(seed, valid, FeedFaults.Kind.UNKNOWN_CODE);
      seen = bad.expectedPath().equals("description.hair") && bad.line().contains("\"hair\":\"ZZZ\"");
    }
    assertThat(seen).isTrue();
  }

  @Test
  void emptyObjectAndNotJsonConcernTheWholeLine() {
    String valid = SyntheticFeeds.line(TestRecords.parolee().build());
    assertThat(FeedFaults.inject(1, valid, FeedFaults.Kind.EMPTY_OBJECT))
        .isEqualTo(new FeedFaults.BadLine("{}", FeedFaults.Kind.EMPTY_OBJECT, FeedFaults.WHOLE_LINE));
    assertThat(FeedFaults.inject(1, valid, FeedFaults.Kind.NOT_JSON).expectedPath()).isEqualTo("$");
    assertThat(FeedFaults.inject(1, valid, FeedFaults.Kind.TRUNCATED_JSON).expectedPath()).isEqualTo("$");
  }

  @Test
  void rejectsALineThatIsNotAnObject() {
    assertThatThrownBy(() -> FeedFaults.inject(1, "[1,2]", FeedFaults.Kind.BAD_ZIP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validLine must be a JSON object");
    assertThatThrownBy(() -> FeedFaults.inject(1, "nope", FeedFaults.Kind.BAD_ZIP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validLine is not JSON");
  }

  @Test
  void rejectsALineWithoutThePartTheKindNeeds() {
    String noAddress = SyntheticFeeds.line(TestRecords.parolee().addresses(List.of()).build());
    assertThatThrownBy(() -> FeedFaults.inject(1, noAddress, FeedFaults.Kind.LATITUDE_OUT_OF_RANGE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no address")
        .hasMessageContaining("LATITUDE_OUT_OF_RANGE");
  }

  @Test
  void latitudeFaultGeocodesAnAddressThatHasNoGeocode() {
    var p = TestRecords.parolee().build();
    var plain = p.addresses().stream()
        .map(a -> new org.leadssdk.core.Address(a.type(), a.street(), a.unit(), a.city(), a.state(), a.zip(),
            a.county(), null, a.validated(), a.from(), a.to()))
        .toList();
    String line = SyntheticFeeds.line(p.toBuilder().addresses(plain).build());
    FeedFaults.BadLine bad = FeedFaults.inject(2, line, FeedFaults.Kind.LATITUDE_OUT_OF_RANGE);
    assertThat(bad.expectedPath()).matches("addresses\\[[01]]\\.geocode\\.point\\.latitude");
    assertThat(StrictJson.rejectPath(bad.line())).contains(bad.expectedPath());
  }

  @Test
  void writesFaultsAtSeededPositionsAndEveryOtherLineIsValid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("faults.ndjson");
    List<FeedFaults.Injected> injected = SyntheticFeeds.writeNdjsonWithFaults(file, 5, 3_000, 150);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(lines).hasSize(3_000);
    assertThat(injected).hasSize(150).isSortedAccordingTo((a, b) -> Long.compare(a.lineNumber(), b.lineNumber()));
    Set<FeedFaults.Kind> kinds = EnumSet.noneOf(FeedFaults.Kind.class);
    Map<Long, FeedFaults.Injected> byLine = new HashMap<>();
    injected.forEach(f -> {
      byLine.put(f.lineNumber(), f);
      kinds.add(f.kind());
    });
    assertThat(byLine).hasSize(150);
    assertThat(kinds).containsExactlyInAnyOrder(FeedFaults.Kind.values());
    int accepted = 0;
    for (int i = 0; i < lines.size(); i++) {
      Optional<String> path = StrictJson.rejectPath(lines.get(i));
      FeedFaults.Injected fault = byLine.get(i + 1L);
      if (fault == null) {
        assertThat(path).as("line %d", i + 1).isEmpty();
        accepted++;
      } else {
        assertThat(path).as("line %d (%s)", i + 1, fault.kind()).contains(fault.expectedPath());
      }
    }
    assertThat(accepted).isEqualTo(2_850);
    assertThat(SyntheticFeeds.writeNdjsonWithFaults(dir.resolve("again.ndjson"), 5, 3_000, 150)).isEqualTo(injected);
    assertThat(Files.readAllBytes(dir.resolve("again.ndjson"))).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void rejectsMoreFaultsThanLines(@TempDir Path dir) {
    assertThatThrownBy(() -> SyntheticFeeds.writeNdjsonWithFaults(dir.resolve("x"), 1, 10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("faults")
        .hasMessageContaining("11");
  }
}
