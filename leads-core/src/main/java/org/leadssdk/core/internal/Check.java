package org.leadssdk.core.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks shared by the SDK's modules. Each failure message names the field, shows the value
 * (masked where the caller says it is sensitive) and states the rule.
 */
public final class Check {
  private Check() {}

  /** Returns {@code value}, or throws a {@link NullPointerException} naming {@code field}. */
  public static <T> T notNull(String field, @Nullable T value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /** Returns {@code value} if it lies in {@code [min, max]}; rejects NaN too. */
  public static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it lies in {@code [min, max]}. */
  public static long inRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is finite and {@code >= 0}. */
  public static double nonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be finite and >= 0, got " + value);
    }
    return value;
  }

  /** Returns {@code value} stripped, if it is not blank and at most {@code maxLength} characters. */
  public static String text(String field, @Nullable String value, int maxLength) {
    notNull(field, value);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (stripped.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be at most " + maxLength + " characters, got " + stripped.length());
    }
    for (int i = 0; i < stripped.length(); i++) {
      if (Character.isISOControl(stripped.charAt(i))) {
        throw new IllegalArgumentException(
            field + " must not contain control characters, found U+"
                + String.format(java.util.Locale.ROOT, "%04X", (int) stripped.charAt(i))
                + " at index " + i);
      }
    }
    return stripped;
  }

  /** Like {@link #text} but {@code null} stays {@code null}. */
  public static @Nullable String optionalText(String field, @Nullable String value, int maxLength) {
    return value == null ? null : text(field, value, maxLength);
  }

  /** An unmodifiable copy of {@code values}; rejects a null collection or null elements, naming the field. */
  public static <T> List<T> copy(String field, @Nullable Collection<? extends T> values) {
    notNull(field, values);
    int i = 0;
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /** Throws unless {@code condition}; the message is built only on failure. */
  public static void argument(boolean condition, java.util.function.Supplier<String> message) {
    if (!condition) {
      throw new IllegalArgumentException(message.get());
    }
  }

  /** {@code Objects.requireNonNull} with the field named, for use in expressions. */
  public static <T> T nonNullElement(String field, int index, @Nullable T value) {
    return Objects.requireNonNull(value, () -> field + "[" + index + "] must not be null");
  }
}
