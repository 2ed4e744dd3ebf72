package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterDraft;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The letters register over HTTP: the agency head's validation (SOP 3b) and producers' statement
 * letters.
 */
@Path("v1/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterResource {

  @Inject SatuData app;
  @Inject CurrentActor actor;

  /** A letter as entered; the scan is uploaded first through {@code POST /api/v1/files}. */
  public static class LetterJson {
    public String number;
    public String date;
    public String signatory;
    public String agency;
    public List<String> covers;
    public String scanFileId;
  }

  /** A letter as shown. */
  public record View(
      String id,
      String kind,
      String number,
      String date,
      String signatory,
      String signedBy,
      String agency,
      List<String> covers,
      String scanFileId,
      String registeredAt,
      String registeredBy) {
    static View of(Letter l) {
      return new View(
          l.id(),
          l.kind().name(),
          l.number(),
          l.date().toString(),
          l.signatory(),
          l.signedBy().map(Object::toString).orElse(null),
          l.agency().value(),
          l.covers().stream().map(Object::toString).toList(),
          l.scan().map(f -> f.id()).orElse(null),
          l.registeredAt().toString(),
          l.registeredBy().value());
    }
  }

  /** The agency head validates conformant data with a signed letter (SOP 3b). */
  @POST
  @Path("validation")
  @Transactional
  public Response validate(LetterJson l) {
    Letter saved = app.letters().validate(actor.require(), draft(l));
    return Response.created(URI.create("v1/letters/" + saved.id())).entity(View.of(saved)).build();
  }

  /** Registers a producer's statement letter. */
  @POST
  @Path("statement")
  @Transactional
  public Response statement(LetterJson l) {
    Letter saved = app.letters().registerStatementLetter(actor.require(), draft(l));
    return Response.created(URI.create("v1/letters/" + saved.id())).entity(View.of(saved)).build();
  }

  /** Letters registered in {@code [from, to)} (ISO instants; default: all). */
  @GET
  @Transactional
  public List<View> list(@QueryParam("from") String from, @QueryParam("to") String to) {
    actor.require();
    return app
        .ports()
        .letters()
        .registeredBetween(
            Dates.instant(from, Instant.EPOCH, "from"),
            Dates.instant(to, Instant.parse("9999-12-31T00:00:00Z"), "to"))
        .stream()
        .map(View::of)
        .toList();
  }

  /** One letter. */
  @GET
  @Path("{id}")
  @Transactional
  public View get(@PathParam("id") String id) {
    actor.require();
    return View.of(
        app.ports()
            .letters()
            .find(id)
            .orElseThrow(() -> new RuleViolation(Rule.NOT_FOUND, "letter", id)));
  }

  private LetterDraft draft(LetterJson l) {
    RuleViolation.requirePresent(l, "body");
    return new LetterDraft(
        l.number,
        l.date == null ? null : Dates.parse(l.date, "date"),
        l.signatory,
        l.agency == null ? null : AgencyCode.of(l.agency),
        (l.covers == null ? List.<String>of() : l.covers)
            .stream().map(SubmissionId::parse).toList(),
        Optional.ofNullable(l.scanFileId).map(f -> Files.require(app, f)));
  }
}
