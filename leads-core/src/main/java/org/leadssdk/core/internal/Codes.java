package org.leadssdk.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Coded;

/** Lookup of coded enum constants by wire code, failing with the field, the code and the known codes. */
public final class Codes<E extends Enum<E> & Coded> {
  private final String field;
  private final Map<String, E> byCode;
  private final String known;

  private Codes(String field, Class<E> type) {
    this.field = field;
    E[] values = type.getEnumConstants();
    this.byCode = Arrays.stream(values).collect(Collectors.toUnmodifiableMap(e -> key(e.code()), Function.identity()));
    this.known = Arrays.stream(values).map(Coded::code).collect(Collectors.joining(", "));
  }

  /** A lookup for the enum {@code type}; {@code field} names it in error messages. */
  public static <E extends Enum<E> & Coded> Codes<E> of(String field, Class<E> type) {
    return new Codes<>(field, type);
  }

  /** Returns the constant whose code equals {@code code} ignoring case and outer spaces. */
  public E parse(@Nullable String code) {
    Check.notNull(field, code);
    E e = byCode.get(key(code));
    if (e == null) {
      throw new IllegalArgumentException(
          field + ": unknown code " + Mask.plain(code) + "; known codes: " + known);
    }
    return e;
  }

  private static String key(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }
}
