package id.go.ntbprov.satudata.web.catalog.ckan;

import static id.go.ntbprov.satudata.web.catalog.CatalogJson.JSON;

import id.go.ntbprov.satudata.web.catalog.Catalog;
import id.go.ntbprov.satudata.web.catalog.CatalogDataset;
import id.go.ntbprov.satudata.web.catalog.PublicUrls;
import id.go.ntbprov.satudata.web.catalog.SearchQuery;
import id.go.ntbprov.satudata.web.catalog.SearchResult;
import id.go.ntbprov.satudata.web.catalog.Snapshot;
import id.go.ntbprov.satudata.web.catalog.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A read-only, CKAN-compatible Action API ({@code /api/3/action/...}, CKAN 2.9/2.10 shapes) over
 * the public catalogue: {@code package_list}, {@code package_search}, {@code package_show}, {@code
 * organization_list}, {@code organization_show}, {@code group_list}, {@code group_show}, {@code
 * tag_list}, {@code status_show}. Parameters come as query parameters (GET) or a JSON object
 * (POST), as in CKAN. Every answer carries CKAN's envelope ({@code help}, {@code success}, {@code
 * result} or {@code error} with {@code __type}). Anonymous: credentials are ignored. GET answers
 * carry an ETag and Last-Modified and answer 304 to a matching conditional request.
 */
@Path("3/action")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CkanActionResource {

  static final int MAX_ROWS = 1000;

  @Inject Catalog catalog;
  @Context HttpServletRequest servletRequest;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;
  @Context Request request;
  private Texts texts;

  /** An action with query parameters. */
  @GET
  @Path("{action}")
  public Response get(@PathParam("action") String action) {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    uriInfo
        .getQueryParameters()
        .forEach((k, v) -> params.put(k, JSON.createValue(v.get(v.size() - 1))));
    return answer(action, params, true);
  }

  /** An action with a JSON object as body. */
  @POST
  @Path("{action}")
  public Response post(@PathParam("action") String action, String body) {
    Map<String, JsonValue> params = new LinkedHashMap<>();
    if (body != null && !body.isBlank()) {
      try (JsonReader r = JSON.createReader(new StringReader(body))) {
        params.putAll(r.readObject());
      } catch (JsonParsingException | ClassCastException e) {
        return error(action, 400, "Bad Request", texts().get("ckan.malformedJson"));
      }
    }
    uriInfo
        .getQueryParameters()
        .forEach((k, v) -> params.putIfAbsent(k, JSON.createValue(v.get(v.size() - 1))));
    return answer(action, params, false);
  }

  private Response answer(String action, Map<String, JsonValue> raw, boolean conditional) {
    Params p = new Params(raw, this::texts);
    Snapshot s = catalog.snapshot();
    PublicUrls urls = PublicUrls.of(servletRequest);
    try {
      if (action.equals("package_show")) {
        return packageShow(dataset(p, s), s, urls, conditional);
      }
      if (!ACTIONS.contains(action)) {
        return error(action, 400, "Bad Request", texts().get("ckan.unknownAction", action));
      }
      EntityTag tag = new EntityTag(s.etag());
      Date lastModified = Date.from(s.lastModified());
      if (conditional) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(lastModified, tag);
        if (notModified != null) {
          return notModified.cacheControl(CACHE).build();
        }
      }
      Supplier<byte[]> render =
          () -> CkanAnswers.envelope(action, urls, result(action, p, s, new CkanDicts(urls)));
      byte[] body =
          cacheable(action, p)
              ? CkanAnswers.of(s).other(key(action, urls, raw), render)
              : render.get();
      return Response.ok(body).tag(tag).lastModified(lastModified).cacheControl(CACHE).build();
    } catch (NotFound e) {
      return error(action, 404, "Not Found Error", texts().get("ckan.notFound", e.getMessage()));
    } catch (BadParameter e) {
      return error(action, 409, "Validation Error", e.getMessage());
    }
  }

  /**
   * A dataset's answer: serialised once per dataset and snapshot (and site address), so a request
   * costs a lookup and the write.
   */
  private Response packageShow(CatalogDataset d, Snapshot s, PublicUrls urls, boolean conditional) {
    CkanAnswers.PackageAnswer a = CkanAnswers.of(s).packageShow(urls, d);
    EntityTag tag = new EntityTag(a.tag());
    if (conditional) {
      Response.ResponseBuilder notModified = request.evaluatePreconditions(a.lastModified(), tag);
      if (notModified != null) {
        return notModified.cacheControl(CACHE).build();
      }
    }
    return Response.ok(a.body())
        .tag(tag)
        .lastModified(a.lastModified())
        .cacheControl(CACHE)
        .build();
  }

  /** The actions answered besides {@code package_show}. */
  private static final Set<String> ACTIONS =
      Set.of(
          "package_list",
          "package_search",
          "organization_list",
          "organization_show",
          "group_list",
          "group_show",
          "tag_list",
          "status_show");

  /**
   * Answers that depend on the snapshot, the site's address and the parameters only: not {@code
   * status_show} (in the caller's language) nor a search sorted by views (they change with every
   * view).
   */
  private static boolean cacheable(String action, Params p) {
    return !action.equals("status_show")
        && !(action.equals("package_search")
            && p.optional("sort").orElse("").toLowerCase(Locale.ROOT).contains("views"));
  }

  private static String key(String action, PublicUrls urls, Map<String, JsonValue> raw) {
    return action + "\n" + urls.base() + "\n" + new TreeMap<>(raw);
  }

  private JsonValue result(String action, Params p, Snapshot s, CkanDicts dicts) {
    return switch (action) {
      case "package_show" -> dicts.dataset(dataset(p, s));
      case "package_list" -> packageList(p, s);
      case "package_search" -> packageSearch(p, s, dicts);
      case "organization_list" -> organizationList(p, s, dicts);
      case "organization_show" -> organizationShow(p, s, dicts);
      case "group_list" -> groupList(p, s, dicts);
      case "group_show" -> groupShow(p, s, dicts);
      case "tag_list" -> tagList(p, s);
      case "status_show" -> statusShow(dicts);
      default -> throw new IllegalStateException(action);
    };
  }

  private CatalogDataset dataset(Params p, Snapshot s) {
    String id = p.required("id");
    return s.find(id)
        .or(() -> Optional.ofNullable(s.derived(DatasetIds.class, DatasetIds::of).byId().get(id)))
        .orElseThrow(() -> new NotFound(id));
  }

  /** Datasets by their CKAN id, built once per snapshot when a client asks by id. */
  private record DatasetIds(Map<String, CatalogDataset> byId) {
    static DatasetIds of(Snapshot s) {
      Map<String, CatalogDataset> m = new java.util.HashMap<>();
      for (CatalogDataset d : s.all()) {
        m.put(CkanDicts.id("dataset", d.name()), d);
      }
      return new DatasetIds(Map.copyOf(m));
    }
  }

  private static JsonArray packageList(Params p, Snapshot s) {
    int limit = p.integer("limit", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    JsonArrayBuilder a = JSON.createArrayBuilder();
    s.active().stream()
        .map(CatalogDataset::name)
        .sorted()
        .skip(offset)
        .limit(limit)
        .forEach(a::add);
    return a.build();
  }

  private JsonObject packageSearch(Params p, Snapshot s, CkanDicts dicts) {
    int rows = p.integer("rows", 10, 0, MAX_ROWS);
    int start = p.integer("start", 0, 0, Integer.MAX_VALUE);
    boolean facet = p.bool("facet", true);
    List<String> facetFields = facet ? p.list("facet.field") : List.of();
    SearchQuery q;
    SearchResult r;
    try {
      q =
          new SearchQuery(
              p.optional("q").orElse(""),
              SearchQuery.parseFilters(p.optional("fq").orElse("")),
              p.optional("sort").orElse(""),
              start,
              rows,
              facetFields,
              p.integer("facet.limit", 50, -1, Integer.MAX_VALUE),
              p.integer("facet.mincount", 1, 0, Integer.MAX_VALUE));
      r = s.search(q, catalog::views);
    } catch (IllegalArgumentException e) {
      throw new BadParameter(texts().get("ckan.searchError", e.getMessage()));
    }
    JsonArrayBuilder results = JSON.createArrayBuilder();
    r.results().forEach(d -> results.add(dicts.dataset(d)));
    JsonObjectBuilder facets = JSON.createObjectBuilder();
    JsonObjectBuilder searchFacets = JSON.createObjectBuilder();
    r.facets()
        .forEach(
            (field, counts) -> {
              JsonObjectBuilder simple = JSON.createObjectBuilder();
              JsonArrayBuilder items = JSON.createArrayBuilder();
              for (SearchResult.FacetCount c : counts) {
                simple.add(c.name(), c.count());
                items.add(
                    JSON.createObjectBuilder()
                        .add("name", c.name())
                        .add("display_name", c.displayName())
                        .add("count", c.count()));
              }
              facets.add(field, simple);
              searchFacets.add(
                  field, JSON.createObjectBuilder().add("title", field).add("items", items));
            });
    return JSON.createObjectBuilder()
        .add("count", r.count())
        .add("sort", r.sort())
        .add("facets", facets)
        .add("results", results)
        .add("search_facets", searchFacets)
        .build();
  }

  private record Org(String agency, String agencyName, int count) {}

  private static Map<String, Org> organizations(Snapshot s) {
    Map<String, Org> out = new TreeMap<>();
    for (CatalogDataset d : s.active()) {
      out.merge(
          CatalogDataset.organizationName(d.agency()),
          new Org(d.agency(), d.agencyName(), 1),
          (a, b) -> new Org(a.agency(), a.agencyName(), a.count() + 1));
    }
    return out;
  }

  private static Map<String, Org> groups(Snapshot s) {
    Map<String, Org> out = new TreeMap<>();
    for (CatalogDataset d : s.active()) {
      out.merge(
          CatalogDataset.groupName(d.topic()),
          new Org(d.topic(), d.topic(), 1),
          (a, b) -> new Org(a.agency(), a.agencyName(), a.count() + 1));
    }
    return out;
  }

  private JsonArray organizationList(Params p, Snapshot s, CkanDicts dicts) {
    return groupLike(
        p, organizations(s), (o) -> dicts.organization(o.agency(), o.agencyName(), o.count()));
  }

  private JsonArray groupList(Params p, Snapshot s, CkanDicts dicts) {
    return groupLike(p, groups(s), (o) -> dicts.group(o.agency(), o.count()));
  }

  private JsonArray groupLike(
      Params p, Map<String, Org> all, java.util.function.Function<Org, JsonObjectBuilder> dict) {
    boolean allFields = p.bool("all_fields", false);
    String sort = p.optional("sort").orElse("name asc").strip().toLowerCase(Locale.ROOT);
    List<Map.Entry<String, Org>> entries = new ArrayList<>(all.entrySet());
    switch (sort) {
      case "name", "name asc" -> {}
      case "name desc" -> entries.sort(Map.Entry.<String, Org>comparingByKey().reversed());
      case "package_count", "package_count desc", "packages", "packages desc" ->
          entries.sort((a, b) -> Integer.compare(b.getValue().count(), a.getValue().count()));
      case "package_count asc", "packages asc" ->
          entries.sort((a, b) -> Integer.compare(a.getValue().count(), b.getValue().count()));
      default -> throw new BadParameter(texts().get("ckan.badParameter", "sort", sort));
    }
    int limit = p.integer("limit", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
    JsonArrayBuilder a = JSON.createArrayBuilder();
    entries.stream()
        .skip(offset)
        .limit(limit)
        .forEach(
            e -> {
              if (allFields) {
                a.add(dict.apply(e.getValue()));
              } else {
                a.add(e.getKey());
              }
            });
    return a.build();
  }

  private JsonObject organizationShow(Params p, Snapshot s, CkanDicts dicts) {
    String id = p.required("id");
    Map.Entry<String, Org> org =
        organizations(s).entrySet().stream()
            .filter(
                e ->
                    e.getKey().equals(id)
                        || CkanDicts.id("organization", e.getValue().agency()).equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFound(id));
    JsonObjectBuilder b =
        dicts.organization(
            org.getValue().agency(), org.getValue().agencyName(), org.getValue().count());
    return withDatasets(b, p, s, dicts, "organization", org.getKey());
  }

  private JsonObject groupShow(Params p, Snapshot s, CkanDicts dicts) {
    String id = p.required("id");
    Map.Entry<String, Org> g =
        groups(s).entrySet().stream()
            .filter(e -> e.getKey().equals(id) || CkanDicts.id("group", e.getKey()).equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFound(id));
    JsonObjectBuilder b = dicts.group(g.getValue().agency(), g.getValue().count());
    return withDatasets(b, p, s, dicts, "groups", g.getKey());
  }

  private JsonObject withDatasets(
      JsonObjectBuilder b, Params p, Snapshot s, CkanDicts dicts, String field, String name) {
    if (p.bool("include_datasets", false)) {
      JsonArrayBuilder packages = JSON.createArrayBuilder();
      s.search(SearchQuery.all(0, MAX_ROWS).with(field, name), catalog::views)
          .results()
          .forEach(d -> packages.add(dicts.dataset(d)));
      b.add("packages", packages);
    }
    JsonArrayBuilder empty = JSON.createArrayBuilder();
    b.add("users", empty)
        .add("extras", JSON.createArrayBuilder())
        .add("tags", JSON.createArrayBuilder())
        .add("groups", JSON.createArrayBuilder());
    return b.build();
  }

  private static JsonArray tagList(Params p, Snapshot s) {
    String query = p.optional("query").orElse("").toLowerCase(Locale.ROOT);
    boolean allFields = p.bool("all_fields", false);
    TreeMap<String, String> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (CatalogDataset d : s.active()) {
      for (String t : Snapshot.tags(d)) {
        if (t.toLowerCase(Locale.ROOT).contains(query)) {
          tags.putIfAbsent(t, t);
        }
      }
    }
    JsonArrayBuilder a = JSON.createArrayBuilder();
    tags.values()
        .forEach(
            t -> {
              if (allFields) {
                a.add(CkanDicts.tag(t));
              } else {
                a.add(t);
              }
            });
    return a.build();
  }

  private JsonObject statusShow(CkanDicts dicts) {
    Texts t = texts();
    return JSON.createObjectBuilder()
        .add("site_title", t.get("site.title"))
        .add("site_description", t.get("site.description"))
        .add("site_url", PublicUrls.of(servletRequest).base())
        .add("ckan_version", "2.10.0")
        .addNull("error_emails_to")
        .add("locale_default", "id")
        .add("extensions", JSON.createArrayBuilder())
        .build();
  }

  private Response error(String action, int status, String type, String message) {
    JsonObject envelope =
        JSON.createObjectBuilder()
            .add("help", CkanAnswers.help(action, PublicUrls.of(servletRequest)))
            .add("success", false)
            .add("error", JSON.createObjectBuilder().add("__type", type).add("message", message))
            .build();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
        .entity(envelope.toString())
        .build();
  }

  private static final CacheControl CACHE = cache();

  private static CacheControl cache() {
    CacheControl c = new CacheControl();
    c.setMaxAge(0);
    c.setMustRevalidate(true);
    c.setNoTransform(false);
    return c;
  }

  private Texts texts() {
    if (texts == null) {
      List<Locale> langs = headers.getAcceptableLanguages();
      texts = Texts.of(langs.isEmpty() ? Locale.ROOT : langs.get(0));
    }
    return texts;
  }

  /** A missing dataset, organisation or group. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String id) {
      super(id, null, false, false);
    }
  }

  /** A parameter that cannot be used; the message says which and why. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadParameter(String message) {
      super(message, null, false, false);
    }
  }

  /** The action's parameters, as CKAN reads them. */
  static final class Params {
    private final Map<String, JsonValue> raw;
    private final Supplier<Texts> texts;

    Params(Map<String, JsonValue> raw, Supplier<Texts> texts) {
      this.raw = raw;
      this.texts = texts;
    }

    java.util.Optional<String> optional(String name) {
      JsonValue v = raw.get(name);
      if (v == null || v == JsonValue.NULL) {
        return java.util.Optional.empty();
      }
      String s = v instanceof JsonString js ? js.getString() : v.toString();
      return s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s.strip());
    }

    String required(String name) {
      return optional(name)
          .orElseThrow(() -> new BadParameter(texts.get().get("ckan.missingParameter", name)));
    }

    int integer(String name, int fallback, int min, int max) {
      java.util.Optional<String> v = optional(name);
      if (v.isEmpty()) {
        return fallback;
      }
      try {
        int i = Integer.parseInt(v.get());
        if (i < min || i > max) {
          throw new BadParameter(texts.get().get("ckan.outOfRange", name, v.get(), min, max));
        }
        return i;
      } catch (NumberFormatException e) {
        throw new BadParameter(texts.get().get("ckan.badParameter", name, v.get()));
      }
    }

    boolean bool(String name, boolean fallback) {
      JsonValue v = raw.get(name);
      if (v == JsonValue.TRUE) {
        return true;
      }
      if (v == JsonValue.FALSE) {
        return false;
      }
      java.util.Optional<String> s = optional(name);
      if (s.isEmpty()) {
        return fallback;
      }
      return switch (s.get().toLowerCase(Locale.ROOT)) {
        case "true", "1", "yes", "on" -> true;
        case "false", "0", "no", "off" -> false;
        default -> throw new BadParameter(texts.get().get("ckan.badParameter", name, s.get()));
      };
    }

    /** A list given as a JSON array, or as text holding a JSON array ({@code ["a","b"]}). */
    List<String> list(String name) {
      JsonValue v = raw.get(name);
      if (v == null || v == JsonValue.NULL) {
        return List.of();
      }
      JsonArray array;
      if (v instanceof JsonArray a) {
        array = a;
      } else {
        String s = optional(name).orElse("");
        if (s.isEmpty()) {
          return List.of();
        }
        try (JsonReader r = JSON.createReader(new StringReader(s))) {
          array = r.readArray();
        } catch (RuntimeException e) {
          throw new BadParameter(texts.get().get("ckan.badParameter", name, s));
        }
      }
      List<String> out = new ArrayList<>();
      for (JsonValue x : array) {
        if (!(x instanceof JsonString js)) {
          throw new BadParameter(texts.get().get("ckan.badParameter", name, x.toString()));
        }
        out.add(js.getString());
      }
      return out;
    }
  }
}
