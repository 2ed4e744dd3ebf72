package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.batch.export.FindingsExport;
import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.conformity.NumberStyle;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.Submission;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.core.submission.SubmissionStatus;
import id.go.ntbprov.satudata.core.submission.UploadedTable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * SOP 2, 3a and 4 over HTTP: uploads, hand-in, the custodian's check, publication and withdrawal. A
 * submission's path is its id: {@code /api/v1/submissions/2026/KEP-001/2020/v2}.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

  private static final String ID = "submissions/{year}/{code}/{period}/{version}";

  @Inject SatuData app;
  @Inject CurrentActor actor;
  @Context HttpHeaders headers;

  /** Uploads a table for an item and period as a new draft version (SOP 2). */
  @POST
  @Path("items/{year}/{code}/submissions")
  @Transactional
  public Response upload(
      @PathParam("year") int year, @PathParam("code") String code, SubmissionJson.Upload u) {
    RuleViolation.requirePresent(u, "body");
    RuleViolation.requirePresent(u.header, "header");
    List<String[]> rows =
        (u.rows == null ? List.<List<String>>of() : u.rows)
            .stream().map(r -> r == null ? new String[0] : r.toArray(String[]::new)).toList();
    NumberStyle style =
        u.numberStyle == null
            ? NumberStyle.DOT_DECIMAL
            : Enums.parse(NumberStyle.class, u.numberStyle, "numberStyle");
    UploadedTable table =
        new UploadedTable(
            u.header,
            rows.iterator(),
            style,
            Optional.ofNullable(u.originalFileId).map(f -> Files.require(app, f)));
    Submission s =
        app.collection()
            .upload(
                actor.require(),
                new DataItemId(year, code),
                Period.parse(RuleViolation.requireText(u.period, "period")),
                table);
    return Response.created(URI.create("v1/submissions/" + s.id()))
        .entity(SubmissionJson.View.of(s))
        .build();
  }

  /** Submissions by status, agency or data list year (at least one filter). */
  @GET
  @Path("submissions")
  @Transactional
  public List<SubmissionJson.View> list(
      @QueryParam("status") String status,
      @QueryParam("agency") String agency,
      @QueryParam("year") Integer year) {
    var who = actor.require();
    List<Submission> found;
    if (status != null) {
      found =
          app.ports().submissions().byStatus(Enums.parse(SubmissionStatus.class, status, "status"));
    } else if (agency != null) {
      found = app.ports().submissions().byAgency(AgencyCode.of(agency));
    } else if (year != null) {
      found = app.ports().submissions().byListYear(year);
    } else {
      throw new RuleViolation(Rule.INPUT_REQUIRED, "status | agency | year");
    }
    return found.stream()
        .filter(s -> agency == null || s.agency().value().equalsIgnoreCase(agency))
        .filter(s -> year == null || s.id().item().year() == year)
        .filter(s -> app.authorization().mayRead(who, s.agency()))
        .map(SubmissionJson.View::of)
        .toList();
  }

  /** One submission version. */
  @GET
  @Path(ID)
  @Transactional
  public SubmissionJson.View get(@BeanParam SubmissionPath path) {
    return SubmissionJson.View.of(readable(path.id()));
  }

  /** The findings of the automatic check, a page at a time. */
  @GET
  @Path(ID + "/findings")
  @Transactional
  public SubmissionJson.FindingPage findings(
      @BeanParam SubmissionPath path,
      @QueryParam("offset") @DefaultValue("0") long offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    SubmissionId id = path.id();
    readable(id);
    var locale = Problems.locale(headers);
    return new SubmissionJson.FindingPage(
        app.ports().content().findingCount(id),
        offset,
        app.collection().findings(id, offset, page(limit)).stream()
            .map(f -> SubmissionJson.FindingView.of(f, locale))
            .toList());
  }

  /**
   * The rejected-rows report: every finding with row, column, value and the message in Bahasa
   * Indonesia and English, as {@code csv} (UTF-8 with BOM) or {@code xlsx}; cells that a
   * spreadsheet would take for a formula are neutralised.
   */
  @GET
  @Path(ID + "/findings.{format}")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @Transactional
  public Response findingsReport(
      @BeanParam SubmissionPath path, @PathParam("format") String format) {
    SubmissionId id = path.id();
    readable(id);
    boolean xlsx = "xlsx".equalsIgnoreCase(format);
    RuleViolation.require(
        xlsx || "csv".equalsIgnoreCase(format), Rule.INPUT_INVALID, "format", format);
    var locale = Problems.locale(headers);
    StreamingOutput body =
        out -> {
          var findings =
              FindingsExport.paged(
                  (offset, limit) -> app.ports().content().findings(id, offset, limit), 1000);
          if (xlsx) {
            FindingsExport.xlsx(findings, out, locale);
          } else {
            FindingsExport.csv(findings, out, locale);
          }
        };
    String name = "temuan-" + id.toString().replace('/', '_') + (xlsx ? ".xlsx" : ".csv");
    return Response.ok(body)
        .type(
            xlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  /** The stored rows, a page at a time (the custodian's preview). */
  @GET
  @Path(ID + "/rows")
  @Transactional
  public SubmissionJson.RowPage rows(
      @BeanParam SubmissionPath path,
      @QueryParam("offset") @DefaultValue("0") long offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    SubmissionId id = path.id();
    readable(id);
    return new SubmissionJson.RowPage(
        app.ports().content().header(id),
        app.ports().content().rowCount(id),
        offset,
        app.ports().content().rows(id, offset, page(limit)).stream().map(Arrays::asList).toList());
  }

  /** Hands a draft in for the check (SOP 2). */
  @POST
  @Path(ID + "/submit")
  @Transactional
  public SubmissionJson.View submit(@BeanParam SubmissionPath path) {
    return SubmissionJson.View.of(app.collection().submitForCheck(actor.require(), path.id()));
  }

  /** Returns to the producer with notes (SOP 3a). */
  @POST
  @Path(ID + "/return")
  @Transactional
  public SubmissionJson.View returnToProducer(
      @BeanParam SubmissionPath path, SubmissionJson.Note n) {
    return SubmissionJson.View.of(
        app.checking().returnToProducer(actor.require(), path.id(), n == null ? null : n.notes));
  }

  /** Accepts as conformant, with an override reason when there are warnings (SOP 3a). */
  @POST
  @Path(ID + "/accept")
  @Transactional
  public SubmissionJson.View accept(@BeanParam SubmissionPath path, SubmissionJson.Note n) {
    return SubmissionJson.View.of(
        app.checking()
            .acceptAsConformant(actor.require(), path.id(), n == null ? null : n.overrideReason));
  }

  /** Publishes validated data (SOP 4). */
  @POST
  @Path(ID + "/publish")
  @Transactional
  public SubmissionJson.View publish(@BeanParam SubmissionPath path) {
    return SubmissionJson.View.of(app.dissemination().publish(actor.require(), path.id()));
  }

  /** Withdraws published data with a reason. */
  @POST
  @Path(ID + "/withdraw")
  @Transactional
  public SubmissionJson.View withdraw(@BeanParam SubmissionPath path, SubmissionJson.Note n) {
    return SubmissionJson.View.of(
        app.dissemination().withdraw(actor.require(), path.id(), n == null ? null : n.reason));
  }

  /** The submission, if the signed-in account may read its agency's unpublished data. */
  private Submission readable(SubmissionId id) {
    var who = actor.require();
    Submission s = app.ports().submissions().require(id);
    app.authorization().requireRead(who, s.agency());
    return s;
  }

  static SubmissionId id(int year, String code, String period, String version) {
    return SubmissionId.parse(year + "/" + code + "/" + period + "/" + version);
  }

  private static int page(int limit) {
    RuleViolation.require(limit >= 1 && limit <= 1000, Rule.INPUT_INVALID, "limit", limit);
    return limit;
  }
}
