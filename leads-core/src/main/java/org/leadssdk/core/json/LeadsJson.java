package org.leadssdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Set;

/**
 * JSON binding of the LEADS record types.
 *
 * <p>{@link #newMapper()} gives a ready, strict mapper: unknown properties and unknown codes fail with
 * their JSON path, dates are ISO-8601 text, absent lists read as empty, null fields are left out on
 * writing. {@link #module()} adds the record types' needs to a mapper the vendor already has, without
 * changing any of its settings. Both are thread-safe once configured.
 *
 * <pre>{@code
 * ObjectMapper mapper = LeadsJson.newMapper();
 * Parolee p = mapper.readValue(json, Parolee.class);
 * }</pre>
 */
public final class LeadsJson {
  private LeadsJson() {}

  /**
   * A Jackson module for the record types: Java time support (ISO dates and instants, with fast paths for
   * {@code 2026-01-02} and {@code 2026-01-02T03:04:05Z}). Register it on a mapper of your own; the
   * strict settings of {@link #newMapper()} are not applied to your mapper.
   */
  public static Module module() {
    SimpleModule module = new SimpleModule("leads-sdk", Version.unknownVersion()) {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        new JavaTimeModule().setupModule(context);
        // Added last, so found first: fast paths for the usual date and instant shapes, the rest to the above.
        context.addDeserializers(IsoTimeDeserializers.all());
      }
    };
    return module;
  }

  /** A new, strict mapper configured for the record types; the caller owns it. */
  public static ObjectMapper newMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    mapper.configOverride(Set.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    return mapper;
  }
}
