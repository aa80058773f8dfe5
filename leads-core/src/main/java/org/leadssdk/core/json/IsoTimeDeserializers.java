package org.leadssdk.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.io.Serializable;
import java.io.Serial;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;

/**
 * Fast paths for the feed's dates ({@code 2026-01-02}) and instants ({@code 2026-01-02T03:04:05Z}) in
 * exactly those shapes, read straight from the parser's characters. A feed line holds about nine of them,
 * and the Java time module's general ISO parser was a sixth of reading a line. Any other text, token or
 * impossible value goes to the Java time module's deserializer (the one it makes for the property), so
 * what is accepted and how a refusal is reported are the module's own; so does every value of a property
 * with a date pattern of its own.
 */
final class IsoTimeDeserializers {
  private IsoTimeDeserializers() {}

  /** The deserializers, to be added after the Java time module's so that they are found first. */
  static SimpleDeserializers all() {
    SimpleDeserializers d = new SimpleDeserializers();
    d.addDeserializer(LocalDate.class,
        new FastPath<>(LocalDate.class, 10, IsoTimeDeserializers::date, LocalDateDeserializer.INSTANCE));
    d.addDeserializer(Instant.class,
        new FastPath<>(Instant.class, 20, IsoTimeDeserializers::instant, InstantDeserializer.INSTANT));
    return d;
  }

  /** Reads the usual shape at an offset of a character array, or gives null. */
  @FunctionalInterface
  interface Shape<T> extends Serializable {
    @Nullable T read(char[] c, int at);
  }

  /** The usual shape of {@code length} characters read by {@code shape}, anything else by the module. */
  static final class FastPath<T> extends StdScalarDeserializer<T> implements ContextualDeserializer {
    @Serial private static final long serialVersionUID = 1L;
    private final int length;
    private final Shape<T> shape;
    private final JsonDeserializer<T> module;

    FastPath(Class<T> type, int length, Shape<T> shape, JsonDeserializer<T> module) {
      super(type);
      this.length = length;
      this.shape = shape;
      this.module = module;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() == length) {
        T value = shape.read(p.getTextCharacters(), p.getTextOffset());
        if (value != null) {
          return value;
        }
      }
      return module.deserialize(p, ctxt);
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual = contextual(module, ctxt, property);
      if (hasPattern(ctxt, property, handledType())) {
        return contextual;
      }
      return contextual == module ? this
          : new FastPath<>((Class<T>) handledType(), length, shape, (JsonDeserializer<T>) contextual);
    }
  }

  /**
   * The module's deserializer for the property: the module makes one per property (with the property's
   * shape, leniency or pattern); the fast path stays in front of it unless the property has a pattern of its
   * own, where the usual shape may mean another value.
   */
  private static JsonDeserializer<?> contextual(JsonDeserializer<?> module, DeserializationContext ctxt,
      @Nullable BeanProperty property) throws JsonMappingException {
    return module instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : module;
  }

  private static boolean hasPattern(DeserializationContext ctxt, @Nullable BeanProperty property, Class<?> type) {
    JsonFormat.Value format = property == null
        ? ctxt.getDefaultPropertyFormat(type)
        : property.findPropertyFormat(ctxt.getConfig(), type);
    return format != null && format.hasPattern();
  }

  /** The date of the 10 characters {@code yyyy-MM-dd} at {@code at}, or null if not that or no such day. */
  static @Nullable LocalDate date(char[] c, int at) {
    int year = digits(c, at, 4);
    int month = digits(c, at + 5, 2);
    int day = digits(c, at + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || c[at + 4] != '-' || c[at + 7] != '-'
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The instant of the 20 characters {@code yyyy-MM-ddTHH:mm:ssZ} at {@code at}, or null. */
  static @Nullable Instant instant(char[] c, int at) {
    LocalDate day = date(c, at);
    int hour = digits(c, at + 11, 2);
    int minute = digits(c, at + 14, 2);
    int second = digits(c, at + 17, 2);
    if (day == null || c[at + 10] != 'T' || c[at + 13] != ':' || c[at + 16] != ':' || c[at + 19] != 'Z'
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    return Instant.ofEpochSecond(day.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second);
  }

  /** The value of {@code n} ASCII digits at {@code at}, or -1 if any is not a digit. */
  private static int digits(char[] c, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
