package id.go.ntbprov.satudata.web.catalog;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider
 * up (a {@code ServiceLoader} scan of the class path) on every call: measured 23–55 µs per {@code
 * JSON.createObjectBuilder()} against 0.2 µs through a kept provider, and a {@code package_show}
 * dictionary makes about 30 of them.
 */
public final class CatalogJson {

  /** The provider every catalogue answer is built with. */
  public static final JsonProvider JSON = JsonProvider.provider();

  private CatalogJson() {}
}
