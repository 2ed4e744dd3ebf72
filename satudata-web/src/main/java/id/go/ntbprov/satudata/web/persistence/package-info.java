/**
 * Persistence adapters of the core's ports: JPA (EclipseLink, the provider Payara bundles) for the
 * aggregates, plain JDBC for the bulk rows and findings of submissions, Flyway SQL migrations for
 * the schema.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Separate entities with mappers.</b> The core stays annotation-free: every aggregate has
 *       a package-private JPA entity here ({@code AgencyEntity}, {@code SubmissionEntity} ...) that
 *       copies the aggregate in ({@code write}) and builds a new aggregate out ({@code toDomain}).
 *       The repositories ({@code Jpa*Repository}) are the only public face.
 *   <li><b>Optimistic locking follows the core's {@link
 *       id.go.ntbprov.satudata.core.repository.Versioned} contract</b> (see {@code InMemoryStore}):
 *       the entity's {@code @Version} column <i>is</i> the aggregate's version. Saving version 0
 *       inserts (an existing id is refused with {@code DUPLICATE_IDENTIFIER}); saving version N
 *       updates only when the stored version is N, else {@code CONCURRENT_UPDATE}. Every update
 *       forces the version up ({@code OPTIMISTIC_FORCE_INCREMENT}) so that a change to a child
 *       table alone still moves it, and saves flush at once so that refusals surface as {@link
 *       id.go.ntbprov.satudata.core.rule.RuleViolation}s in the use case, not as provider
 *       exceptions at commit. See {@code VersionedStore}.
 *   <li><b>Nested parts</b> that are lists of small values (submission history, recommendations,
 *       roles, codes, attendees, agreed items, letter covers, report deliveries) are child tables
 *       ({@code @ElementCollection} with an {@code idx} order column, so rows are addressed by
 *       position, never by value). Deep value structures that are never queried (an item's data
 *       standard, BPS metadata and table structure; an evaluation with its figures and breaches)
 *       are one JSON text column each, written with Jakarta JSON-B through explicit DTO records
 *       ({@code ItemDocument}, {@code EvaluationDocument}) that carry a format number. Scalars a
 *       query may filter on are columns.
 *   <li><b>Natural keys</b> (agency code, account id, {@code 2026/KEP-001}, {@code
 *       2026/KEP-001/2025-Q1/v2}, register UUIDs, code list id) are primary keys. The many rows and
 *       findings of a submission hang off a numeric {@code content_id} from a sequence in {@code
 *       submission_content}.
 *   <li><b>Bulk content by JDBC</b> ({@link
 *       id.go.ntbprov.satudata.web.persistence.JdbcContentStore}): batched inserts, one table row
 *       per data row with its cells in one compactly encoded text column ({@code CellCodec}). On
 *       PostgreSQL add {@code reWriteBatchedInserts=true} to the JDBC URL (or data source
 *       property): the driver then sends each batch as multi-row inserts.
 *   <li><b>Instants</b> are {@code timestamp with time zone} columns, kept to the microsecond (the
 *       precision of both databases); see {@code InstantConverter}. On H2 the JVM's time zone must
 *       not have daylight saving (Indonesia's zones and UTC have none): H2 turns a bound timestamp
 *       into a local time of that zone first, so the repeated autumn hour would come back one hour
 *       early. PostgreSQL is exact in any zone.
 *   <li><b>Child tables of list results</b> load lazily, one query per aggregate, except the
 *       submissions' histories, read for all results in one scalar query ({@code
 *       JpaSubmissionRepository}). EclipseLink 4.0.7's batch and join fetching of element
 *       collections of embeddables fail at commit (eclipse-ee4j/eclipselink#1455), and its
 *       read-only queries do not see the transaction's own writes; both are avoided.
 *   <li><b>Ordering</b> of list results is the core's own comparator, applied in Java after the
 *       query, so it never depends on a database collation.
 *   <li><b>Schema only by migrations</b> ({@code db/migration}, run by {@link
 *       id.go.ntbprov.satudata.web.persistence.DatabaseMigrations}): one SQL text for H2 2.2
 *       (default and {@code MODE=PostgreSQL}) and PostgreSQL 15+, and a Java migration where one
 *       statement is PostgreSQL's only (the row blocks' compression); EclipseLink never generates
 *       DDL. No identity columns (EclipseLink 4.0.7 cannot use them on H2 2.2); sequences used by
 *       JPA start with 50 and increment by 50, matching an allocation size of 50.
 * </ul>
 *
 * <h2>Transactions</h2>
 *
 * Every repository takes a {@link jakarta.persistence.EntityManager}: in the server the
 * container-managed, transaction-scoped one (each use case call in one JTA transaction); in tests
 * an application-managed one whose resource-local transaction the caller begins and commits. The
 * content store takes the {@link javax.sql.DataSource} of the same database and so joins the same
 * JTA transaction in the server; outside one (autocommit connections) each writer runs its own
 * local transaction.
 */
package id.go.ntbprov.satudata.web.persistence;
