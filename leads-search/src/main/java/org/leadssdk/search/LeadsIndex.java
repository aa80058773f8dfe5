package org.leadssdk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.FeedEntry;
import org.leadssdk.core.feed.FeedIoException;
import org.leadssdk.core.feed.FeedReport;
import org.leadssdk.core.feed.NdjsonFeedReader;
import org.leadssdk.core.feed.Tombstone;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.Retention;
import org.leadssdk.policy.Visibility;
import org.leadssdk.search.internal.Analyzers;
import org.leadssdk.search.internal.DocumentMapper;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.RecordCache;
import org.leadssdk.search.internal.RecordCodec;
import org.leadssdk.search.internal.VersionTable;
import org.leadssdk.search.internal.VisibilityWindow;

/**
 * The parolee index on a directory (or in memory): one writer, any number of concurrent searches while
 * it ingests. Opened and closed by the host; thread-safe.
 *
 * <p>{@link #upsert} and {@link #remove} may be called from several threads at once (records are indexed
 * in parallel; each record's version check and write are atomic). {@link #commit} includes every change
 * whose call returned before it was called.
 *
 * <p>Feed entries are applied idempotently by record version: an entry whose version is not newer than
 * what the index holds (live or removed) is {@link ApplyOutcome#STALE} and ignored, so a feed may be
 * replayed from a checkpoint and entries may arrive out of order. A record is replaced atomically:
 * searches see the old version or the new one, never a mix. Applied changes become searchable within the
 * refresh interval (default 200 ms), and a search always sees every change applied more than a second
 * before it began: it refreshes first if no refresh has begun within that second, and if that refresh
 * fails the search fails ({@link IndexUnavailableException}) rather than show an older view.
 * {@link #commit(Checkpoint)} makes them durable together with the feed position, and after a crash the
 * index reopens at the last commit.
 *
 * <pre>{@code
 * try (LeadsIndex index = LeadsIndex.builder().directory(Path.of("leads-index")).build()) {
 *   long resumeAfter = index.checkpoint().map(Checkpoint::position).orElse(0L);
 *   // read the feed after resumeAfter, index.upsert(record) / index.remove(...) each entry
 *   index.commit(new Checkpoint("dapo-daily", linesConsumed));
 * }
 * }</pre>
 */
public final class LeadsIndex implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("org.leadssdk.search");
  private static final String FEED_KEY = "leads.feed";
  private static final String POSITION_KEY = "leads.position";
  private static final String FORMAT_KEY = "leads.format";
  private static final long ONE_SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ScheduledExecutorService refresher;
  private final DocumentMapper mapper;
  private final VersionTable versions;
  private final PolicyConfig policyConfig;
  private final Retention retention;
  private final RecordCache recordCache;
  /** The in-memory buffers' size at which {@link #flushIfFull} writes the largest as a segment. */
  private final long flushBytes;
  /** Whether a thread is writing a buffer in {@link #flushIfFull}; the others go on indexing meanwhile. */
  private final AtomicBoolean flushing = new AtomicBoolean();
  /** How many buffers {@link #flushIfFull} has written (for tests). */
  private final AtomicLong buffersWritten = new AtomicLong();
  /** Per-record locks: a record's version check and write are atomic; different records go in parallel. */
  private final Object[] stripes = new Object[64];
  private final Object commitLock = new Object();
  /**
   * Set while a commit runs whose caller waits for the commit's point in time ({@link #commitCutTaken}):
   * the committing thread, its checkpoint, and what to run there once the writer's full flush is done.
   */
  private final AtomicReference<CutWaiter> cutWaiter = new AtomicReference<>();
  /** Called on an ingest's committing thread before and after its commit's point in time, and after the commit (tests). */
  private volatile @Nullable CommitObserver commitObserver;
  /** The checkpoint of the last successful commit (or of the commit the index opened at). */
  private volatile Optional<Checkpoint> committed;
  /** Feed ingests running now: while any runs, scheduled refreshes come once a second. */
  private final AtomicInteger ingestsRunning = new AtomicInteger();
  /** Scheduled ticks per refresh while an ingest runs (one second's worth). */
  private final int ticksPerIngestRefresh;
  /**
   * When the last successful refresh began (System.nanoTime): what was applied before then is searchable.
   * Only moves forward.
   */
  private final AtomicLong lastRefreshStart = new AtomicLong(System.nanoTime());
  /** Held by a search that refreshes before it reads, so that searches arriving together refresh once. */
  private final Object searchRefreshLock = new Object();
  /** When a searcher was last acquired (System.nanoTime): whether anyone searches during an ingest. */
  private volatile long lastAcquire = System.nanoTime() - 2 * ONE_SECOND_NANOS;
  /** Ticks since the last scheduled refresh; touched only by the refresh thread. */
  private int ticksSinceRefresh;
  private volatile boolean closed;
  /** Set by tests only: the scheduled refresh does nothing. */
  private volatile boolean scheduledRefreshPaused;

  private LeadsIndex(Builder b) throws IOException {
    this.policyConfig = b.policyConfig;
    this.retention = Retention.create(b.policyConfig, b.clock);
    this.recordCache = new RecordCache(b.recordCacheMb * 1024L * 1024L);
    this.flushBytes = (long) (b.ramBufferMb * 1024 * 1024);
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new Object();
    }
    this.mapper = new DocumentMapper(p -> window(retention.visibility(p, Instant.EPOCH)));
    Directory dir = null;
    IndexWriter w = null;
    SearcherManager sm = null;
    try {
      dir = b.path == null ? new ByteBuffersDirectory() : FSDirectory.open(b.path);
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.INDEX)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          // Lucene's own trigger, at twice the buffer, is only a backstop: flushIfFull writes a buffer at the
          // configured size outside the stripe locks.
          .setRAMBufferSizeMB(2 * b.ramBufferMb)
          .setCommitOnClose(false);
      w = new IndexWriter(dir, config) {
        @Override
        protected void doBeforeFlush() {
          commitCutComing();
        }

        @Override
        protected void doAfterFlush() {
          commitCutTaken();
        }
      };
      Map<String, String> commitData = commitData(w);
      checkFormat(w, commitData);
      sm = new SearcherManager(w, true, false, new SearcherFactory());
      this.versions = loadVersions(sm);
      this.committed = committedCheckpoint(commitData);
    } catch (IOException | RuntimeException e) {
      closeQuietly(sm, e);
      closeQuietly(w, e);
      closeQuietly(dir, e);
      throw e;
    }
    this.directory = dir;
    this.writer = w;
    this.searchers = sm;
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "leads-index-refresh");
      t.setDaemon(true);
      return t;
    });
    long period = b.refreshInterval.toMillis();
    this.ticksPerIngestRefresh = (int) Math.max(1, 1000 / period);
    refresher.scheduleWithFixedDelay(this::refreshQuietly, period, period, TimeUnit.MILLISECONDS);
  }

  /** A builder; choose {@link Builder#directory(Path)} or {@link Builder#inMemory()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Applies a record: added if new, replacing the held one if its version is newer.
   *
   * @return {@link ApplyOutcome#STALE} if the index holds this version or a newer one (live or removed)
   * @throws IndexUnavailableException if the index cannot be written (also when the record was taken but
   *     the full buffer it completed could not be written as a segment: the record then counts as held,
   *     and is durable only once a later {@link #commit} succeeds)
   */
  public ApplyOutcome upsert(Parolee record) {
    Check.notNull("record", record);
    ensureOpen();
    long key = VersionTable.key(record.cdcNumber());
    if (versions.get(key) >= record.recordVersion()) {
      return ApplyOutcome.STALE;
    }
    // Encoding and mapping are pure: done outside the lock so that callers on several threads index in parallel.
    Document doc = mapper.toDocument(record, RecordCodec.get().encode(record));
    synchronized (stripe(key)) {
      long held = versions.get(key);
      if (held >= record.recordVersion()) {
        return ApplyOutcome.STALE;
      }
      try {
        write(held, record.cdcNumber(), doc);
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot write record " + record.cdcNumber() + " to the index", e);
      }
      versions.put(key, record.recordVersion());
    }
    flushIfFull();
    return ApplyOutcome.APPLIED;
  }

  /**
   * Removes a record as of {@code version}. The index remembers the removal, so an older version that
   * arrives later stays out.
   *
   * @param sourceTimestamp when the source removed it (indexed: a "since" download reports the removals
   *     after its instant, {@link LeadsSearch#exportSince})
   * @return {@link ApplyOutcome#STALE} if the index holds this version or a newer one
   * @throws IllegalArgumentException if {@code version < 1}
   * @throws IndexUnavailableException if the index cannot be written
   */
  public ApplyOutcome remove(CdcNumber cdcNumber, long version, Instant sourceTimestamp) {
    Check.notNull("cdcNumber", cdcNumber);
    Check.notNull("sourceTimestamp", sourceTimestamp);
    Check.inRange("version", version, 1, Long.MAX_VALUE);
    ensureOpen();
    long key = VersionTable.key(cdcNumber);
    synchronized (stripe(key)) {
      long held = versions.get(key);
      if (held >= version) {
        return ApplyOutcome.STALE;
      }
      try {
        write(held, cdcNumber, mapper.tombstone(cdcNumber, version, sourceTimestamp));
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot remove record " + cdcNumber + " from the index", e);
      }
      versions.put(key, version);
    }
    flushIfFull();
    return ApplyOutcome.APPLIED;
  }

  /**
   * Writes the largest in-memory buffer as a segment once the buffers reach the configured size, on the
   * calling thread after its stripe lock is released. Were the buffer written inside the write (Lucene's
   * own trigger), the stripe would stay locked for the whole segment write, and another thread applying
   * a record of the same stripe would wait for it: in a 1,000,000-record load, 14 s of the workers' time.
   * One thread writes at a time; the others go on indexing.
   */
  private void flushIfFull() {
    // Buffers already being written do not count: the next one to write must itself be full.
    if (writer.ramBytesUsed() - writer.getFlushingBytes() < flushBytes || !flushing.compareAndSet(false, true)) {
      return;
    }
    try {
      writer.flushNextBuffer();
      buffersWritten.incrementAndGet();
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot write buffered records to the index", e);
    } finally {
      flushing.set(false);
    }
  }

  /**
   * Writes a record's document under its stripe lock. A CDC number the version table has never seen
   * (version 0) has no document in the index, live or removed: the document is added without a delete
   * term, which a full load would otherwise buffer and resolve against every segment for each record.
   */
  private void write(long heldVersion, CdcNumber cdc, Document doc) throws IOException {
    if (heldVersion == 0) {
      writer.addDocument(doc);
    } else {
      writer.updateDocument(new Term(Fields.CDC, cdc.value()), doc);
    }
  }

  /**
   * Applies one feed entry: an {@link Upsert} as {@link #upsert}, a {@link Tombstone} as {@link #remove}.
   *
   * @throws IndexUnavailableException if the index cannot be written
   */
  public ApplyOutcome apply(FeedEntry entry) {
    Check.notNull("entry", entry);
    return switch (entry) {
      case Upsert u -> upsert(u.record());
      case Tombstone t -> remove(t.cdcNumber(), t.recordVersion(), t.sourceTimestamp());
    };
  }

  /**
   * Ingests an NDJSON feed file (a full load or a delta) named {@code feedName}: strict reading with a
   * reject report, entries applied in parallel on all cores, a commit with the checkpoint every
   * {@code commitEvery} lines and at the end. If the index's last checkpoint is of the same feed, reading
   * resumes right after it, so after a crash the same call picks up where the last commit left off and
   * applies nothing twice.
   *
   * <p>Each commit holds exactly the lines up to its checkpoint. Once the commit has fixed what it holds
   * (its buffers written), the next lines are applied while it finishes on a thread of its own (waiting
   * for small merges, syncing its files); the commit after waits for it. A commit that failed fails the
   * ingest with {@link IndexUnavailableException} at the first line read after the failure, at the latest
   * at the next commit or the end of the feed; what was applied after the last successful commit is then
   * not durable, and ingesting the same feed again resumes after that commit.
   *
   * <p>While an ingest runs, refreshes come once a second rather than at the builder's refresh interval,
   * and only while someone searches (each refresh writes a small segment that a bulk load would have to
   * merge again): a search that finds the last refresh more than a second old refreshes first, so applied
   * records are still searchable within one second; the ingest's last commit refreshes at once.
   *
   * @param commitEvery lines between commits, {@code >= 1} (e.g. 50,000 for a full load)
   * @throws IndexUnavailableException if the file cannot be read or the index written; what was
   *     committed before stays
   */
  public IngestReport ingest(Path feed, String feedName, long commitEvery) {
    Check.notNull("feed", feed);
    String name = new Checkpoint(feedName, 0).feed();
    Check.inRange("commitEvery", commitEvery, 1, Long.MAX_VALUE);
    ensureOpen();
    long resumeAfter = checkpoint().filter(c -> c.feed().equals(name)).map(Checkpoint::position).orElse(0L);
    NdjsonFeedReader reader = NdjsonFeedReader.builder().startAfterLine(resumeAfter).build();
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ingestsRunning.incrementAndGet();
    try (ParallelApplier applier = new ParallelApplier(this, workers);
        BackgroundCommits commits = new BackgroundCommits()) {
      FeedReport report;
      try {
        report = reader.read(feed, (entry, line) -> {
          commits.rethrowFailure();
          applier.submit(entry);
          if (line % commitEvery == 0) {
            applier.drainAndFlush();
            commits.start(new Checkpoint(name, line));
          }
        });
      } catch (FeedIoException e) {
        throw new IndexUnavailableException("cannot read feed " + feed, e);
      }
      applier.drainAndFlush();
      commits.awaitLast();
      Checkpoint end = new Checkpoint(name, report.lastLineNumber());
      commit(end);
      return new IngestReport(report, applier.applied(), applier.stale(), end);
    } finally {
      ingestsRunning.decrementAndGet();
    }
  }

  /**
   * An ingest's commits, each on a thread of its own so that applying the next lines overlaps the end of
   * the commit before (waiting for small merges, syncing files). A commit holds exactly the
   * entries applied before it began: {@link #start} returns only once the writer has taken the commit's
   * point in time (its full flush is done, {@link #commitCutTaken}); changes made after that carry later
   * sequence numbers, which the commit does not include.
   */
  private final class BackgroundCommits implements AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "leads-ingest-commit");
      t.setDaemon(true);
      return t;
    });
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    /** Whether the last commit's failure has been thrown to the ingest's caller. */
    private boolean failureThrown;

    /**
     * Waits for the commit before, then starts committing at {@code checkpoint}; returns at its point in
     * time, or when it failed before that.
     */
    void start(Checkpoint checkpoint) {
      awaitLast();
      CountDownLatch cut = new CountDownLatch(1);
      CompletableFuture<Void> done = new CompletableFuture<>();
      thread.execute(() -> {
        try {
          // No refresh after it: the next lines are being applied by now, and a refresh would write them as
          // small segments; searches during the ingest refresh on their own (see ingest).
          commitWithoutRefresh(checkpoint, cut::countDown);
          done.complete(null);
        } catch (IndexUnavailableException | Error e) {
          done.completeExceptionally(e);
        } catch (Throwable e) {
          done.completeExceptionally(new IndexUnavailableException("cannot commit the index at " + checkpoint, e));
        } finally {
          cut.countDown();
        }
      });
      last = done;
      awaitUninterruptibly(cut);
    }

    /** Rethrows the failure of a commit that has already failed; a commit still running is not waited for. */
    void rethrowFailure() {
      if (last.isDone()) {
        awaitLast();
      }
    }

    /**
     * Waits for the last commit started; throws its failure ({@link IndexUnavailableException}, or the
     * error), once.
     */
    void awaitLast() {
      if (failureThrown) {
        return;
      }
      try {
        last.join();
      } catch (CompletionException e) {
        failureThrown = true;
        Throwable cause = e.getCause();
        if (cause instanceof IndexUnavailableException u) {
          throw u;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IndexUnavailableException("cannot commit the index", cause);
      }
    }

    /**
     * Waits for a commit still running (also when the ingest failed), then stops the thread; throws the
     * failure of a commit not yet thrown (so that, when the ingest failed for another reason, it is kept as
     * a suppressed exception).
     */
    @Override
    public void close() {
      thread.close();
      awaitLast();
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes one of the writer's buffers of documents as a segment on the calling thread (one already due
   * to be written, else the largest; none if nothing is buffered): ingest workers call it before a commit,
   * so that the commit's writing is shared.
   *
   * @throws IndexUnavailableException if the segment cannot be written
   */
  void flushNextBuffer() {
    try {
      writer.flushNextBuffer();
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot write buffered records to the index", e);
    }
  }

  /**
   * Makes everything applied so far durable, together with the feed position reached. Returns when the
   * commit is on disk: what was applied before the call survives a crash; after a crash the index
   * reopens with exactly this commit's records and {@link #checkpoint()} returns this checkpoint.
   *
   * @throws IndexUnavailableException if the commit fails
   */
  public void commit(Checkpoint checkpoint) {
    Check.notNull("checkpoint", checkpoint);
    ensureOpen();
    commitWithoutRefresh(checkpoint, null);
    refresh();
  }

  /**
   * Commits at {@code checkpoint}; {@code atCut}, if given, runs on this thread as soon as the writer has
   * taken the commit's point in time, before the files are synced.
   */
  private void commitWithoutRefresh(Checkpoint checkpoint, @Nullable Runnable atCut) {
    synchronized (commitLock) {
      writer.setLiveCommitData(Map.of(FEED_KEY, checkpoint.feed(), POSITION_KEY, Long.toString(checkpoint.position()),
          FORMAT_KEY, RecordCodec.FORMAT).entrySet());
      CutWaiter waiter = null;
      if (atCut != null) {
        waiter = new CutWaiter(Thread.currentThread(), checkpoint, atCut);
        cutWaiter.set(waiter);
      }
      try {
        writer.commit();
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot commit the index at " + checkpoint, e);
      } finally {
        if (waiter != null) {
          cutWaiter.compareAndSet(waiter, null);
        }
      }
      committed = Optional.of(checkpoint);
      CommitObserver observer = commitObserver;
      if (atCut != null && observer != null) {
        observer.committed(checkpoint);
      }
    }
  }

  /**
   * The writer's hook after each full flush (a commit's, a refresh's): on the thread of a commit whose
   * caller waits for its point in time, the commit's flush is done and its segments are fixed, so the
   * caller may go on applying entries; they are not in this commit.
   */
  private void commitCutTaken() {
    CutWaiter waiter = cutWaiter.get();
    if (waiter != null && waiter.thread() == Thread.currentThread() && cutWaiter.compareAndSet(waiter, null)) {
      waiter.atCut().run();
      CommitObserver observer = commitObserver;
      if (observer != null) {
        observer.atCut(waiter.checkpoint());
      }
    }
  }

  /** The writer's hook before each full flush: tells the observer of a waited-for commit (tests). */
  private void commitCutComing() {
    CutWaiter waiter = cutWaiter.get();
    CommitObserver observer = commitObserver;
    if (observer != null && waiter != null && waiter.thread() == Thread.currentThread()) {
      observer.beforeCut(waiter.checkpoint());
    }
  }

  /** A commit's thread and checkpoint, and what to run there once its point in time is taken. */
  private record CutWaiter(Thread thread, Checkpoint checkpoint, Runnable atCut) {}

  /** Sees an ingest's commits on their thread (tests). */
  interface CommitObserver {
    /** The commit at {@code checkpoint} is about to take its point in time; the ingest still waits. */
    void beforeCut(Checkpoint checkpoint);

    /** The commit at {@code checkpoint} has taken its point in time; the ingest goes on meanwhile. */
    void atCut(Checkpoint checkpoint);

    /** The commit at {@code checkpoint} is on disk. */
    void committed(Checkpoint checkpoint);
  }

  /** Installs the observer of ingest commits (tests). */
  void observeCommits(@Nullable CommitObserver observer) {
    this.commitObserver = observer;
  }

  /**
   * The checkpoint of the last successful commit (or of the commit the index was opened at), if the index
   * was ever committed with one; a commit still in progress is not reported.
   */
  public Optional<Checkpoint> checkpoint() {
    ensureOpen();
    return committed;
  }

  /** The commit data the writer opened with (of the index's last commit). */
  private static Map<String, String> commitData(IndexWriter w) {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** The checkpoint in the last commit's data, if any. */
  private static Optional<Checkpoint> committedCheckpoint(Map<String, String> data) {
    String feed = data.get(FEED_KEY);
    String position = data.get(POSITION_KEY);
    if (feed == null || position == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Checkpoint(feed, Long.parseLong(position)));
    } catch (IllegalArgumentException e) {
      throw new IndexUnavailableException("the index's last commit has a malformed checkpoint (" + FEED_KEY + "=" + feed
          + ", " + POSITION_KEY + "=" + position + "): a checkpoint is a feed name and a line number >= 0", e);
    }
  }

  /**
   * Makes every change applied so far searchable now, rather than at the next scheduled refresh.
   *
   * @throws IndexUnavailableException if the index cannot be reopened
   */
  public void refresh() {
    ensureOpen();
    try {
      refreshBlocking();
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot refresh the index", e);
    }
  }

  /** How many live records the index holds, as of the last refresh. */
  public long size() {
    ensureOpen();
    IndexSearcher s = acquire();
    try {
      long n = 0;
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        n += liveRecords(leaf.reader(), null);
      }
      return n;
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot count the index", e);
    } finally {
      release(s);
    }
  }

  /**
   * Compares the index with a source's list of CDC numbers (the overview's data download reconciliation),
   * as of the last refresh.
   *
   * @throws IndexUnavailableException if the index cannot be read
   */
  public Reconciliation reconcile(Iterable<CdcNumber> sourceCdcNumbers) {
    Check.notNull("sourceCdcNumbers", sourceCdcNumbers);
    ensureOpen();
    Set<String> source = new HashSet<>();
    for (CdcNumber c : sourceCdcNumbers) {
      source.add(Check.notNull("sourceCdcNumbers[]", c).value());
    }
    Set<String> held = new HashSet<>();
    IndexSearcher s = acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        liveRecords(leaf.reader(), held);
      }
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot read the index for reconciliation", e);
    } finally {
      release(s);
    }
    List<CdcNumber> missing = new ArrayList<>();
    for (String c : source) {
      if (!held.contains(c)) {
        missing.add(new CdcNumber(c));
      }
    }
    List<CdcNumber> extra = new ArrayList<>();
    for (String c : held) {
      if (!source.contains(c)) {
        extra.add(new CdcNumber(c));
      }
    }
    missing.sort(null);
    extra.sort(null);
    return new Reconciliation(missing, extra, source.size(), held.size());
  }

  /** Closes the index without committing: what was applied after the last commit is dropped. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    refresher.shutdownNow();
    try {
      // A refresh in progress must finish before the searchers it uses are closed.
      refresher.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    IOException failure = null;
    for (AutoCloseable c : new AutoCloseable[] {searchers, writer, directory}) {
      try {
        c.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e instanceof IOException io ? io : new IOException(e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw new IndexUnavailableException("the index did not close cleanly", failure);
    }
  }

  // --- for LeadsSearch (same package) ---

  IndexSearcher acquire() {
    ensureOpen();
    try {
      long now = System.nanoTime();
      lastAcquire = now;
      // A search reads what was applied more than a second ago: if no refresh has begun within the last
      // second (during an ingest the scheduled refresh pauses while nobody searches, and at any time it may
      // lag behind a busy machine or a refresh interval of a whole second), it refreshes before it reads.
      if (now - lastRefreshStart.get() > ONE_SECOND_NANOS) {
        synchronized (searchRefreshLock) {
          // Another search may have refreshed while this one waited: then its refresh began after
          // now - 1 s, and this search reads that.
          if (now - lastRefreshStart.get() > ONE_SECOND_NANOS) {
            refreshBlocking();
          }
        }
      }
      return searchers.acquire();
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      // closed by the host while this search refreshed or acquired
      if (closed) {
        throw new IllegalStateException("the index is closed", e);
      }
      throw new IndexUnavailableException("cannot acquire an index searcher", e);
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot acquire an index searcher", e);
    }
  }

  void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot release an index searcher", e);
    }
  }

  /** The retention rules the index filters by (from its {@link PolicyConfig}). */
  public Retention retention() {
    return retention;
  }

  /**
   * The bytes of records applied and not yet being written as a segment (for tests): what
   * {@link #flushIfFull} keeps near the configured size. A refresh's own writes do not count.
   */
  long bufferedBytes() {
    return writer.ramBytesUsed() - writer.getFlushingBytes();
  }

  /** How many full buffers the applying threads have written (for tests). */
  long buffersWritten() {
    return buffersWritten.get();
  }

  /** The decoded records kept between this index's searches. */
  RecordCache recordCache() {
    return recordCache;
  }

  /** The policy configuration the index was opened with (retention durations and time zone). */
  public PolicyConfig policyConfig() {
    return policyConfig;
  }

  /** The window of a verdict: retention bounds do not depend on the instant asked about. */
  private static VisibilityWindow window(Visibility v) {
    return new VisibilityWindow(
        v.visibleFrom() == null ? Long.MIN_VALUE : v.visibleFrom().toEpochMilli(),
        v.visibleUntil() == null ? Long.MAX_VALUE : v.visibleUntil().toEpochMilli());
  }

  // --- internals ---

  private Object stripe(long key) {
    return stripes[(int) ((key ^ (key >>> 29)) & (stripes.length - 1))];
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the index is closed");
    }
  }

  /** Stops or resumes the scheduled refresh (tests: a search must not depend on it to be fresh). */
  void pauseScheduledRefresh(boolean paused) {
    scheduledRefreshPaused = paused;
  }

  private void refreshQuietly() {
    if (closed || scheduledRefreshPaused) {
      return;
    }
    // Each refresh during a bulk ingest flushes a small segment that must be merged again later; once a
    // second keeps the "searchable within one second" promise with fewer, larger segments, and while
    // nobody searches there is no refresh at all (acquire() refreshes for the next search).
    if (ingestsRunning.get() > 0) {
      if (++ticksSinceRefresh < ticksPerIngestRefresh) {
        return;
      }
      if (System.nanoTime() - lastAcquire > 2 * ONE_SECOND_NANOS) {
        ticksSinceRefresh = 0;
        return;
      }
    }
    ticksSinceRefresh = 0;
    try {
      long start = System.nanoTime();
      if (searchers.maybeRefresh()) {
        refreshed(start);
      }
    } catch (org.apache.lucene.store.AlreadyClosedException e) {
      if (!closed) {
        LOG.log(System.Logger.Level.WARNING, () -> "scheduled index refresh found the index closed: " + e);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, () -> "scheduled index refresh failed: " + e);
    }
  }

  /** Refreshes now, waiting for a refresh under way; throws if the refresh fails. */
  private void refreshBlocking() throws IOException {
    long start = System.nanoTime();
    searchers.maybeRefreshBlocking();
    refreshed(start);
  }

  /** Records that a refresh begun at {@code start} succeeded (a failed one must not count as fresh). */
  private void refreshed(long start) {
    lastRefreshStart.accumulateAndGet(start, (last, next) -> next - last > 0 ? next : last);
  }

  /** Counts live (non-tombstone) records of a segment, and adds their CDC numbers to {@code sink}. */
  private static long liveRecords(LeafReader reader, @Nullable Set<String> sink) throws IOException {
    SortedDocValues cdc = reader.getSortedDocValues(Fields.CDC);
    if (cdc == null) {
      return 0;
    }
    NumericDocValues tomb = reader.getNumericDocValues(Fields.TOMBSTONE);
    Bits live = reader.getLiveDocs();
    long n = 0;
    for (int doc = cdc.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = cdc.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      if (tomb != null && tomb.advanceExact(doc)) {
        continue;
      }
      n++;
      if (sink != null) {
        sink.add(cdc.lookupOrd(cdc.ordValue()).utf8ToString());
      }
    }
    return n;
  }

  /** Refuses an index whose records were written in another format (another SDK's code tables). */
  private static void checkFormat(IndexWriter w, Map<String, String> commitData) {
    String format = commitData.get(FORMAT_KEY);
    if (w.getDocStats().maxDoc > 0 && !RecordCodec.FORMAT.equals(format)) {
      throw new IndexUnavailableException("the index was written in record format " + format + ", this SDK reads "
          + RecordCodec.FORMAT + "; rebuild the index from its feed (code tables or the document layout changed between versions)");
    }
  }

  private static VersionTable loadVersions(SearcherManager sm) throws IOException {
    IndexSearcher s = sm.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) s.getIndexReader();
      VersionTable table = new VersionTable(Math.max(1024, reader.maxDoc()));
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        SortedDocValues cdc = r.getSortedDocValues(Fields.CDC);
        NumericDocValues version = r.getNumericDocValues(Fields.VERSION);
        if (cdc == null || version == null) {
          continue;
        }
        Bits live = r.getLiveDocs();
        for (int doc = cdc.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = cdc.nextDoc()) {
          if ((live == null || live.get(doc)) && version.advanceExact(doc)) {
            CdcNumber number = new CdcNumber(cdc.lookupOrd(cdc.ordValue()).utf8ToString());
            table.put(VersionTable.key(number), version.longValue());
          }
        }
      }
      return table;
    } finally {
      sm.release(s);
    }
  }

  private static void closeQuietly(@Nullable AutoCloseable c, Exception primary) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        primary.addSuppressed(e);
      }
    }
  }

  /** Configures a {@link LeadsIndex}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Path path;
    private boolean inMemory;
    private Clock clock = Clock.systemUTC();
    private Duration refreshInterval = Duration.ofMillis(200);
    private double ramBufferMb = 64;
    private int recordCacheMb = 32;
    private PolicyConfig policyConfig = PolicyConfig.DEFAULTS;

    private Builder() {}

    /** Keeps the index in this directory (created if absent; an existing index is opened). */
    public Builder directory(Path path) {
      this.path = Check.notNull("path", path);
      this.inMemory = false;
      return this;
    }

    /** Keeps the index in memory only (tests, small embedded uses); nothing survives close. */
    public Builder inMemory() {
      this.path = null;
      this.inMemory = true;
      return this;
    }

    /** The clock retention reads "now" from when no instant is given (default: system UTC). */
    public Builder clock(Clock clock) {
      this.clock = Check.notNull("clock", clock);
      return this;
    }

    /**
     * How soon applied changes become searchable without an explicit {@link LeadsIndex#refresh()}
     * (default 200 ms; at most one second).
     *
     * @throws IllegalArgumentException if not between 10 ms and 1 s
     */
    public Builder refreshInterval(Duration interval) {
      Check.notNull("refreshInterval", interval);
      Check.argument(interval.toMillis() >= 10 && interval.toMillis() <= 1000,
          () -> "refreshInterval must be between 10 ms and 1 s, got " + interval);
      this.refreshInterval = interval;
      return this;
    }

    /**
     * Memory for buffering changes before they are written as a segment (default 64 MB). A full buffer is
     * written by the thread that filled it while the others go on filling theirs, so together the buffers
     * may briefly hold up to twice this.
     *
     * @throws IllegalArgumentException if not between 16 and 2048
     */
    public Builder ramBufferMegabytes(double megabytes) {
      Check.inRange("ramBufferMegabytes", megabytes, 16, 2048);
      this.ramBufferMb = megabytes;
      return this;
    }

    /**
     * Heap for decoded records kept between searches (default 32 MB, about 8,000 records; 0 keeps none).
     * Searches that show the same records again (a county unit's list, an agent's caseload) skip decoding
     * them, most of such a search's time: on 1,000,000 generated records a county unit's list of 100 took
     * a median 1.2 to 1.5 ms with the cache against 1.7 to 2.4 ms without. A record is kept from its
     * second decoding on, and the bound is on an estimate of the records' heap, six times their encoded
     * size. Searches whose records are seldom shown again pay a little for it: the same index's name
     * search took 1.53 against 1.44 ms, and its slowest hundredth twice as long (garbage collection of the
     * kept records); choose 0 where lists are seldom opened twice.
     *
     * @throws IllegalArgumentException if not between 0 and 4096
     */
    public Builder recordCacheMegabytes(int megabytes) {
      Check.inRange("recordCacheMegabytes", megabytes, 0, 4096);
      this.recordCacheMb = megabytes;
      return this;
    }

    /**
     * The retention rules to filter by: how long Discharged and Pre-Parole records are visible and in
     * which time zone days are counted (default: {@link PolicyConfig#DEFAULTS}, the overview's one year
     * and 120 days). Retention windows are computed when a record is applied, so an index must be
     * rebuilt after these durations change.
     */
    public Builder policyConfig(PolicyConfig config) {
      this.policyConfig = Check.notNull("policyConfig", config);
      return this;
    }

    /**
     * Opens (or creates) the index.
     *
     * @throws IllegalStateException if neither a directory nor in-memory was chosen
     * @throws IndexUnavailableException if the directory cannot be opened (locked by another process,
     *     damaged, not writable)
     */
    public LeadsIndex build() {
      if (path == null && !inMemory) {
        throw new IllegalStateException("choose directory(path) or inMemory() before build()");
      }
      try {
        return new LeadsIndex(this);
      } catch (IOException e) {
        throw new IndexUnavailableException("cannot open the index" + (path == null ? "" : " at " + path), e);
      } catch (UncheckedIOException e) {
        throw new IndexUnavailableException("cannot open the index" + (path == null ? "" : " at " + path), e);
      }
    }
  }
}
