package id.go.ntbprov.satudata.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportContextTest {

  @Test
  void regionProfileGivesNameZoneAndAgencyNames() {
    RegionProfile ntb = RegionProfiles.ntb();
    ReportContext ctx =
        ReportContext.forRegion(ntb, "NTB Satu Data", EvaluationFixtures.AS_OF, "Walidata");

    assertThat(ctx.regionName()).isEqualTo(ntb.name());
    assertThat(ctx.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
    assertThat(ctx.locale()).isEqualTo(ReportContext.INDONESIAN);
    var first = ntb.agencies().get(0);
    assertThat(ctx.agencyName(first.code())).isEqualTo(first.name());
    assertThat(ctx.agencyName(AgencyCode.of("UNKNOWN"))).isEqualTo("UNKNOWN");
    assertThat(ctx.withLocale(Locale.ENGLISH).locale()).isEqualTo(Locale.ENGLISH);
  }
}
