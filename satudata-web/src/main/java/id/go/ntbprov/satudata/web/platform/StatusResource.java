package id.go.ntbprov.satudata.web.platform;

import static id.go.ntbprov.satudata.web.platform.SharedJson.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code GET /api/v1/status}: the application answers, its version, and the schema version the
 * database was migrated to at this start. Readiness in depth is {@code /health}.
 */
@Path("v1/status")
@RequestScoped
public class StatusResource {

  @Inject
  @ConfigProperty(name = "satudata.version", defaultValue = "unknown")
  String version;

  @Inject FlywayMigrator migrator;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject status() {
    JsonObjectBuilder status =
        JSON.createObjectBuilder().add("status", "ok").add("version", version);
    migrator.schemaVersion().ifPresent(v -> status.add("schemaVersion", v));
    return status.build();
  }
}
