package id.go.ntbprov.satudata.web.catalog.ckan;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.Rendered;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Serialised Action API answers kept with one {@link Snapshot} (and dropped with it when a
 * publication or withdrawal replaces it): the datasets' {@code package_show} answers with their
 * validators, and the other actions' answers keyed by the action, the site's address and the
 * parameters. Both are computed on first request and bounded by bytes (Caffeine): answers name the
 * site's address (resource URLs, {@code help}), so made-up {@code Host} headers can only push
 * answers out, not fill the memory.
 */
public final class CkanAnswers {

  /**
   * Bytes the {@code package_show} answers may take per snapshot: about 5,800 answers of a dataset
   * with two periods (5.5 KB each). A dataset not kept costs about 30 µs to serialise.
   */
  static final long MAX_PACKAGE_BYTES = 64L << 20;

  /** Bytes (UTF-8 bodies and keys) the other actions' answers may take per snapshot. */
  static final long MAX_OTHER_BYTES = 16L << 20;

  /**
   * A {@code package_show} answer.
   *
   * @param body the whole envelope, UTF-8
   * @param tag the dataset's entity tag (the text between the quotes)
   * @param lastModified the dataset's last publication or withdrawal
   */
  public record PackageAnswer(byte[] body, String tag, Date lastModified) {}

  private final Cache<String, PackageAnswer> packages =
      Caffeine.newBuilder()
          .maximumWeight(MAX_PACKAGE_BYTES)
          .<String, PackageAnswer>weigher((k, v) -> 2 * k.length() + v.body().length + 160)
          .build();
  private final Rendered others;

  private CkanAnswers(Snapshot s) {
    others = Rendered.of(s, CkanAnswers.class, MAX_OTHER_BYTES);
  }

  /** The answers kept with this snapshot. */
  public static CkanAnswers of(Snapshot s) {
    return s.derived(CkanAnswers.class, CkanAnswers::new);
  }

  /** A dataset's {@code package_show} answer under a site address, rendered on first use. */
  public PackageAnswer packageShow(PublicUrls urls, CatalogDataset d) {
    Function<CatalogDataset, PackageAnswer> render =
        x ->
            new PackageAnswer(
                envelope("package_show", urls, new CkanDicts(urls).dataset(x)),
                CkanDicts.datasetTag(x),
                Date.from(x.modified()));
    return packages.get(urls.base() + "\n" + d.name(), k -> render.apply(d));
  }

  /** Another action's answer body, rendered on first use; exceptions are not kept. */
  byte[] other(String key, Supplier<byte[]> render) {
    return others.get(key, render);
  }

  /** The success envelope, serialised. */
  static byte[] envelope(String action, PublicUrls urls, JsonValue result) {
    return JSON.createObjectBuilder()
        .add("help", help(action, urls))
        .add("success", true)
        .add("result", result)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The {@code help} address of an action. */
  static String help(String action, PublicUrls urls) {
    return urls.base() + "api/3/action/help_show?name=" + action;
  }

  /** Bytes of the {@code package_show} answers kept. */
  public long packageBytes() {
    packages.cleanUp();
    return packages.asMap().values().stream().mapToLong(a -> a.body().length).sum();
  }
}
