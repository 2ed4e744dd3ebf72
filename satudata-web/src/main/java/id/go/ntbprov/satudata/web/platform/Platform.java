package id.go.ntbprov.satudata.web.platform;

/** Names the platform provides to the rest of the application. */
public final class Platform {

  /**
   * JNDI name of the application's data source: a server-level resource over the pool {@code
   * satudataPool}, shared with the batch runtime's job repository.
   */
  public static final String DATA_SOURCE = "jdbc/satudata";

  private Platform() {}
}
