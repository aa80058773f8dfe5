package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The bounded heap against brute force: documents offered in increasing order with ranks drawn from a few
 * values (so that ranks tie all the time) and keys that are sometimes offered, sometimes left
 * {@link BoundedHeap#UNREAD} for the key source to give; after sorting, the entries must be the
 * {@code capacity} smallest by (rank, key, document), with their keys, and until the keys are asked for,
 * the key source must have been asked only for documents whose rank ties another's.
 */
class BoundedHeapProperties {
  private record Entry(int rank, long key, int doc) {}

  private static final Comparator<Entry> ORDER =
      Comparator.comparingInt(Entry::rank).thenComparingLong(Entry::key).thenComparingInt(Entry::doc);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void keepsTheSmallestEntriesReadingKeysOnlyForTies(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    int count = 1 + gen.nextInt(2_000);
    int capacity = 1 + gen.nextInt(gen.nextInt(2) == 0 ? 10 : 300);
    int ranks = 1 + gen.nextInt(gen.nextInt(2) == 0 ? 4 : 500);
    boolean lazy = gen.nextInt(4) != 0;
    long[] keys = new long[count];
    List<Entry> all = new ArrayList<>(count);
    List<Integer> asked = new ArrayList<>();
    BoundedHeap heap = new BoundedHeap(capacity, doc -> {
      asked.add(doc);
      return keys[doc];
    });
    int[] rankOf = new int[count];
    for (int doc = 0; doc < count; doc++) {
      rankOf[doc] = gen.nextInt(ranks);
      keys[doc] = gen.nextInt(5) == 0 ? gen.nextInt(3) : gen.nextInt(1_000_000);
      all.add(new Entry(rankOf[doc], keys[doc], doc));
      boolean read = !lazy || gen.nextInt(3) == 0;
      if (!heap.rejects(rankOf[doc])) {
        heap.offer(rankOf[doc], read ? keys[doc] : BoundedHeap.UNREAD, doc);
      }
    }
    heap.sortAscending();
    // Until the entries' keys are asked for, a key is read only for a document whose rank another offered
    // document shares.
    int[] perRank = new int[ranks];
    for (int r : rankOf) {
      perRank[r]++;
    }
    for (int doc : asked) {
      assertThat(perRank[rankOf[doc]]).as("seed %d: key of document %d read without a tie", seed, doc)
          .isGreaterThan(1);
    }
    List<Entry> kept = new ArrayList<>();
    for (int i = 0; i < heap.size(); i++) {
      kept.add(new Entry(heap.rank(i), heap.key(i), heap.doc(i)));
    }
    all.sort(ORDER);
    assertThat(kept).as("seed %d: %d entries, capacity %d, %d ranks", seed, count, capacity, ranks)
        .isEqualTo(all.subList(0, Math.min(capacity, count)));
  }

  @Test
  void readKeysReadsTheUnreadKeysInDocumentOrder() throws IOException {
    List<Integer> asked = new ArrayList<>();
    BoundedHeap heap = new BoundedHeap(4, doc -> {
      asked.add(doc);
      return 100L - doc;
    });
    heap.offer(3, BoundedHeap.UNREAD, 40);
    heap.offer(1, BoundedHeap.UNREAD, 7);
    heap.offer(2, 5L, 20);
    heap.offer(0, BoundedHeap.UNREAD, 30);
    heap.sortAscending();
    assertThat(asked).as("no tie, nothing read yet").isEmpty();
    heap.readKeys(0, 4);
    assertThat(asked).containsExactly(7, 30, 40);
    assertThat(List.of(heap.key(0), heap.key(1), heap.key(2), heap.key(3))).containsExactly(70L, 93L, 5L, 60L);
  }

  @Test
  void anUnreadKeyNeedsAKeySource() throws IOException {
    BoundedHeap heap = new BoundedHeap(1);
    heap.offer(1, BoundedHeap.UNREAD, 1);
    assertThatThrownBy(() -> heap.offer(1, BoundedHeap.UNREAD, 2)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a key source");
  }
}
