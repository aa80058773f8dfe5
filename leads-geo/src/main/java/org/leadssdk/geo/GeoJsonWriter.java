package org.leadssdk.geo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.internal.Check;
import org.leadssdk.geo.internal.XmlText;

/**
 * Writes map features as a GeoJSON (RFC 7946) {@code FeatureCollection}, one {@code Feature} at a time,
 * in UTF-8, with Jackson's streaming generator. Not thread-safe: one writer per document.
 *
 * <p>Each feature: {@code "id"}, a {@code Point} geometry with {@code [longitude, latitude]}, and
 * {@code properties}: {@code name}, {@code status} (when set), {@code description} (when set), then the
 * feature's properties in order. Strings are escaped by Jackson (quotes, backslashes and control
 * characters); unpaired surrogates, which no UTF-8 text can carry, become U+FFFD.
 *
 * <p><b>Note:</b> the writer writes what it is given. Apply the host's redaction and visibility policy
 * to the records before making features of them.
 *
 * <pre>{@code
 * try (GeoJsonWriter json = GeoJsonWriter.create(out)) {
 *   features.forEach(json::write);
 * }
 * }</pre>
 */
public final class GeoJsonWriter implements AutoCloseable {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator json;
  private boolean closed;

  private GeoJsonWriter(JsonGenerator json) {
    this.json = json;
  }

  /**
   * Starts a FeatureCollection on {@code out}. The stream stays open after {@link #close()}; it belongs to
   * the caller.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static GeoJsonWriter create(OutputStream out) {
    Check.notNull("out", out);
    try {
      JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      return new GeoJsonWriter(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /**
   * Writes one feature.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(MapFeature feature) {
    Check.notNull("feature", feature);
    if (closed) {
      throw new IllegalStateException("GeoJsonWriter is closed");
    }
    try {
      json.writeStartObject();
      json.writeStringField("type", "Feature");
      json.writeStringField("id", XmlText.wellFormedUtf16(feature.id()));
      json.writeObjectFieldStart("geometry");
      json.writeStringField("type", "Point");
      json.writeArrayFieldStart("coordinates");
      json.writeNumber(BigDecimal.valueOf(feature.point().longitude()));
      json.writeNumber(BigDecimal.valueOf(feature.point().latitude()));
      json.writeEndArray();
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeStringField("name", XmlText.wellFormedUtf16(feature.name()));
      ParoleStatus status = feature.status();
      if (status != null) {
        json.writeStringField("status", status.code());
      }
      String description = feature.description();
      if (description != null) {
        json.writeStringField("description", XmlText.wellFormedUtf16(description));
      }
      for (Map.Entry<String, String> e : feature.properties().entrySet()) {
        json.writeStringField(XmlText.wellFormedUtf16(e.getKey()), XmlText.wellFormedUtf16(e.getValue()));
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }

  /**
   * Ends the collection and flushes; the stream stays open. Calling it again does nothing.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      json.writeEndArray();
      json.writeEndObject();
      json.close(); // flushes; AUTO_CLOSE_TARGET is off, so the caller's stream stays open
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON", e);
    }
  }
}
