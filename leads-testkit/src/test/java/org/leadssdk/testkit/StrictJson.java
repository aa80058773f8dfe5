package org.leadssdk.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.leadssdk.core.InvalidRecordException;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.json.LeadsJson;

/**
 * A test oracle: reads one line strictly with {@link LeadsJson#newMapper()} and names the JSON path at
 * which it is rejected, as a strict feed reader would (the last part of a constructor message such as
 * {@code latitude must be ...} refines the path of the record that failed).
 */
final class StrictJson {
  static final ObjectMapper MAPPER = LeadsJson.newMapper();

  private StrictJson() {}

  /** The record the line holds. */
  static Parolee read(String line) {
    try {
      return MAPPER.readValue(line, Parolee.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError("line is rejected: " + e.getOriginalMessage(), e);
    }
  }

  /** The path at which {@code line} is rejected, or empty if it is a valid record. */
  static Optional<String> rejectPath(String line) {
    try (JsonParser p = MAPPER.createParser(line)) {
      try {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return Optional.of(FeedFaults.WHOLE_LINE);
        }
        if (p.nextToken() == JsonToken.END_OBJECT) {
          return Optional.of(FeedFaults.WHOLE_LINE);
        }
        MAPPER.readValue(p, Parolee.class);
        return Optional.empty();
      } catch (StreamReadException e) {
        return Optional.of(contextPath(p, !(e instanceof JsonEOFException)));
      } catch (JsonMappingException e) {
        if (e.getCause() instanceof StreamReadException sre) {
          return Optional.of(contextPath(p, !(sre instanceof JsonEOFException)));
        }
        String path = path(e.getPath());
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidRecordException ire) {
          return Optional.of(join(path, ire.violations().get(0).path()));
        }
        if (e instanceof ValueInstantiationException vie && vie.getCause() != null
            && vie.getCause().getMessage() != null && vie.getType() != null && vie.getType().getRawClass().isRecord()) {
          // A record's constructor names the component first: "latitude must be ...", "address.to: ...".
          String field = vie.getCause().getMessage().split("[: ]", 2)[0];
          String last = field.substring(field.lastIndexOf('.') + 1);
          boolean component = Arrays.stream(vie.getType().getRawClass().getRecordComponents())
              .anyMatch(c -> c.getName().equals(last));
          if (component && !path.equals(last) && !path.endsWith("." + last)) {
            return Optional.of(join(path, last));
          }
        }
        return Optional.of(path.isEmpty() ? FeedFaults.WHOLE_LINE : path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contextPath(JsonParser parser, boolean withCurrent) {
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
    return s.isEmpty() ? FeedFaults.WHOLE_LINE : s;
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
    if (prefix.isEmpty()) {
      return path;
    }
    return path.startsWith("[") ? prefix + path : prefix + "." + path;
  }
}
