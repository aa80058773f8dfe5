package org.leadssdk.search;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;

/**
 * The child processes of {@link ExportMillionIT}. {@code ingest DIR COUNT SEED}: generates and indexes
 * synthetic records. {@code export DIR RESULT INDEXFILE}: exports every record as NDJSON to a stream that
 * counts, hashes and discards the bytes, sampling the used heap meanwhile, and writes the figures to
 * {@code RESULT} (a properties file) and the manifest's index file to {@code INDEXFILE}.
 */
public final class ExportMillionChild {
  /** The instant of the export (the synthetic data's as-of day). */
  static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");

  private ExportMillionChild() {}

  /** See the class comment. */
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "ingest" -> ingest(Path.of(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
      case "export" -> export(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
      default -> throw new IllegalArgumentException("mode: " + args[0] + " is not ingest or export");
    }
  }

  private static void ingest(Path dir, int count, long seed) {
    Iterator<Parolee> records = new SyntheticParolees(seed).stream(count).iterator();
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build();
        ParallelApplier applier = new ParallelApplier(index, Math.max(1, Runtime.getRuntime().availableProcessors()))) {
      while (records.hasNext()) {
        applier.submit(new Upsert(records.next()));
      }
      applier.drain();
      index.commit(new Checkpoint("export-million", count));
    }
  }

  private static void export(Path dir, Path result, Path indexFile) throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    User clerk = TestAccess.deputy(NOW).build();
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).clock(clock).build()) {
      LeadsSearch search = LeadsSearch.builder()
          .index(index)
          .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(clerk)))
          .redactor(Redactor.create(RedactionProfile.defaults()))
          .auditTrail(AuditTrail.builder(new InMemoryAuditSink()).build())
          .clock(clock)
          .build();
      long size = index.size();
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
        }
      }
      HeapSampler sampler = new HeapSampler();
      sampler.start();
      Discard out = new Discard();
      long start = System.nanoTime();
      ExportManifest manifest = search.export(AccessContext.of(clerk, TestAccess.agency(), Action.EXPORT),
          SearchRequest.builder().build(), ExportFormat.NDJSON, out);
      long millis = (System.nanoTime() - start) / 1_000_000;
      sampler.stop();
      long poolPeaks = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          poolPeaks += pool.getPeakUsage().getUsed();
        }
      }
      System.gc();
      long liveAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      try (OutputStream file = Files.newOutputStream(indexFile)) {
        manifest.writeIndexFile(file);
      }
      String figures = String.join("\n",
          "indexSize=" + size,
          "recordCount=" + manifest.recordCount(),
          "omittedByPolicy=" + manifest.omittedByPolicy(),
          "withoutLocation=" + manifest.withoutLocation(),
          "cdcNumbers=" + manifest.cdcNumbers().size(),
          "sha256Matches=" + manifest.sha256().equals(out.sha256()),
          "bytes=" + out.bytes,
          "lines=" + out.lines,
          "exportMillis=" + millis,
          "sampledPeakHeapBytes=" + sampler.peak.get(),
          "poolPeakHeapBytes=" + poolPeaks,
          "liveHeapWithManifestBytes=" + liveAfter,
          "maxHeapBytes=" + Runtime.getRuntime().maxMemory(),
          "");
      Files.writeString(result, figures, StandardCharsets.UTF_8);
    }
  }

  /** Counts bytes and lines and hashes them, keeping nothing. */
  private static final class Discard extends OutputStream {
    private final MessageDigest sha256;
    long bytes;
    long lines;

    Discard() throws Exception {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      sha256.update(b, off, len);
      bytes += len;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }

    String sha256() {
      return HexFormat.of().formatHex(sha256.digest());
    }
  }

  /** Samples the used heap every 5 ms on a daemon thread and keeps the highest value seen. */
  private static final class HeapSampler {
    final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::loop, "heap-sampler");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    private void loop() {
      while (running) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peak.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
