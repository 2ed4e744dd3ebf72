package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItem;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.ForumMeeting;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.datalist.RecommendationDecision;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * SOP 1a–1d over HTTP: the data list's items ({@code /api/v1/items}) and the forum's meetings
 * ({@code /api/v1/meetings}). Each call is one use case in one transaction.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanningResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;

  /** The items of a year's list. */
  @GET
  @Path("items")
  @Transactional
  public List<ItemJson.View> items(@QueryParam("year") Integer year) {
    actor.require();
    RuleViolation.requirePresent(year, "year");
    return app.ports().items().byYear(year).stream().map(ItemJson.View::of).toList();
  }

  /** One item. */
  @GET
  @Path("items/{year}/{code}")
  @Transactional
  public ItemJson.View item(@PathParam("year") int year, @PathParam("code") String code) {
    actor.require();
    return ItemJson.View.of(app.ports().items().require(new DataItemId(year, code)));
  }

  /** Proposes an item (1a input). */
  @POST
  @Path("items")
  @Transactional
  public Response propose(ItemJson.Proposal p) {
    RuleViolation.requirePresent(p, "body");
    DataItemId id = new DataItemId(p.year, p.code);
    DataItem item = app.planning().propose(actor.require(), id, ItemJson.toCore(p.definition));
    return Response.created(URI.create("v1/items/" + id)).entity(ItemJson.View.of(item)).build();
  }

  /**
   * Revises a proposed or sent-back item. With {@code If-Match: "<version>"} the revision is
   * refused (409) when the item changed since that version.
   */
  @PUT
  @Path("items/{year}/{code}")
  @Transactional
  public ItemJson.View revise(
      @PathParam("year") int year,
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      ItemJson.Definition d) {
    DataItemId id = new DataItemId(year, code);
    Versions.requireMatch(ifMatch, app.ports().items().require(id).version(), "item", id);
    return ItemJson.View.of(app.planning().revise(actor.require(), id, ItemJson.toCore(d)));
  }

  /** The Pembina Data's decision: RECOMMEND, SEND_BACK or REJECT (1a). */
  @POST
  @Path("items/{year}/{code}/recommendation")
  @Transactional
  public ItemJson.View recommend(
      @PathParam("year") int year, @PathParam("code") String code, ItemJson.Decision d) {
    RuleViolation.requirePresent(d, "body");
    DataItemId id = new DataItemId(year, code);
    var who = actor.require();
    DataItem item =
        switch (Enums.parse(RecommendationDecision.class, d.decision, "decision")) {
          case RECOMMEND -> app.planning().recommend(who, id, d.notes);
          case SEND_BACK -> app.planning().sendBack(who, id, d.notes);
          case REJECT -> app.planning().reject(who, id, d.notes);
        };
    return ItemJson.View.of(item);
  }

  /** The availability check of an agreed item (1d). */
  @POST
  @Path("items/{year}/{code}/availability")
  @Transactional
  public ItemJson.View availability(
      @PathParam("year") int year, @PathParam("code") String code, ItemJson.AvailabilityJson a) {
    RuleViolation.requirePresent(a, "body");
    return ItemJson.View.of(
        app.planning()
            .checkAvailability(
                actor.require(),
                new DataItemId(year, code),
                Enums.parse(AvailabilityStatus.class, a.status, "status"),
                a.reason));
  }

  /** A forum meeting as entered. */
  public static class MeetingJson {
    public String id;
    public int year;
    public String date;
    public String minutesNumber;
    public List<String> attendees;
    public String minutesFileId;
  }

  /** The items a forum meeting agrees. */
  public static class AgreementJson {
    public List<String> items;
  }

  /** A meeting as shown. */
  public record MeetingView(
      String id,
      int year,
      String date,
      String minutesNumber,
      List<String> attendees,
      String minutesFileId,
      List<String> agreedItems,
      long version) {
    static MeetingView of(ForumMeeting m) {
      return new MeetingView(
          m.id(),
          m.year(),
          m.date().toString(),
          m.minutesNumber(),
          m.attendees(),
          m.minutesFile().map(f -> f.id()).orElse(null),
          m.agreedItems().stream().map(Object::toString).toList(),
          m.version());
    }
  }

  /** All forum meetings. */
  @GET
  @Path("meetings")
  @Transactional
  public List<MeetingView> meetings() {
    actor.require();
    return app.ports().meetings().all().stream().map(MeetingView::of).toList();
  }

  /** Records a forum meeting (1b). */
  @POST
  @Path("meetings")
  @Transactional
  public Response recordMeeting(MeetingJson m) {
    RuleViolation.requirePresent(m, "body");
    ForumMeeting saved =
        app.planning()
            .recordForumMeeting(
                actor.require(),
                new MeetingRecord(
                    m.id,
                    m.year,
                    Dates.parse(m.date, "date"),
                    m.minutesNumber,
                    m.attendees,
                    Optional.ofNullable(m.minutesFileId).map(f -> Files.require(app, f))));
    return Response.created(URI.create("v1/meetings/" + saved.id()))
        .entity(MeetingView.of(saved))
        .build();
  }

  /** The forum agrees items in a recorded meeting (1c). */
  @POST
  @Path("meetings/{id}/agreement")
  @Transactional
  public List<ItemJson.View> agree(@PathParam("id") String meeting, AgreementJson a) {
    RuleViolation.require(
        a != null && a.items != null && !a.items.isEmpty(), Rule.INPUT_REQUIRED, "items");
    return app
        .planning()
        .agree(actor.require(), meeting, a.items.stream().map(DataItemId::parse).toList())
        .stream()
        .map(ItemJson.View::of)
        .toList();
  }
}
