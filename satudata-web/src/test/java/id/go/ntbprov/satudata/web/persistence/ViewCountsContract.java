package id.go.ntbprov.satudata.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stored view totals of the public dataset pages, on each database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ViewCountsContract {

  private TestDatabase db;

  abstract TestDatabase createDatabase();

  @BeforeAll
  void start() {
    db = createDatabase().migrated();
  }

  @AfterAll
  void stop() {
    db.close();
  }

  @Test
  void viewsAddUpAcrossCallsAndInstancesAndSurviveANewReader() {
    JdbcViewCounts one = new JdbcViewCounts(db.dataSource());
    JdbcViewCounts other = new JdbcViewCounts(db.dataSource()); // another instance
    assertThat(one.load()).isEmpty();
    one.add(Map.of("2026-penduduk", 3L, "2026-kemiskinan", 1L));
    other.add(Map.of("2026-penduduk", 2L, "2026-padi", 7L));
    one.add(Map.of());
    assertThat(new JdbcViewCounts(db.dataSource()).load())
        .containsOnly(
            Map.entry("2026-penduduk", 5L),
            Map.entry("2026-kemiskinan", 1L),
            Map.entry("2026-padi", 7L));
  }

  @Test
  void aFailedAddLeavesNothing() {
    JdbcViewCounts views = new JdbcViewCounts(db.dataSource());
    Map<String, Long> bad = new LinkedHashMap<>();
    bad.put("2026-ada", 1L);
    bad.put("x".repeat(400), 1L); // longer than the column: the whole add fails
    assertThatThrownBy(() -> views.add(bad)).isInstanceOf(IllegalStateException.class);
    assertThat(views.load()).doesNotContainKey("2026-ada");
  }
}
