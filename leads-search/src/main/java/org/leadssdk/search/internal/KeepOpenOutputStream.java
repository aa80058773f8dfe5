package org.leadssdk.search.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through to the caller's stream and only flushes on close, so that a writer or zip stream
 * wrapped around it can be closed while the caller's stream stays open for the caller to close.
 */
public final class KeepOpenOutputStream extends FilterOutputStream {
  /** Wraps {@code out}. */
  public KeepOpenOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
