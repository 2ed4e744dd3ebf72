package id.go.ntbprov.satudata.web.platform.datasource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data source class of the server-level pool {@code satudataPool} ({@code jdbc/satudata}).
 *
 * <p>A pool's data source class is fixed when the pool is created, but the database is chosen by
 * whoever runs the server: this class reads {@link DatabaseSettings} from the environment and
 * delegates to PostgreSQL's {@link PGSimpleDataSource} for {@code jdbc:postgresql:} URLs and to
 * H2's {@link JdbcDataSource} otherwise. Both are non-XA: the application and the batch runtime's
 * job repository share this one pool, so a transaction never holds more than one resource.
 *
 * <p>It runs on the server class path (Payara Micro's {@code --addLibs}, or {@code MICRO-INF/lib}
 * of the uber jar), together with the PostgreSQL driver; H2 comes with Payara Micro.
 */
public class SatuDataDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(SatuDataDataSource.class.getName());

  private final DataSource delegate;

  /** Creates the data source from this process's system properties and environment. */
  public SatuDataDataSource() {
    this(DatabaseSettings.fromEnvironment());
  }

  /** Creates the data source for the given settings. */
  public SatuDataDataSource(DatabaseSettings settings) {
    this.delegate = settings.isPostgresql() ? postgresql(settings) : h2(settings);
    LOG.info(() -> "jdbc/satudata: " + delegate.getClass().getSimpleName() + ", " + settings);
  }

  private static DataSource postgresql(DatabaseSettings settings) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(settings.url());
    settings.user().ifPresent(pg::setUser);
    settings.password().ifPresent(pg::setPassword);
    return pg;
  }

  private static DataSource h2(DatabaseSettings settings) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(settings.url());
    settings.user().ifPresent(h2::setUser);
    h2.setPassword(settings.password().orElse(""));
    return h2;
  }

  /** The data source this one delegates to. */
  DataSource delegate() {
    return delegate;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return delegate.getConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate.isWrapperFor(type);
  }
}
