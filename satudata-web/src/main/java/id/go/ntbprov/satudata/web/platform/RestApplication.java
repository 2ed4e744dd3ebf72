package id.go.ntbprov.satudata.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application's only JAX-RS root: every resource is under {@code /api}. Resources are found by
 * scanning, so resources in other packages need nothing here.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {}
