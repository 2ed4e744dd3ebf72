package id.go.ntbprov.satudata.web.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Base of every entity mapping a versioned aggregate: its {@code version} column is the aggregate's
 * optimistic-lock version (1 after the insert, one more after each update).
 */
@MappedSuperclass
public abstract class VersionedEntity {

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For the provider and subclasses. */
  protected VersionedEntity() {}

  /** The stored version. */
  public long getVersion() {
    return version;
  }
}
