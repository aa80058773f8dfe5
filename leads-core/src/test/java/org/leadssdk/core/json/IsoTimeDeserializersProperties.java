package org.leadssdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast date and instant paths read exactly what the Java time module reads: on seeded text near the
 * two shapes (valid days, impossible days, leap days, out-of-range fields, wrong separators, other
 * lengths), the record mapper and a mapper with only the Java time module give the same value or both
 * refuse with the same exception type; and every valid value of the two shapes takes the fast path.
 */
class IsoTimeDeserializersProperties {
  private static final ObjectMapper FAST = LeadsJson.newMapper();
  private static final ObjectMapper MODULE_ONLY = JsonMapper.builder().addModule(new JavaTimeModule()).build();
  private static final int CASES = 400;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 25);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void datesReadAsTheModuleReadsThem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < CASES; i++) {
      String text = nearDate(random);
      assertSameOutcome(text, LocalDate.class);
      LocalDate iso = parsedOrNull(() -> LocalDate.parse(text));
      LocalDate fast = text.length() == 10 ? IsoTimeDeserializers.date(text.toCharArray(), 0) : null;
      assertThat(fast).as("fast path for %s", text).isEqualTo(text.length() == 10 ? iso : null);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void instantsReadAsTheModuleReadsThem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < CASES; i++) {
      String text = nearInstant(random);
      assertSameOutcome(text, Instant.class);
      Instant fast = text.length() == 20 ? IsoTimeDeserializers.instant(text.toCharArray(), 0) : null;
      Instant iso = parsedOrNull(() -> Instant.parse(text));
      // Seconds 60 (a leap second) and 24:00:00 are the module's to read.
      boolean usualShape = text.length() == 20 && text.charAt(19) == 'Z' && !text.startsWith("60", 17)
          && !text.startsWith("24", 11);
      assertThat(fast).as("fast path for %s", text).isEqualTo(usualShape ? iso : null);
    }
  }

  /** A record's properties take the fast paths, as the feed's records do. */
  @Test
  void recordPropertiesTakeTheFastPaths() throws Exception {
    DeserializationContext ctxt = ((DefaultDeserializationContext) FAST.getDeserializationContext())
        .createInstance(FAST.getDeserializationConfig(), null, null);
    BeanDeserializerBase holder = (BeanDeserializerBase) ctxt.findRootValueDeserializer(FAST.constructType(Holder.class));
    assertThat(holder.findProperty("date").getValueDeserializer())
        .isInstanceOfSatisfying(IsoTimeDeserializers.FastPath.class, d -> assertThat(d.handledType()).isEqualTo(LocalDate.class));
    assertThat(holder.findProperty("at").getValueDeserializer())
        .isInstanceOfSatisfying(IsoTimeDeserializers.FastPath.class, d -> assertThat(d.handledType()).isEqualTo(Instant.class));
  }

  /** A vendor's mapper with a date pattern of its own reads by that pattern, also in the usual shape. */
  @Test
  void aPatternOfTheMappersOwnIsRespected() throws Exception {
    ObjectMapper vendor = JsonMapper.builder().addModule(LeadsJson.module()).build();
    vendor.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("yyyy-dd-MM"));
    Holder h = vendor.readValue("{\"date\":\"2026-05-07\",\"at\":\"2026-01-02T03:04:05Z\"}", Holder.class);
    assertThat(h.date()).isEqualTo(LocalDate.of(2026, 7, 5));
    assertThat(h.at()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
  }

  /** A record with a date and an instant. */
  record Holder(LocalDate date, Instant at) {}

  private static <T> void assertSameOutcome(String text, Class<T> type) {
    String json = "\"" + text + "\"";
    Object expected = outcome(MODULE_ONLY, json, type);
    Object actual = outcome(FAST, json, type);
    assertThat(actual).as("%s as %s", text, type.getSimpleName()).isEqualTo(expected);
    String field = type == LocalDate.class ? "date" : "at";
    Object inRecord = outcome(FAST, "{\"" + field + "\":" + json + "}", Holder.class);
    Object moduleInRecord = outcome(MODULE_ONLY, "{\"" + field + "\":" + json + "}", Holder.class);
    assertThat(inRecord).as("%s in a record", text).isEqualTo(moduleInRecord);
  }

  /** The value read, or the exception type if refused. */
  private static Object outcome(ObjectMapper mapper, String json, Class<?> type) {
    try {
      return mapper.readValue(json, type);
    } catch (Exception e) {
      return e.getClass();
    }
  }

  private static <T> T parsedOrNull(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A date in the usual shape, valid or not, or one character off it. */
  private static String nearDate(SplittableRandom r) {
    int year = r.nextInt(5) == 0 ? r.nextInt(10_000) : 1900 + r.nextInt(150);
    int month = r.nextInt(8) == 0 ? r.nextInt(20) : 1 + r.nextInt(12);
    int day = r.nextInt(8) == 0 ? r.nextInt(40) : r.nextInt(4) == 0 ? 28 + r.nextInt(4) : 1 + r.nextInt(28);
    String text = String.format("%04d-%02d-%02d", year, month, day);
    return r.nextInt(6) == 0 ? mutate(text, r) : text;
  }

  /** An instant in the usual shape, valid or not, or one character off it. */
  private static String nearInstant(SplittableRandom r) {
    String date = nearDate(r);
    int hour = r.nextInt(8) == 0 ? r.nextInt(30) : r.nextInt(24);
    int minute = r.nextInt(8) == 0 ? r.nextInt(70) : r.nextInt(60);
    int second = r.nextInt(8) == 0 ? r.nextInt(70) : r.nextInt(60);
    String text = String.format("%sT%02d:%02d:%02dZ", date, hour, minute, second);
    return switch (r.nextInt(10)) {
      case 0 -> mutate(text, r);
      case 1 -> text.replace("Z", "." + r.nextInt(1000) + "Z");
      case 2 -> text.replace("Z", "+00:00");
      default -> text;
    };
  }

  /** One character replaced, dropped or added. */
  private static String mutate(String text, SplittableRandom r) {
    String chars = "0123456789-:TZ /x";
    int at = r.nextInt(text.length());
    char c = chars.charAt(r.nextInt(chars.length()));
    return switch (r.nextInt(3)) {
      case 0 -> text.substring(0, at) + c + text.substring(at + 1);
      case 1 -> text.substring(0, at) + text.substring(at + 1);
      default -> text.substring(0, at) + c + text.substring(at);
    };
  }
}
