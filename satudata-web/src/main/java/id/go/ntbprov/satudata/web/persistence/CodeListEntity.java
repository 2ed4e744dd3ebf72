package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.reference.CodeList;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Table {@code code_list} with its members in child table {@code code_list_code}. */
@Entity
@Table(name = "code_list")
public class CodeListEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 100)
  String id;

  @Column(name = "name", nullable = false, length = 300)
  String name;

  @ElementCollection
  @CollectionTable(name = "code_list_code", joinColumns = @JoinColumn(name = "list_id"))
  @OrderColumn(name = "idx")
  List<CodeColumns> codes = new ArrayList<>();

  /** For the provider. */
  protected CodeListEntity() {}

  static CodeListEntity blank() {
    return new CodeListEntity();
  }

  void write(CodeList l) {
    id = l.id();
    name = l.name();
    codes.clear();
    l.codes().stream().map(CodeColumns::of).forEach(codes::add);
  }

  CodeList toDomain() {
    return new CodeList(id, name, codes.stream().map(CodeColumns::toDomain).toList(), getVersion());
  }
}
