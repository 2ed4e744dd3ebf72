package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Table {@code agency}: one row per {@link Agency}. */
@Entity
@Table(name = "agency")
public class AgencyEntity extends VersionedEntity {

  @Id
  @Column(name = "code", length = 40)
  String code;

  @Column(name = "name", nullable = false, length = 300)
  String name;

  @Column(name = "head_name", nullable = false, length = 300)
  String headName;

  @Column(name = "active", nullable = false)
  boolean active;

  /** For the provider. */
  protected AgencyEntity() {}

  static AgencyEntity blank() {
    return new AgencyEntity();
  }

  void write(Agency a) {
    code = a.code().value();
    name = a.name();
    headName = a.headName();
    active = a.active();
  }

  Agency toDomain() {
    return new Agency(AgencyCode.of(code), name, headName, active, getVersion());
  }
}
