package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.web.security.TokenService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Sign-in for API clients: {@code POST /api/v1/auth/token} with HTTP Basic returns a bearer token
 * valid for 12 hours; {@code DELETE} with the token revokes it; {@code GET /api/v1/me} says who is
 * signed in and with which roles.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject CurrentActor actor;
  @Inject TokenService tokens;

  /** Who is signed in. */
  public record Me(String username, String displayName, List<String> roles) {}

  /** Issues a token for the account that authenticated this request. */
  @POST
  @Path("auth/token")
  public TokenService.Issued token() {
    Account a = actor.require();
    return tokens.issue(a.id().value(), Instant.now());
  }

  /** Revokes the bearer token of this request. */
  @DELETE
  @Path("auth/token")
  public Response revoke(@HeaderParam("Authorization") String authorization) {
    actor.require();
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7).strip());
    }
    return Response.noContent().build();
  }

  /** The signed-in account. */
  @GET
  @Path("me")
  public Me me() {
    Account a = actor.require();
    return new Me(
        a.id().value(),
        a.displayName(),
        a.roles().stream().map(Object::toString).sorted().toList());
  }
}
