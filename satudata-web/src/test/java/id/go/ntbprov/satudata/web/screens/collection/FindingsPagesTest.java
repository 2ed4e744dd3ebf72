package id.go.ntbprov.satudata.web.screens.collection;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.conformity.CheckRule;
import id.go.ntbprov.satudata.core.conformity.Finding;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.period.Period;
import id.go.ntbprov.satudata.core.submission.ContentStore;
import id.go.ntbprov.satudata.core.submission.SubmissionId;
import id.go.ntbprov.satudata.web.persistence.DatabaseMigrations;
import id.go.ntbprov.satudata.web.persistence.JdbcContentStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The uploads screen's lazy findings table on a real H2 content store (migrated by the
 * application's migrations): every finding reachable by paging, past the first 1,000, with row,
 * column, value and the message in the chosen language; a version without findings has none.
 */
class FindingsPagesTest {

  private static final SubmissionId MANY =
      new SubmissionId(new DataItemId(2026, "FP-1"), Period.year(2025), 1);
  private static final SubmissionId NONE =
      new SubmissionId(new DataItemId(2026, "FP-2"), Period.year(2025), 1);
  private static final int FINDINGS = 1_234;
  private static JdbcDataSource dataSource;

  /** The store and a fixed language, as the screen's source gives them per request. */
  private record Fixed(Locale language) implements FindingsPages.Source {
    @Override
    public ContentStore store() {
      return new JdbcContentStore(dataSource);
    }

    @Override
    public Locale locale() {
      return language;
    }
  }

  @BeforeAll
  static void store() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:findings-pages;DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(dataSource);
    ContentStore store = new JdbcContentStore(dataSource);
    try (ContentStore.ContentWriter w = store.open(MANY, List.of("no", "jumlah"))) {
      w.finding(Finding.of(CheckRule.METADATA_RECOMMENDED, 0, 0, "", "", "deskripsi"));
      for (int i = 1; i < FINDINGS; i++) { // data row i on file line i + 1
        w.row(new String[] {Integer.toString(i), "x" + i});
        w.finding(Finding.of(CheckRule.TYPE_DECIMAL, i + 1L, 2, "jumlah", "x" + i, "1.234"));
      }
      w.commit();
    }
    try (ContentStore.ContentWriter w = store.open(NONE, List.of("no"))) {
      w.row(new String[] {"1"});
      w.commit();
    }
  }

  @Test
  void everyFindingIsReachableByPagingPastTheFirstThousand() {
    FindingsPages pages = new FindingsPages(MANY, new Fixed(Locale.forLanguageTag("id")));
    assertThat(pages.count(Map.of())).isEqualTo(FINDINGS);

    List<FindingsPages.Line> first = pages.load(0, 20, Map.of(), Map.of());
    assertThat(first).hasSize(20);
    assertThat(first.get(0).row()).as("the metadata finding, about no row").isZero();
    assertThat(first.get(0).severity()).isEqualTo("WARNING");
    assertThat(first.get(1))
        .isEqualTo(
            new FindingsPages.Line(
                1,
                2,
                "jumlah",
                "x1",
                "ERROR",
                "Baris 2, kolom jumlah (B): nilai 'x1' bukan angka yang valid. Contoh penulisan"
                    + " yang benar: 1.234."));

    // The last page (1,220 to 1,233): 14 findings, the last one the last bad cell's.
    List<FindingsPages.Line> last = pages.load(1_220, 20, Map.of(), Map.of());
    assertThat(last).hasSize(14);
    assertThat(last).extracting(FindingsPages.Line::index).startsWith(1_220L).endsWith(1_233L);
    assertThat(last.get(13).row()).isEqualTo(FINDINGS);
    assertThat(last.get(13).value()).isEqualTo("x" + (FINDINGS - 1));
    assertThat(pages.getRowKey(last.get(13))).isEqualTo("1233");

    // Past the thousandth: pages follow each other without a gap or a repeat.
    List<FindingsPages.Line> a = pages.load(980, 20, Map.of(), Map.of());
    List<FindingsPages.Line> b = pages.load(1_000, 20, Map.of(), Map.of());
    assertThat(a.get(19).row() + 1).isEqualTo(b.get(0).row());
    assertThat(pages.load(FINDINGS, 20, Map.of(), Map.of())).isEmpty();
  }

  @Test
  void messagesAreInTheChosenLanguage() {
    FindingsPages pages = new FindingsPages(MANY, new Fixed(Locale.ENGLISH));
    assertThat(pages.load(1_100, 1, Map.of(), Map.of()))
        .singleElement()
        .extracting(FindingsPages.Line::message)
        .isEqualTo(
            "Row 1101, column jumlah (B): value 'x1100' is not a valid number. Example of a"
                + " correct value: 1.234.");
  }

  @Test
  void aVersionWithoutFindingsHasNone() {
    FindingsPages pages = new FindingsPages(NONE, new Fixed(Locale.ENGLISH));
    assertThat(pages.count(Map.of())).isZero();
    assertThat(pages.load(0, 20, Map.of(), Map.of())).isEmpty();
  }

  @Test
  void theModelSurvivesTheViewsSerialisation() throws IOException, ClassNotFoundException {
    FindingsPages pages = new FindingsPages(MANY, new Fixed(Locale.ENGLISH));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(pages);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      FindingsPages back = (FindingsPages) in.readObject();
      assertThat(back.version()).isEqualTo(MANY.toString());
      assertThat(back.count(Map.of())).isEqualTo(FINDINGS);
    }
  }
}
