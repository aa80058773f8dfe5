package org.leadssdk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.leadssdk.core.LeadsException;

class FeedIoExceptionTest {
  @Test
  void carriesTheOperationTheLinesDoneAndTheCause() {
    IOException cause = new IOException("disk full");
    FeedIoException e = new FeedIoException("write feed out.ndjson", 41_000, cause);
    assertThat(e).isInstanceOf(LeadsException.class).isInstanceOf(RuntimeException.class);
    assertThat(e.operation()).isEqualTo("write feed out.ndjson");
    assertThat(e.linesDone()).isEqualTo(41_000);
    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e).hasMessage("cannot write feed out.ndjson after 41000 lines: IOException disk full");
  }

  @Test
  void leavesOutAMissingCauseMessage() {
    assertThat(new FeedIoException("read feed stream", 1, new IOException()))
        .hasMessage("cannot read feed stream after 1 line: IOException");
  }

  @Test
  void rejectsNullsAndNegativeLineCounts() {
    assertThatThrownBy(() -> new FeedIoException("read feed stream", -1, new IOException()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("linesDone must be >= 0, got -1");
    assertThatThrownBy(() -> new FeedIoException("read feed stream", 0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("cause");
  }
}
