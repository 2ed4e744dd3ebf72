package id.go.ntbprov.satudata.web.persistence;

import id.go.ntbprov.satudata.core.actor.AccountId;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.letter.Letter;
import id.go.ntbprov.satudata.core.letter.LetterKind;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Table {@code letter} with the covered versions in child table {@code letter_cover}. {@code
 * number_key} is the number as {@code findByNumber} compares it (stripped, lower case), because H2
 * has no index on an expression such as {@code lower(number)}.
 */
@Entity
@Table(name = "letter")
public class LetterEntity extends VersionedEntity {

  @Id
  @Column(name = "id", length = 64)
  String id;

  @Column(name = "kind", nullable = false, length = 20)
  String kind;

  @Column(name = "letter_number", nullable = false, length = 200)
  String number;

  @Column(name = "number_key", nullable = false, length = 200)
  String numberKey;

  @Column(name = "letter_date", nullable = false)
  LocalDate date;

  @Column(name = "signatory", nullable = false, length = 300)
  String signatory;

  @Column(name = "signed_by", length = 100)
  String signedBy;

  @Column(name = "agency", nullable = false, length = 40)
  String agency;

  @Embedded FileColumns scan;

  @Column(name = "registered_at", nullable = false)
  Instant registeredAt;

  @Column(name = "registered_by", nullable = false, length = 100)
  String registeredBy;

  @ElementCollection
  @CollectionTable(name = "letter_cover", joinColumns = @JoinColumn(name = "letter_id"))
  @OrderColumn(name = "idx")
  @Column(name = "submission_id", nullable = false, length = 200)
  List<String> covers = new ArrayList<>();

  /** For the provider. */
  protected LetterEntity() {}

  static LetterEntity blank() {
    return new LetterEntity();
  }

  static String numberKey(String number) {
    return number.strip().toLowerCase(Locale.ROOT);
  }

  void write(Letter l) {
    id = l.id();
    kind = l.kind().name();
    number = l.number();
    numberKey = numberKey(l.number());
    date = l.date();
    signatory = l.signatory();
    signedBy = l.signedBy().map(AccountId::value).orElse(null);
    agency = l.agency().value();
    scan = FileColumns.of(l.scan());
    registeredAt = l.registeredAt();
    registeredBy = l.registeredBy().value();
    covers.clear();
    l.covers().stream().map(SubmissionId::toString).forEach(covers::add);
  }

  Letter toDomain() {
    return new Letter(
        id,
        LetterKind.valueOf(kind),
        number,
        date,
        signatory,
        Optional.ofNullable(signedBy).map(AccountId::of),
        AgencyCode.of(agency),
        covers.stream().map(SubmissionId::parse).toList(),
        FileColumns.toRef(scan),
        registeredAt,
        AccountId.of(registeredBy),
        getVersion());
  }
}
