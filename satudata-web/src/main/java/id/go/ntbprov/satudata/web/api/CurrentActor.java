package id.go.ntbprov.satudata.web.api;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.AccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;

/**
 * The signed-in account of the current request, as the core knows it. Resources ask for it before
 * any use case; without credentials the answer is 401 with a Basic challenge.
 */
@RequestScoped
public class CurrentActor {

  @Inject SecurityContext security;
  @Inject SatuData satuData;

  /** The account, or 401. */
  public Account require() {
    Principal p = security.getCallerPrincipal();
    if (p == null) {
      throw new NotAuthorizedException("Basic realm=\"satudata\"");
    }
    return satuData
        .ports()
        .accounts()
        .find(AccountId.of(p.getName()))
        .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"satudata\""));
  }
}
