package id.go.ntbprov.satudata.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The poll interval setting. */
class CatalogStartupTest {

  @Test
  void theIntervalIsWholeSecondsFiveUnlessSetAndZeroTurnsPollingOff() {
    assertThat(CatalogStartup.pollSeconds(null)).isEqualTo(5);
    assertThat(CatalogStartup.pollSeconds(" ")).isEqualTo(5);
    assertThat(CatalogStartup.pollSeconds("2")).isEqualTo(2);
    assertThat(CatalogStartup.pollSeconds(" 0 ")).isZero();
    assertThat(CatalogStartup.pollSeconds("3600")).isEqualTo(3600);
  }

  @Test
  void anythingElseIsRefusedNamingTheSetting() {
    for (String bad : new String[] {"5s", "-1", "3601", "1.5"}) {
      assertThatThrownBy(() -> CatalogStartup.pollSeconds(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("SATUDATA_CATALOG_POLL_SECONDS")
          .hasMessageContaining("\"" + bad + "\"");
    }
  }
}
