package org.leadssdk.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.leadssdk.core.feed.FeedEntry;

/**
 * Applies feed entries to the index on a few worker threads, with a bounded number in flight. Order
 * between entries does not matter for the result: versions decide. {@link #drain()} waits until every
 * submitted entry is applied, so a checkpoint taken after it covers them all. Used by one feeding thread.
 */
final class ParallelApplier implements AutoCloseable {
  private static final int IN_FLIGHT_PER_WORKER = 256;

  private final LeadsIndex index;
  private final int workers;
  private final ExecutorService pool;
  private final Semaphore permits;
  private final int maxPermits;
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong stale = new AtomicLong();
  /** The first failure of a worker; any throwable, so that no lost entry goes unreported into a checkpoint. */
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  /** Set by {@link #close}: entries not yet begun are skipped. */
  private volatile boolean closing;

  ParallelApplier(LeadsIndex index, int workers) {
    this.index = index;
    this.workers = workers;
    this.maxPermits = workers * IN_FLIGHT_PER_WORKER;
    this.permits = new Semaphore(maxPermits);
    this.pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "leads-ingest");
      t.setDaemon(true);
      return t;
    });
  }

  void submit(FeedEntry entry) {
    rethrow();
    permits.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        if (closing) {
          return;
        }
        if (index.apply(entry) == ApplyOutcome.APPLIED) {
          applied.incrementAndGet();
        } else {
          stale.incrementAndGet();
        }
      } catch (Throwable e) {
        failure.compareAndSet(null, e);
      } finally {
        permits.release();
      }
    });
  }

  /**
   * Waits for every submitted entry, then asks each worker to write one of the writer's buffers as a
   * segment (best effort: a worker may find none left), so that a commit that follows finds most of them
   * written in parallel instead of writing them all on its own thread; rethrows the first failure of a
   * worker.
   */
  void drainAndFlush() {
    drain();
    for (int i = 0; i < workers; i++) {
      permits.acquireUninterruptibly();
      pool.execute(() -> {
        try {
          index.flushNextBuffer();
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        } finally {
          permits.release();
        }
      });
    }
    drain();
  }

  /** Waits for every submitted entry; rethrows the first failure of a worker. */
  void drain() {
    permits.acquireUninterruptibly(maxPermits);
    permits.release(maxPermits);
    rethrow();
  }

  long applied() {
    return applied.get();
  }

  long stale() {
    return stale.get();
  }

  private void rethrow() {
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error error) {
      throw error;
    }
    if (e != null) {
      throw new IllegalStateException("an ingest worker failed", e);
    }
  }

  /**
   * Skips the entries not yet begun and waits for those being applied. The workers are not interrupted:
   * an interrupt inside the index writer's file writes can close the writer for good.
   */
  @Override
  public void close() {
    closing = true;
    pool.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
