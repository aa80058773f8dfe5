package org.leadssdk.core.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.InvalidRecordException;
import org.leadssdk.core.Violation;
import org.leadssdk.core.internal.Mask;

/**
 * Turns a Jackson failure on one feed line into {@link Reject}s: the JSON path of the field, the masked
 * value and a rule in words. Jackson's own messages quote raw values, so they are never copied; the
 * messages of the record types' constructors mask sensitive values and are used as they are.
 */
final class RejectTranslator {
  /** The field a constructor message starts with: {@code address.to: ...}, {@code latitude must ...}. */
  private static final Pattern MESSAGE_FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)");
  private static final Pattern KNOWN_TYPE_IDS = Pattern.compile("known type ids = \\[([^\\]]*)\\]");

  private RejectTranslator() {}

  /**
   * The rejects for {@code e}, thrown while {@code parser} read line {@code line}.
   *
   * @param prefix the path of the value being bound within the line ("" for the line's root object)
   */
  static List<Reject> translate(JsonProcessingException e, JsonParser parser, long line, String prefix) {
    if (e instanceof StreamReadException sre) {
      return List.of(parseProblem(sre, parser, line));
    }
    if (e.getCause() instanceof StreamReadException sre) {
      // the databind layer wraps parse errors met while binding (a duplicate key, a truncated line)
      return List.of(parseProblem(sre, parser, line));
    }
    if (!(e instanceof JsonMappingException jm)) {
      return List.of(new Reject(line, contextPath(parser, true), "", "unreadable JSON (" + e.getClass().getSimpleName() + ")"));
    }
    String path = join(prefix, path(jm.getPath()));
    if (jm instanceof UnrecognizedPropertyException upe) {
      return List.of(new Reject(line, path, "",
          "unknown property \"" + upe.getPropertyName() + "\"; known properties: " + names(upe.getKnownPropertyIds())));
    }
    if (jm instanceof InvalidTypeIdException tie) {
      Matcher known = KNOWN_TYPE_IDS.matcher(String.valueOf(tie.getOriginalMessage()));
      return List.of(new Reject(line, join(path, "type"), Mask.partial(tie.getTypeId()),
          "unknown type " + Mask.plain(tie.getTypeId()) + " of " + simpleName(tie.getBaseType())
              + (known.find() ? "; known types: " + known.group(1) : "")));
    }
    if (jm instanceof ValueInstantiationException vie) {
      return instantiationProblem(vie, parser, line, path);
    }
    if (jm instanceof InvalidFormatException ife) {
      return List.of(new Reject(line, path, Mask.partial(ife.getValue()), formatRule(ife.getTargetType())));
    }
    if (jm instanceof MismatchedInputException mie) {
      String original = String.valueOf(mie.getOriginalMessage());
      if (original.startsWith("Cannot map `null`")) {
        return List.of(new Reject(line, path, "",
            "missing or null; a " + simpleName(mie.getTargetType()) + " value is required"));
      }
      JsonToken token = parser.currentToken();
      return List.of(new Reject(line, path, scalarValue(parser),
          "wrong type: " + simpleName(mie.getTargetType()) + " cannot be read from " + describe(token)));
    }
    return List.of(new Reject(line, path, scalarValue(parser),
        "cannot be read (" + jm.getClass().getSimpleName() + ")"));
  }

  private static List<Reject> instantiationProblem(
      ValueInstantiationException vie, JsonParser parser, long line, String path) {
    Throwable cause = vie.getCause();
    if (cause instanceof InvalidRecordException ire) {
      List<Reject> rejects = new ArrayList<>(ire.violations().size());
      for (Violation v : ire.violations()) {
        rejects.add(new Reject(line, join(path, v.path()), "", v.message()));
      }
      return rejects;
    }
    String message = cause == null || cause.getMessage() == null
        ? "cannot construct " + simpleName(vie.getType())
        : cause.getMessage();
    String fieldPath = refine(path, vie.getType(), message);
    String rule = cause instanceof NullPointerException ? message + " (required)" : message;
    return List.of(new Reject(line, fieldPath, scalarValue(parser), rule));
  }

  /**
   * Adds the record component a constructor message names to the path of the record that failed: an
   * {@code Address} at {@code addresses[1]} whose message starts {@code address.to:} gives
   * {@code addresses[1].to}.
   */
  private static String refine(String path, @Nullable JavaType type, String message) {
    Matcher m = MESSAGE_FIELD.matcher(message);
    if (type == null || !type.getRawClass().isRecord() || !m.find()) {
      return path;
    }
    String field = m.group(1);
    String last = field.substring(field.lastIndexOf('.') + 1);
    if (path.equals(last) || path.endsWith("." + last)) {
      return path;
    }
    for (RecordComponent c : type.getRawClass().getRecordComponents()) {
      if (c.getName().equals(last)) {
        return join(path, last);
      }
    }
    return path;
  }

  private static Reject parseProblem(StreamReadException e, JsonParser parser, long line) {
    // at the end of input the current name may be a key already read, so name the open container only
    String path = contextPath(parser, !(e instanceof JsonEOFException));
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("Duplicate field")) {
      return new Reject(line, path, "", "duplicate key; each key may appear once in an object");
    }
    if (e instanceof JsonEOFException) {
      return new Reject(line, path, "", "truncated line: the JSON ends before the object is complete");
    }
    int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
    return new Reject(line, path, "", "malformed JSON at column " + column + ": " + safeSummary(original));
  }

  /**
   * The start of a parse error's message, up to its first quote, parenthesis or colon: Jackson quotes
   * the offending token after those, and the token may be sensitive.
   */
  private static String safeSummary(String message) {
    int cut = message.length();
    for (char c : new char[] {'\'', '"', '(', ':', '\n'}) {
      int i = message.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    String s = message.substring(0, cut).strip();
    return s.isEmpty() ? "unexpected content" : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private static String formatRule(@Nullable Class<?> target) {
    if (target == LocalDate.class) {
      return "impossible or malformed date; expected an existing calendar day as yyyy-MM-dd";
    }
    if (target == Instant.class) {
      return "malformed instant; expected an ISO-8601 UTC timestamp such as 2026-01-02T03:04:05Z";
    }
    if (target != null && Temporal.class.isAssignableFrom(target)) {
      return "malformed " + target.getSimpleName() + "; expected ISO-8601 text";
    }
    return "malformed value for " + (target == null ? "the field" : target.getSimpleName());
  }

  /** The masked text of the parser's current token if it is a scalar, else "". */
  static String scalarValue(JsonParser parser) {
    JsonToken t = parser.currentToken();
    if (t == null || !t.isScalarValue() || t == JsonToken.VALUE_NULL) {
      return "";
    }
    try {
      return Mask.partial(parser.getText());
    } catch (java.io.IOException e) {
      // the token was already read; getText cannot fail on an in-memory parser, and the reject stands
      return "";
    }
  }

  /**
   * The parser's position as a path: {@code addresses[1].zip}.
   *
   * @param withCurrent whether to include the innermost key or index, or name only the open container
   */
  static String contextPath(JsonParser parser, boolean withCurrent) {
    List<String> parts = new ArrayList<>();
    JsonStreamContext start = parser.getParsingContext();
    for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
      if (c == start && !withCurrent) {
        continue;
      }
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      b.append(parts.get(i));
    }
    String s = b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    return s.isEmpty() ? Reject.WHOLE_LINE : s;
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static String join(String prefix, String path) {
    if (prefix.isEmpty() || prefix.equals(Reject.WHOLE_LINE)) {
      return path.isEmpty() ? Reject.WHOLE_LINE : path;
    }
    if (path.isEmpty()) {
      return prefix;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }

  private static String names(@Nullable Collection<Object> ids) {
    return ids == null ? "(none)" : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String simpleName(@Nullable Object type) {
    if (type instanceof JavaType jt) {
      return jt.getRawClass().getSimpleName();
    }
    if (type instanceof Class<?> c) {
      return c.getSimpleName();
    }
    return "value";
  }

  /** A token described for a person: "an array", "a string". */
  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the line";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a key";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
      case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> "an embedded value";
    };
  }
}
