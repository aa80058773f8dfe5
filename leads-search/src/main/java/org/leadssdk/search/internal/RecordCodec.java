package org.leadssdk.search.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.json.LeadsJson;

/** Encodes records for the index's stored field: the feed's own JSON, so nothing is lost. Thread-safe. */
public final class RecordCodec {
  private static final RecordCodec INSTANCE = new RecordCodec();

  private final ObjectReader reader;
  private final ObjectWriter writer;

  private RecordCodec() {
    var mapper = LeadsJson.newMapper();
    this.reader = mapper.readerFor(Parolee.class);
    this.writer = mapper.writerFor(Parolee.class);
  }

  /** The shared codec. */
  public static RecordCodec get() {
    return INSTANCE;
  }

  /** The record as UTF-8 JSON. */
  public byte[] encode(Parolee parolee) {
    try {
      return writer.writeValueAsBytes(parolee);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode record " + parolee.cdcNumber(), e);
    }
  }

  /** The record from its stored bytes. */
  public Parolee decode(byte[] bytes, int offset, int length) {
    try {
      return reader.readValue(bytes, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored record cannot be decoded; the index may be damaged", e);
    }
  }
}
