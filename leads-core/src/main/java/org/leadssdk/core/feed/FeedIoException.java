package org.leadssdk.core.feed;

import java.io.IOException;
import org.leadssdk.core.LeadsException;
import org.leadssdk.core.internal.Check;

/**
 * A feed could not be read or written: the file is missing or unreadable, the stream or the disk failed.
 * Thrown by {@link NdjsonFeedReader}, {@link NdjsonFeedWriter} and {@link CsvCountyDownload}; wraps the
 * {@link IOException}, which {@link #getCause()} returns. Unchecked.
 *
 * <p>It is never about the content of a feed: a bad line is a {@link Reject} in the {@link FeedReport},
 * and reading goes on. An exception thrown by a {@link FeedSink} is the host's own and propagates
 * unchanged, never wrapped in this one.
 *
 * <pre>{@code
 * try {
 *   report = reader.read(file, sink);
 * } catch (FeedIoException e) {
 *   // e.operation(): "read feed /data/delta.ndjson"; e.linesDone(): lines read before the failure
 *   retryLater(checkpoint);
 * }
 * }</pre>
 */
public final class FeedIoException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final long linesDone;

  /**
   * Creates the exception. The message is {@code cannot <operation> after <linesDone> lines: <cause>}.
   *
   * @param operation what was being done, as a verb phrase: {@code read feed /data/delta.ndjson}
   * @param linesDone lines completed before the failure, {@code >= 0}: for a reader the lines read or
   *     skipped, for a writer the lines (for a CSV download the record rows) written
   * @param cause the failure of the file or stream
   * @throws NullPointerException if {@code operation} or {@code cause} is null
   * @throws IllegalArgumentException if {@code linesDone} is negative
   */
  FeedIoException(String operation, long linesDone, IOException cause) {
    super(message(operation, linesDone, cause), cause);
    this.operation = operation;
    this.linesDone = linesDone;
  }

  private static String message(String operation, long linesDone, IOException cause) {
    Check.notNull("operation", operation);
    Check.notNull("cause", cause);
    Check.argument(linesDone >= 0, () -> "linesDone must be >= 0, got " + linesDone);
    return "cannot " + operation + " after " + linesDone + (linesDone == 1 ? " line: " : " lines: ")
        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
  }

  /** What was being done, as a verb phrase such as {@code read feed /data/delta.ndjson}. */
  public String operation() {
    return operation;
  }

  /**
   * The lines completed before the failure: for a reader the number of the last line it finished (every
   * line up to it was rejected or handed to the sink), for a writer the lines written (for a
   * {@link CsvCountyDownload} the record rows, the header not counted).
   */
  public long linesDone() {
    return linesDone;
  }

  /** The {@link IOException} of the file or stream. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
