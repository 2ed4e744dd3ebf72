/**
 * What the application needs from the platform before anything else runs: the database schema
 * ({@link id.go.ntbprov.satudata.web.platform.FlywayMigrator}), the JAX-RS root ({@link
 * id.go.ntbprov.satudata.web.platform.RestApplication}), a status resource and the MicroProfile
 * health checks. The data source itself is server-level (pool {@code satudataPool}, resource {@code
 * jdbc/satudata}, created by the WAR module's post-boot commands); its class lives in the {@code
 * datasource} sub-package, which is built into a jar of its own for the server class path.
 */
package id.go.ntbprov.satudata.web.platform;
