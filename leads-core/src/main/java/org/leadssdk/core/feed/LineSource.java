package org.leadssdk.core.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code '\n'} (a {@code '\r'} before it is dropped) in constant
 * memory: a line is kept in a reused buffer up to a byte limit, and the rest of a longer line is only
 * counted, never buffered. Not thread-safe; one per read.
 */
final class LineSource {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private long fullLength;
  private boolean tooLong;

  LineSource(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Advances to the next line.
   *
   * @param keep whether to keep the line's bytes (false: only find its end, for skipped lines)
   * @return false at the end of the stream when no further line exists
   */
  boolean next(boolean keep) throws IOException {
    lineLength = 0;
    fullLength = 0;
    tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (pos == limit) {
        int n = in.read(chunk, 0, CHUNK);
        if (n < 0) {
          finish();
          return sawAny;
        }
        pos = 0;
        limit = n;
        if (n == 0) {
          continue;
        }
      }
      sawAny = true;
      int end = pos;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      append(keep, end - pos);
      boolean found = end < limit;
      pos = found ? end + 1 : end;
      if (found) {
        finish();
        return true;
      }
    }
  }

  private void append(boolean keep, int length) {
    fullLength += length;
    if (!keep || tooLong) {
      return;
    }
    if (lineLength + length > maxLineBytes) {
      tooLong = true;
      return;
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + length)));
    }
    System.arraycopy(chunk, pos, line, lineLength, length);
    lineLength += length;
  }

  private void finish() {
    if (!tooLong && lineLength > 0 && line[lineLength - 1] == '\r') {
      lineLength--;
    }
  }

  /** The current line's bytes, valid up to {@link #length()}, until the next call of {@link #next}. */
  byte[] bytes() {
    return line;
  }

  /** The current line's length in bytes, without the line end. */
  int length() {
    return lineLength;
  }

  /** The current line's full length in bytes, including a part beyond the limit that was not kept. */
  long fullLength() {
    return fullLength;
  }

  /** Whether the current line is longer than the limit (its bytes were not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the current line holds only spaces, tabs and carriage returns (or nothing). */
  boolean blank() {
    for (int i = 0; i < lineLength; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
