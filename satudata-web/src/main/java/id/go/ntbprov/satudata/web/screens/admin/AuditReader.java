package id.go.ntbprov.satudata.web.screens.admin;

import id.go.ntbprov.satudata.core.audit.AuditEntry;
import id.go.ntbprov.satudata.web.persistence.JpaAuditSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The audit trail search for the audit screen (application-scoped: view beans may hold it). */
@ApplicationScoped
public class AuditReader {

  @PersistenceContext(unitName = "satudata")
  EntityManager em;

  /** A page of matching entries, newest first. */
  @Transactional
  public List<AuditEntry> page(JpaAuditSearch.Filter filter, int offset, int limit) {
    return new JpaAuditSearch(em).page(filter, offset, limit);
  }

  /** How many entries match. */
  @Transactional
  public long count(JpaAuditSearch.Filter filter) {
    return new JpaAuditSearch(em).count(filter);
  }
}
