package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leadssdk.core.Parolee;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.testkit.SyntheticFeeds;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * An ingest's commits run beside the applying of the lines after them (issue 5: a checkpoint is committed
 * with the data; nothing acknowledged is lost, nothing applied twice). Each commit, read from disk, holds
 * exactly the records of the lines up to its checkpoint, although later lines were applied before it
 * finished.
 */
class IngestCommitsTest {
  private static final int LINES = 4_000;
  private static final int EVERY = 1_000;

  @Test
  void eachCommitHoldsExactlyTheLinesUpToItsCheckpointWhileLaterLinesAreApplied(@TempDir Path tmp) {
    Path feed = tmp.resolve("feed.ndjson");
    Path dir = tmp.resolve("index");
    SyntheticFeeds.writeNdjson(feed, 17, LINES);
    List<String> cdcByLine = new SyntheticParolees(17).parolees(LINES).stream()
        .map(Parolee::cdcNumber).map(c -> c.value()).toList();
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    List<Long> committedPositions = Collections.synchronizedList(new ArrayList<>());
    List<Long> searchableAtCommit = Collections.synchronizedList(new ArrayList<>());
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      index.observeCommits(new LeadsIndex.CommitObserver() {
        @Override
        public void beforeCut(Checkpoint checkpoint) {
          // Were the ingest let go before the commit's point in time, it would apply later lines now.
          pause(150);
        }

        @Override
        public void atCut(Checkpoint checkpoint) {
          Optional<Checkpoint> reported = index.checkpoint();
          long before = checkpoint.position() - EVERY;
          if (before > 0 && !reported.equals(Optional.of(new Checkpoint(checkpoint.feed(), before)))) {
            problems.add("while committing at " + checkpoint.position() + " checkpoint() gave " + reported);
          }
          // The ingest goes on meanwhile.
          pause(300);
        }

        @Override
        public void committed(Checkpoint checkpoint) {
          committedPositions.add(checkpoint.position());
          index.refresh();
          searchableAtCommit.add(index.size());
          Set<String> expected = new HashSet<>(cdcByLine.subList(0, (int) checkpoint.position()));
          Set<String> onDisk = committedCdcs(dir, checkpoint, problems);
          if (!onDisk.equals(expected)) {
            Set<String> extra = new HashSet<>(onDisk);
            extra.removeAll(expected);
            Set<String> missing = new HashSet<>(expected);
            missing.removeAll(onDisk);
            problems.add("commit at " + checkpoint.position() + ": " + extra.size() + " records of later lines, "
                + missing.size() + " of earlier lines missing");
          }
        }
      });

      IngestReport report = index.ingest(feed, "overlap", EVERY);

      assertThat(problems).isEmpty();
      assertThat(committedPositions).as("the ingest's commits, in order").containsExactly(1_000L, 2_000L, 3_000L, 4_000L);
      int overlapped = 0;
      for (int i = 0; i < 3; i++) {
        if (searchableAtCommit.get(i) > committedPositions.get(i)) {
          overlapped++;
        }
      }
      assertThat(overlapped)
          .as("commits by whose end later lines were applied too (searchable %s at %s)", searchableAtCommit,
              committedPositions)
          .isPositive();
      assertThat(report.applied()).isEqualTo(LINES);
      assertThat(report.checkpoint()).isEqualTo(new Checkpoint("overlap", LINES));
      assertThat(index.checkpoint()).contains(new Checkpoint("overlap", LINES));
    }
    try (LeadsIndex index = LeadsIndex.builder().directory(dir).build()) {
      assertThat(index.size()).isEqualTo(LINES);
      assertThat(index.checkpoint()).contains(new Checkpoint("overlap", LINES));
    }
  }

  @Test
  void aFailedBackgroundCommitFailsTheIngest(@TempDir Path tmp) {
    Path feed = tmp.resolve("feed.ndjson");
    SyntheticFeeds.writeNdjson(feed, 18, LINES);
    try (LeadsIndex index = LeadsIndex.builder().directory(tmp.resolve("index")).build()) {
      index.observeCommits(new LeadsIndex.CommitObserver() {
        @Override
        public void beforeCut(Checkpoint checkpoint) {}

        @Override
        public void atCut(Checkpoint checkpoint) {
          if (checkpoint.position() == 2_000) {
            throw new IllegalStateException("no space left for the commit at 2000");
          }
        }

        @Override
        public void committed(Checkpoint checkpoint) {}
      });
      assertThatThrownBy(() -> index.ingest(feed, "failing", EVERY))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("commit at 2000");
      assertThat(index.checkpoint()).as("the last commit that succeeded").contains(new Checkpoint("failing", 1_000));
    }
  }

  /** The live records of the index's latest commit on disk; checks that commit's feed position. */
  private static Set<String> committedCdcs(Path dir, Checkpoint checkpoint, List<String> problems) {
    Set<String> cdcs = new HashSet<>();
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
      String position = SegmentInfos.readLatestCommit(d).getUserData().get("leads.position");
      if (!String.valueOf(checkpoint.position()).equals(position)) {
        problems.add("commit at " + checkpoint.position() + " has position " + position);
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues cdc = leaf.reader().getSortedDocValues(Fields.CDC);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc)) && cdc.advanceExact(doc)) {
            cdcs.add(cdc.lookupOrd(cdc.ordValue()).utf8ToString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cdcs;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
