package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.Parolee;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.testkit.FeedLine;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * An ingest's commits run beside the applying of the lines after them (issue 5: a checkpoint is committed
 * with the data; nothing acknowledged is lost, nothing applied twice). Each commit, read back from disk,
 * holds exactly the state after the lines up to its checkpoint (every record's version, and the removals),
 * although later lines were applied before it finished; a failed commit fails the ingest, and the same
 * feed resumes after the last commit that succeeded.
 */
class IngestCommitsTest {
  private static final int LINES = 4_000;
  private static final int EVERY = 1_000;

  @Test
  void eachCommitOfAFullLoadHoldsExactlyTheLinesUpToItsCheckpoint(@TempDir Path tmp) {
    Path feed = tmp.resolve("feed.ndjson");
    SyntheticFeeds.writeNdjson(feed, 17, LINES);
    List<FeedLine> lines = new SyntheticParolees(17).parolees(LINES).stream()
        .map(p -> (FeedLine) new FeedLine.Upsert(p)).toList();
    try (LeadsIndex index = LeadsIndex.builder().directory(tmp.resolve("index")).build()) {
      CommitChecker checker = new CommitChecker(index, tmp.resolve("index"), Map.of(), lines);
      IngestReport report = index.ingest(feed, "overlap", EVERY);
      checker.assertExactAndOverlapped(List.of(1_000L, 2_000L, 3_000L, 4_000L));
      assertThat(report.applied()).isEqualTo(LINES);
      assertThat(index.checkpoint()).contains(new Checkpoint("overlap", LINES));
    }
    try (LeadsIndex index = LeadsIndex.builder().directory(tmp.resolve("index")).build()) {
      assertThat(index.size()).isEqualTo(LINES);
      assertThat(index.checkpoint()).contains(new Checkpoint("overlap", LINES));
    }
  }

  @Test
  void eachCommitOfADeltaHoldsExactlyTheChangesAndRemovalsUpToItsCheckpoint(@TempDir Path tmp) {
    Path base = tmp.resolve("base.ndjson");
    Path delta = tmp.resolve("delta.ndjson");
    List<Parolee> records = new SyntheticParolees(23).parolees(3_000);
    SyntheticFeeds.writeNdjson(base, 23, records.size());
    List<FeedLine> changes = SyntheticFeeds.deltas(23, records.size(), LINES);
    SyntheticFeeds.writeNdjson(delta, changes);
    assertThat(changes).as("the delta removes records").anyMatch(l -> l instanceof FeedLine.Tombstone);
    Map<String, Held> held = new HashMap<>();
    records.forEach(p -> held.put(p.cdcNumber().value(), new Held(p.recordVersion(), false)));
    try (LeadsIndex index = LeadsIndex.builder().directory(tmp.resolve("index")).build()) {
      index.ingest(base, "base", records.size());
      CommitChecker checker = new CommitChecker(index, tmp.resolve("index"), held, changes);
      index.ingest(delta, "delta", EVERY);
      checker.assertExactAndOverlapped(List.of(1_000L, 2_000L, 3_000L, 4_000L));
    }
  }

  @Test
  void aFailedCommitFailsTheIngestAndTheFeedResumesAfterTheLastGoodOne(@TempDir Path tmp) {
    Path feed = tmp.resolve("feed.ndjson");
    Path dir = tmp.resolve("index");
    SyntheticFeeds.writeNdjson(feed, 18, LINES);
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      index.observeCommits(new LeadsIndex.CommitObserver() {
        @Override
        public void beforeCut(Checkpoint checkpoint) {}

        @Override
        public void atCut(Checkpoint checkpoint) {}

        @Override
        public void committed(Checkpoint checkpoint) {
          if (checkpoint.position() == 3_000) {
            throw new IllegalStateException("disk gone after the commit at 3000");
          }
        }
      });
      assertThatThrownBy(() -> index.ingest(feed, "failing", EVERY))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("cannot commit the index at Checkpoint[feed=failing, position=3000]")
          .hasRootCauseMessage("disk gone after the commit at 3000");
    }
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      assertThat(index.checkpoint()).contains(new Checkpoint("failing", 3_000));
      assertThat(index.size()).as("exactly the records of the last commit").isEqualTo(3_000);
      IngestReport resumed = index.ingest(feed, "failing", EVERY);
      assertThat(resumed.feed().skipped()).isEqualTo(3_000);
      assertThat(resumed.applied()).isEqualTo(LINES - 3_000);
      assertThat(index.size()).isEqualTo(LINES);
    }
  }

  /**
   * Watches an ingest's commits: before each commit's point in time it pauses (were the feed let go
   * before that point, later lines would be applied meanwhile and land in the commit); after it, it pauses
   * again while the ingest goes on; once each commit is on disk it reads it back and compares it with the
   * state after the lines up to its checkpoint.
   */
  private static final class CommitChecker implements LeadsIndex.CommitObserver {
    private final LeadsIndex index;
    private final Path dir;
    private final Map<String, Held> before;
    private final List<FeedLine> lines;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> positions = Collections.synchronizedList(new ArrayList<>());
    private final List<Boolean> overlapped = Collections.synchronizedList(new ArrayList<>());
    private volatile Optional<Checkpoint> previous;

    CommitChecker(LeadsIndex index, Path dir, Map<String, Held> before, List<FeedLine> lines) {
      this.index = index;
      this.dir = dir;
      this.before = before;
      this.lines = lines;
      this.previous = index.checkpoint();
      index.observeCommits(this);
    }

    @Override
    public void beforeCut(Checkpoint checkpoint) {
      pause(150);
    }

    @Override
    public void atCut(Checkpoint checkpoint) {
      if (!index.checkpoint().equals(previous)) {
        problems.add("while committing at " + checkpoint.position() + " checkpoint() gave " + index.checkpoint());
      }
      pause(300);
    }

    @Override
    public void committed(Checkpoint checkpoint) {
      positions.add(checkpoint.position());
      previous = Optional.of(checkpoint);
      Map<String, Held> expected = stateAfter((int) checkpoint.position());
      Map<String, Held> onDisk = committedState(checkpoint);
      if (!onDisk.equals(expected)) {
        long differing = expected.entrySet().stream().filter(e -> !e.getValue().equals(onDisk.get(e.getKey()))).count();
        problems.add("commit at " + checkpoint.position() + ": " + differing + " records differ from the lines up to it, "
            + onDisk.keySet().stream().filter(k -> !expected.containsKey(k)).count() + " records of later lines");
      }
      index.refresh();
      overlapped.add(changedSince(expected));
    }

    void assertExactAndOverlapped(List<Long> expectedPositions) {
      assertThat(problems).isEmpty();
      assertThat(positions).as("the ingest's commits, in order").isEqualTo(expectedPositions);
      assertThat(overlapped.subList(0, overlapped.size() - 1))
          .as("whether later lines were applied before each commit but the last was on disk").contains(true);
    }

    /** What the index holds of each CDC number after the first {@code count} lines. */
    private Map<String, Held> stateAfter(int count) {
      Map<String, Held> state = new HashMap<>(before);
      for (FeedLine line : lines.subList(0, count)) {
        Held held = state.get(line.cdcNumber().value());
        if (held == null || held.version() < line.recordVersion()) {
          state.put(line.cdcNumber().value(), new Held(line.recordVersion(), line instanceof FeedLine.Tombstone));
        }
      }
      return state;
    }

    /**
     * Whether the index, refreshed, holds another number of records than {@code committed}: lines after
     * the checkpoint were applied (new records, removals).
     */
    private boolean changedSince(Map<String, Held> committed) {
      long live = committed.values().stream().filter(h -> !h.removed()).count();
      return index.size() != live;
    }

    /** The state in the index's latest commit on disk; checks that commit's feed position. */
    private Map<String, Held> committedState(Checkpoint checkpoint) {
      Map<String, Held> state = new HashMap<>();
      try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
        String position = SegmentInfos.readLatestCommit(d).getUserData().get("leads.position");
        if (!String.valueOf(checkpoint.position()).equals(position)) {
          problems.add("commit at " + checkpoint.position() + " has position " + position);
        }
        for (LeafReaderContext leaf : reader.leaves()) {
          LeafReader r = leaf.reader();
          Bits live = r.getLiveDocs();
          SortedDocValues cdc = r.getSortedDocValues(Fields.CDC);
          NumericDocValues version = r.getNumericDocValues(Fields.VERSION);
          NumericDocValues removed = r.getNumericDocValues(Fields.TOMBSTONE);
          for (int doc = 0; doc < r.maxDoc(); doc++) {
            if ((live != null && !live.get(doc)) || !cdc.advanceExact(doc) || !version.advanceExact(doc)) {
              continue;
            }
            boolean tombstone = removed != null && removed.advanceExact(doc);
            Held previousValue = state.put(cdc.lookupOrd(cdc.ordValue()).utf8ToString(),
                new Held(version.longValue(), tombstone));
            if (previousValue != null) {
              problems.add("commit at " + checkpoint.position() + " holds a record twice");
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return state;
    }
  }

  /** A record's version in the index, and whether that version is its removal. */
  private record Held(long version, boolean removed) {}

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
