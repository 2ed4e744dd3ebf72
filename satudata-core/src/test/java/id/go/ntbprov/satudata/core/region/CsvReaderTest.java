package id.go.ntbprov.satudata.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.ntbprov.satudata.core.region.CsvReader.Row;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<Row> parse(String text) {
    return CsvReader.parse("test.csv", text);
  }

  private static List<List<String>> fields(String text) {
    return parse(text).stream().map(Row::fields).toList();
  }

  @Test
  void readsPlainRecordsWithTheirLines() {
    List<Row> rows = parse("a,b,c\n1,2,3\n");
    assertThat(rows)
        .extracting(Row::fields)
        .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    assertThat(rows).extracting(Row::line).containsExactly(1, 2);
  }

  @Test
  void keepsEmptyFieldsIncludingATrailingOne() {
    assertThat(fields("a,,c\nx,y,\n"))
        .containsExactly(List.of("a", "", "c"), List.of("x", "y", ""));
  }

  @Test
  void readsTheLastRecordWithoutALineBreak() {
    assertThat(fields("a,b\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void quotedFieldsHoldCommasAndDoubledQuotes() {
    assertThat(fields("\"Dinas Komunikasi, Informatika\",\"kata \"\"data\"\"\",\"\"\n"))
        .containsExactly(List.of("Dinas Komunikasi, Informatika", "kata \"data\"", ""));
  }

  @Test
  void quotedFieldsHoldLineBreaksAndLaterLinesAreCountedAfterThem() {
    List<Row> rows = parse("kode,nama\n1,\"baris satu\nbaris dua\r\nbaris tiga\"\n2,dua\n");
    assertThat(rows.get(1).fields()).containsExactly("1", "baris satu\nbaris dua\nbaris tiga");
    assertThat(rows).extracting(Row::line).containsExactly(1, 2, 5);
  }

  @Test
  void skipsAByteOrderMark() {
    assertThat(fields("\uFEFFkode,nama\n1,satu\n"))
        .containsExactly(List.of("kode", "nama"), List.of("1", "satu"));
  }

  @Test
  void readsCrlfAndLoneCrLineEnds() {
    List<Row> rows = parse("a,b\r\n1,2\r\n3,4\r5,6");
    assertThat(rows)
        .extracting(Row::fields)
        .containsExactly(
            List.of("a", "b"), List.of("1", "2"), List.of("3", "4"), List.of("5", "6"));
    assertThat(rows).extracting(Row::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void skipsCommentsAndBlankLinesButCountsThem() {
    List<Row> rows = parse("# komentar\n\nkode,nama\n   \n# lagi, dengan koma\r\n1,satu\n");
    assertThat(rows)
        .extracting(Row::fields)
        .containsExactly(List.of("kode", "nama"), List.of("1", "satu"));
    assertThat(rows).extracting(Row::line).containsExactly(3, 6);
  }

  @Test
  void aHashInsideAQuotedFieldOrLaterInALineIsContent() {
    assertThat(fields("a,#b\n\"x\n# not a comment\",y\n"))
        .containsExactly(List.of("a", "#b"), List.of("x\n# not a comment", "y"));
  }

  @Test
  void keepsSpacesAroundUnquotedFields() {
    assertThat(fields(" a , b \n")).containsExactly(List.of(" a ", " b "));
  }

  @Test
  void emptyTextHasNoRecords() {
    assertThat(parse("")).isEmpty();
    assertThat(parse("\uFEFF# only a comment\n\n")).isEmpty();
  }

  @Test
  void refusesAnUnterminatedQuoteAtTheLineItOpened() {
    RuleViolation v = refusal("a,b\n1,\"open\n2,3\n");
    assertThat(v.args()).containsExactly("test.csv", 2, "unterminated quote");
  }

  @Test
  void refusesAQuoteInsideAnUnquotedField() {
    RuleViolation v = refusal("a,b\nab\"c,d\n");
    assertThat(v.args()).containsExactly("test.csv", 2, "quote in unquoted field");
  }

  @Test
  void refusesTextAfterAClosingQuote() {
    RuleViolation v = refusal("a,b\n\"x\"y,z\n");
    assertThat(v.args()).containsExactly("test.csv", 2, "text after closing quote");
  }

  private static RuleViolation refusal(String text) {
    RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> parse(text));
    assertThat(v).isNotNull();
    assertThat(v.rule()).isEqualTo(Rule.PROFILE_INVALID);
    return v;
  }
}
