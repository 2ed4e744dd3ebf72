package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.web.persistence.DatabaseMigrations;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Views of the dataset pages survive a restart and a database that is briefly away. */
class CatalogViewsTest {

  private static JdbcDataSource database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:views-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(ds);
    return ds;
  }

  private static Catalog catalogOn(javax.sql.DataSource ds) {
    Catalog c = new Catalog();
    c.dataSource = ds;
    return c;
  }

  @Test
  void storedViewsAreCountedAgainAfterARestartAndNeverTwice() {
    JdbcDataSource ds = database();
    Catalog before = catalogOn(ds);
    before.viewed("2026-penduduk");
    before.viewed("2026-penduduk");
    before.viewed("2026-padi");
    before.storeViews();
    before.storeViews(); // nothing new: nothing added
    before.viewed("2026-penduduk");
    before.storeViews(); // as when the application stops

    Catalog after = catalogOn(ds);
    after.loadViews();
    assertThat(after.views("2026-penduduk")).isEqualTo(3);
    assertThat(after.views("2026-padi")).isEqualTo(1);
    assertThat(after.views("2026-lain")).isZero();
    after.viewed("2026-padi");
    assertThat(after.views("2026-padi")).isEqualTo(2);
  }

  @Test
  void viewsCountedWhileTheDatabaseIsAwayAreStoredLater() {
    JdbcDataSource ds = database();
    Catalog catalog = catalogOn(ds);
    catalog.viewed("2026-penduduk");
    JdbcDataSource away = new JdbcDataSource();
    away.setURL("jdbc:h2:mem:absent;IFEXISTS=TRUE"); // every connection refused
    catalog.dataSource = away;
    catalog.storeViews(); // logged, not thrown: a page view never fails on this
    catalog.viewed("2026-penduduk");
    catalog.dataSource = ds;
    catalog.storeViews();

    Catalog restarted = catalogOn(ds);
    restarted.loadViews();
    assertThat(restarted.views("2026-penduduk")).isEqualTo(2);
  }
}
