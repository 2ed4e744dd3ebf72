package id.go.ntbprov.satudata.core.region;

import static id.go.ntbprov.satudata.core.region.ProfileAssertions.copyMataram;
import static id.go.ntbprov.satudata.core.region.ProfileAssertions.write;
import static id.go.ntbprov.satudata.core.region.ProfileAssertions.writeText;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.timestandard.TimeStandard;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a region may write in its files, loaded from a directory. */
class DirectoryProfileTest {

  @TempDir Path dir;

  @BeforeEach
  void copyProfile() {
    copyMataram(dir);
  }

  private RegionProfile load() {
    return RegionProfiles.fromDirectory(dir);
  }

  @Test
  void stepsWithoutARowOrWithoutRolesAreAllowedToNobody() {
    write(dir, "steps.csv", "langkah,peran", "UPLOAD,PRODUSEN_DATA", "PUBLISH,");
    RegionProfile p = load();
    assertThat(p.steps().rolesFor(SopStep.UPLOAD)).containsExactly(Role.PRODUSEN_DATA);
    assertThat(p.steps().rolesFor(SopStep.PUBLISH)).isEmpty();
    assertThat(p.steps().rolesFor(SopStep.VALIDATE)).isEmpty();
  }

  @Test
  void namesAndColumnsAreReadCaseInsensitivelyInAnyOrder() {
    write(dir, "steps.csv", "Peran,LANGKAH", "walidata | sekretariat,evaluate");
    write(
        dir,
        "time-standards.csv",
        "batas_waktu,langkah,mulai_setelah",
        "P2D,evaluate,akhir_periode",
        "PT4H,validate,check_conformity");
    RegionProfile p = load();
    assertThat(p.steps().rolesFor(SopStep.EVALUATE))
        .containsExactlyInAnyOrder(Role.WALIDATA, Role.SEKRETARIAT);
    assertThat(p.timeStandards().all())
        .containsExactlyInAnyOrder(
            TimeStandard.afterPeriodEnd(SopStep.EVALUATE, Duration.ofDays(2)),
            TimeStandard.after(SopStep.VALIDATE, SopStep.CHECK_CONFORMITY, Duration.ofHours(4)));
  }

  @Test
  void theHeadColumnIsOptionalAndCodesAreReadInUpperCase() {
    write(dir, "agencies.csv", "kode,nama", " dinkes , Dinas Kesehatan Kota Mataram ");
    assertThat(load().agencies())
        .containsExactly(Agency.of("DINKES", "Dinas Kesehatan Kota Mataram", ""));
  }

  @Test
  void readsFilesWithAByteOrderMarkAndCrlf() {
    writeText(
        dir,
        "profile.properties",
        "\uFEFFcode=52.71\r\nname=Kota Mataram\r\nzone=Asia/Makassar\r\n");
    writeText(
        dir,
        "agencies.csv",
        "\uFEFFkode,nama,kepala\r\nDINKES,\"Dinas Kesehatan, Kota Mataram\",\r\n");
    RegionProfile p = load();
    assertThat(p.code()).isEqualTo("52.71");
    assertThat(p.agencies())
        .extracting(Agency::name)
        .containsExactly("Dinas Kesehatan, Kota Mataram");
  }

  @Test
  void withoutAnIndexEveryListOfTheFolderIsLoaded() {
    write(dir, "codelists/pendidikan.csv", "kode,nama", "1,SD", "2,SMP");
    write(dir, "codelists/readme.txt", "not a list");
    RegionProfile p = load();
    assertThat(p.codeLists()).extracting(CodeList::id).containsExactly("pendidikan", "wilayah");
    assertThat(p.codeList("pendidikan").orElseThrow().codes())
        .extracting(Code::label)
        .containsExactly("SD", "SMP");
  }

  @Test
  void anIndexNamesTheListsToLoadAndTheirDisplayNames() {
    write(dir, "codelists/pendidikan.csv", "kode,nama", "1,SD");
    write(dir, "codelists/draft.csv", "kode,nama", "9,unfinished");
    write(
        dir, "codelists/index.csv", "id,nama", "wilayah,Kode Wilayah Kota Mataram", "pendidikan,");
    RegionProfile p = load();
    assertThat(p.codeLists())
        .extracting(CodeList::id, CodeList::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wilayah", "Kode Wilayah Kota Mataram"),
            org.assertj.core.groups.Tuple.tuple("pendidikan", "pendidikan"));
  }

  @Test
  void aliasesAreSplitAndAnAliasEqualToItsOwnCodeIsDropped() {
    write(
        dir,
        "codelists/wilayah.csv",
        "kode,kode_alternatif,nama,jenis",
        "52.71,5271|52.71|MTR,Mataram,kota");
    Code city = load().regionCodes().resolve("MTR").orElseThrow();
    assertThat(city.code()).isEqualTo("52.71");
    assertThat(city.aliases()).containsExactlyInAnyOrder("5271", "MTR");
  }
}
