package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.reference.Code;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.HashSet;

/**
 * A row of {@code code_list_code}: one {@link Code}. Its aliases, a small set never queried, are
 * one column encoded by {@link CellCodec}, in sorted order.
 */
@Embeddable
public class CodeColumns {

  @Column(name = "code", nullable = false, length = 100)
  String code;

  @Column(name = "label", nullable = false, length = 500)
  String label;

  @Column(name = "kind", nullable = false, length = 100)
  String kind;

  @Column(name = "aliases", nullable = false, length = 2000)
  String aliases;

  /** For the provider. */
  protected CodeColumns() {}

  static CodeColumns of(Code c) {
    CodeColumns col = new CodeColumns();
    col.code = c.code();
    col.label = c.label();
    col.kind = c.kind();
    col.aliases = CellCodec.encode(c.aliases().stream().sorted().toList());
    return col;
  }

  Code toDomain() {
    return new Code(code, label, kind, new HashSet<>(CellCodec.decodeList(aliases)));
  }
}
