package org.leadssdk.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.leadssdk.search.IngestReport;
import org.leadssdk.search.LeadsIndex;

/**
 * Applies delta feeds every few minutes: each run ingests the {@code *.ndjson} files of an inbox folder in
 * name order, each under its file name as feed name, and moves each to {@code done/} once committed. If
 * the process stops half-way through a file, the next run ingests the same file again and the index
 * resumes after its checkpoint, so nothing is applied twice and nothing is lost.
 */
public final class ApplyDeltaFeed {
  private ApplyDeltaFeed() {}

  /** Applies every pending delta file of {@code inbox}, oldest name first; returns how many. */
  public static int applyPending(LeadsIndex index, Path inbox, PrintWriter out) {
    try (Stream<Path> files = Files.list(inbox)) {
      List<Path> pending = files.filter(f -> f.getFileName().toString().endsWith(".ndjson")).sorted().toList();
      Path done = Files.createDirectories(inbox.resolve("done"));
      for (Path file : pending) {
        IngestReport report = index.ingest(file, file.getFileName().toString(), 5_000);
        out.println(file.getFileName() + ": " + report.summary());
        Files.move(file, done.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
      return pending.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or move the delta files of " + inbox, e);
    }
  }

  /**
   * Runs {@link #applyPending} now and then every {@code period}, on one thread; a failed run is printed
   * and the next run tries again. Shut the returned executor down to stop.
   */
  public static ScheduledExecutorService every(Duration period, LeadsIndex index, Path inbox, PrintWriter out) {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        applyPending(index, inbox, out);
      } catch (RuntimeException e) { // a full disk or a locked file: report it, keep the schedule
        out.println("delta run failed, retrying at the next run: " + e);
      }
    }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    return scheduler;
  }

  /** {@code ApplyDeltaFeed INDEX_DIR INBOX_DIR [MINUTES]}: applies deltas every MINUTES (default 5). */
  public static void main(String[] args) throws InterruptedException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    try (LeadsIndex index = LeadsIndex.builder().directory(Path.of(args[0])).build()) {
      ScheduledExecutorService scheduler =
          every(Duration.ofMinutes(args.length > 2 ? Long.parseLong(args[2]) : 5), index, Path.of(args[1]), out);
      Runtime.getRuntime().addShutdownHook(new Thread(scheduler::shutdown));
      scheduler.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
  }
}
