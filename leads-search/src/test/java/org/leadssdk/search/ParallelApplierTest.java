package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The ingest's workers: the wait before a commit (with its flush of the writer's buffers) returns with every
 * entry applied once, and a worker's failure is reported by the next wait, never lost (a checkpoint taken
 * after a wait must cover only applied entries).
 */
class ParallelApplierTest {
  @Test
  void theWaitBeforeACommitReturnsWithEveryEntryApplied() {
    List<Parolee> records = new SyntheticParolees(5).parolees(300);
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build();
        ParallelApplier applier = new ParallelApplier(index, 2)) {
      records.forEach(p -> applier.submit(new Upsert(p)));
      applier.submit(new Upsert(records.get(0)));
      applier.drainAndFlush();
      assertThat(applier.applied()).isEqualTo(300);
      assertThat(applier.stale()).isEqualTo(1);
      index.refresh();
      assertThat(index.size()).isEqualTo(300);
    }
  }

  @Test
  void aWorkersFailureIsReportedByTheNextWait() {
    LeadsIndex index = LeadsIndex.builder().inMemory().build();
    index.close();
    try (ParallelApplier applier = new ParallelApplier(index, 2)) {
      applier.submit(new Upsert(new SyntheticParolees(6).next()));
      assertThatThrownBy(applier::drainAndFlush).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("closed");
      assertThat(applier.applied()).isZero();
    }
  }
}
