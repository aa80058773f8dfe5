package org.leadssdk.geo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.internal.Check;
import org.leadssdk.geo.internal.XmlText;

/**
 * Writes map features as KML 2.2 (OGC 07-147r2, namespace {@value #NAMESPACE}) for Google Earth, one
 * {@code Placemark} at a time, in UTF-8. Not thread-safe: one writer per document.
 *
 * <p>The document opens with one {@code Style} per {@link ParoleStatus} (id {@code status-<CODE>},
 * e.g. {@code status-ACTIVE}, each a distinct icon colour) and a neutral {@code status-NONE}. Each feature
 * becomes a {@code Placemark} with its name, description, style, {@code ExtendedData} (id, status and the
 * properties in order) and a {@code Point} whose coordinates are {@code longitude,latitude} as KML
 * requires.
 *
 * <p>Text goes through {@link XMLStreamWriter}, which escapes {@code <}, {@code &} and {@code >}
 * (so {@code ]]>} cannot end anything). Characters XML 1.0 cannot carry at all (control characters
 * other than tab and line breaks, unpaired surrogates) are replaced by U+FFFD.
 *
 * <p><b>Note:</b> the writer writes what it is given. Apply the host's redaction and visibility policy
 * to the records before making features of them.
 *
 * <pre>{@code
 * try (KmlWriter kml = KmlWriter.create(out, "Parolees, beat 12")) {
 *   for (Parolee p : visible) {
 *     MapFeature.fromParolee(p).ifPresent(kml::write);
 *   }
 * }
 * }</pre>
 */
public final class KmlWriter implements AutoCloseable {
  /** The KML 2.2 namespace. */
  public static final String NAMESPACE = "http://www.opengis.net/kml/2.2";

  private static final String ICON = "http://maps.google.com/mapfiles/kml/paddle/wht-blank.png";

  private final Writer out;
  private final XMLStreamWriter xml;
  private boolean closed;

  private KmlWriter(Writer out, XMLStreamWriter xml) {
    this.out = out;
    this.xml = xml;
  }

  /**
   * Starts a KML document on {@code out}: the XML declaration, {@code kml}, {@code Document} with its
   * name, and the styles. The stream stays open after {@link #close()}; it belongs to the caller.
   *
   * @param documentName the name Google Earth shows for the document
   * @throws UncheckedIOException if the stream cannot be written
   */
  public static KmlWriter create(OutputStream out, String documentName) {
    Check.notNull("out", out);
    Check.notNull("documentName", documentName);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(w);
      KmlWriter k = new KmlWriter(w, x);
      k.start(documentName);
      return k;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** The KML colour ({@code aabbggrr}) of a status's icon; {@code null} gives the neutral style's. */
  public static String colour(@Nullable ParoleStatus status) {
    if (status == null) {
      return "ff404040"; // dark grey
    }
    return switch (status) {
      case ACTIVE -> "ff00c000"; // green
      case PRE_PAROLE -> "ffff8000"; // azure
      case SUSPENDED -> "ff0000ff"; // red
      case REVOKED -> "ff800080"; // purple
      case DEPORTED -> "ffa0a0a0"; // light grey
      case DISCHARGED -> "ffffffff"; // white
      case NRP -> "ff00ffff"; // yellow
      case MONITORED_NRP -> "ff0080ff"; // orange
      case PRCS -> "ffffff00"; // cyan
    };
  }

  /** The style id of a status, e.g. {@code status-ACTIVE}; {@code status-NONE} for {@code null}. */
  public static String styleId(@Nullable ParoleStatus status) {
    return "status-" + (status == null ? "NONE" : status.name());
  }

  private void start(String documentName) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(NAMESPACE);
    xml.writeStartElement(NAMESPACE, "kml");
    xml.writeDefaultNamespace(NAMESPACE);
    xml.writeStartElement(NAMESPACE, "Document");
    element("name", documentName);
    for (ParoleStatus s : ParoleStatus.values()) {
      style(s);
    }
    style(null);
  }

  private void style(@Nullable ParoleStatus status) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "Style");
    xml.writeAttribute("id", styleId(status));
    xml.writeStartElement(NAMESPACE, "IconStyle");
    element("color", colour(status));
    xml.writeStartElement(NAMESPACE, "Icon");
    element("href", ICON);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /**
   * Writes one feature as a {@code Placemark}.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(MapFeature feature) {
    Check.notNull("feature", feature);
    if (closed) {
      throw new IllegalStateException("KmlWriter is closed");
    }
    try {
      xml.writeStartElement(NAMESPACE, "Placemark");
      element("name", feature.name());
      String description = feature.description();
      if (description != null) {
        element("description", description);
      }
      element("styleUrl", "#" + styleId(feature.status()));
      xml.writeStartElement(NAMESPACE, "ExtendedData");
      data("id", feature.id());
      ParoleStatus status = feature.status();
      if (status != null) {
        data("status", status.code());
      }
      for (Map.Entry<String, String> e : feature.properties().entrySet()) {
        data(e.getKey(), e.getValue());
      }
      xml.writeEndElement();
      xml.writeStartElement(NAMESPACE, "Point");
      element("coordinates", XmlText.coordinate(feature.point().longitude()) + ","
          + XmlText.coordinate(feature.point().latitude()));
      xml.writeEndElement();
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private void data(String name, String value) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "Data");
    xml.writeAttribute("name", XmlText.forXml(name));
    element("value", value);
    xml.writeEndElement();
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, name);
    xml.writeCharacters(XmlText.forXml(text));
    xml.writeEndElement();
  }

  /**
   * Ends the document and flushes; the stream stays open. Calling it again does nothing.
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
      xml.writeEndDocument(); // closes Document and kml
      xml.flush();
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write KML", e);
    }
  }

  private static UncheckedIOException failure(XMLStreamException e) {
    return new UncheckedIOException("cannot write KML: " + e.getMessage(), new IOException(e));
  }
}
