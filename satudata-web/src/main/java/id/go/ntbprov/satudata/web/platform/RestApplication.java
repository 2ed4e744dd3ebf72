package id.go.ntbprov.satudata.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The application's only JAX-RS root: every resource is under {@code /api}. Resources are found by
 * scanning, so resources in other packages need nothing here.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "NTB Satu Data API",
            version = "v1",
            description =
                "Every step of the SOP Penyelenggaraan Sistem Informasi NTB Satu Data. Errors are"
                    + " RFC 9457 problem details carrying the rule that refused the step."))
@SecuritySchemes({
  @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
  @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
})
public class RestApplication extends Application {}
