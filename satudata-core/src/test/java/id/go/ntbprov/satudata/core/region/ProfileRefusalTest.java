package id.go.ntbprov.satudata.core.region;

import static id.go.ntbprov.satudata.core.region.ProfileAssertions.copyMataram;
import static id.go.ntbprov.satudata.core.region.ProfileAssertions.write;
import static id.go.ntbprov.satudata.core.region.ProfileAssertions.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.ntbprov.satudata.core.rule.Messages;
import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed profile is refused by PROFILE_INVALID, naming the file, the line and the fault.
 */
class ProfileRefusalTest {

  @TempDir Path dir;

  @BeforeEach
  void copyProfile() {
    copyMataram(dir);
  }

  /** Loads the profile and asserts the refusal's rule, file, line and fault, in both languages. */
  private void assertRefused(String file, int line, String fault) {
    RuleViolation v =
        catchThrowableOfType(RuleViolation.class, () -> RegionProfiles.fromDirectory(dir));
    assertThat(v).as("refusal").isNotNull();
    assertThat(v.rule()).isEqualTo(Rule.PROFILE_INVALID);
    assertThat(v.args()).containsExactly(file, line, fault);
    assertThat(v.message(Messages.INDONESIAN))
        .isEqualTo("Profil daerah tidak valid: " + file + ", baris " + line + ": " + fault + ".");
    assertThat(v.message(Locale.ENGLISH))
        .isEqualTo(
            "The region profile is not valid: " + file + ", line " + line + ": " + fault + ".");
  }

  @Test
  void theUnchangedCopyLoads() {
    assertThat(RegionProfiles.fromDirectory(dir).code()).isEqualTo("52.71");
  }

  // profile.properties

  @Test
  void missingProfileProperties() throws IOException {
    Files.delete(dir.resolve("profile.properties"));
    assertRefused("profile.properties", 0, "missing file");
  }

  @Test
  void missingDirectory() {
    dir = dir.resolve("nowhere");
    assertRefused("profile.properties", 0, "missing file");
  }

  @Test
  void unknownZone() {
    write(dir, "profile.properties", "code=52.71", "name=Kota Mataram", "zone=Asia/Mataram");
    assertRefused("profile.properties", 3, "unknown zone Asia/Mataram");
  }

  @Test
  void missingKey() {
    write(dir, "profile.properties", "# no name", "code=52.71", "zone=Asia/Makassar");
    assertRefused("profile.properties", 0, "missing name");
  }

  @Test
  void emptyKey() {
    write(dir, "profile.properties", "code=52.71", "name =  ", "zone=Asia/Makassar");
    assertRefused("profile.properties", 2, "missing name");
  }

  @Test
  void unknownKey() {
    write(
        dir,
        "profile.properties",
        "code=52.71",
        "name=Kota Mataram",
        "zone=Asia/Makassar",
        "zona=WITA");
    assertRefused("profile.properties", 4, "unknown key zona");
  }

  @Test
  void profileCodeMissingFromTheRegionCodes() {
    write(dir, "profile.properties", "code=52.72", "name=Kota Bima", "zone=Asia/Makassar");
    assertRefused("codelists/wilayah.csv", 0, "missing code 52.72");
  }

  // agencies.csv

  @Test
  void missingAgencies() throws IOException {
    Files.delete(dir.resolve("agencies.csv"));
    assertRefused("agencies.csv", 0, "missing file");
  }

  @Test
  void missingRequiredColumn() {
    write(dir, "agencies.csv", "kode,kepala", "DINKES,");
    assertRefused("agencies.csv", 1, "missing column nama");
  }

  @Test
  void unknownColumn() {
    write(dir, "agencies.csv", "kode,nama,kepla", "DINKES,Dinas Kesehatan,");
    assertRefused("agencies.csv", 1, "unknown column kepla");
  }

  @Test
  void duplicateColumn() {
    write(dir, "agencies.csv", "kode,nama,Kode", "DINKES,Dinas Kesehatan,X");
    assertRefused("agencies.csv", 1, "duplicate column kode");
  }

  @Test
  void duplicateAgencyCode() {
    write(
        dir,
        "agencies.csv",
        "kode,nama,kepala",
        "DINKES,Dinas Kesehatan,",
        "BAPPEDA,Bappeda,",
        "dinkes,Dinas Kesehatan lagi,");
    assertRefused("agencies.csv", 4, "duplicate agency DINKES");
  }

  @Test
  void wrongColumnCount() {
    write(
        dir,
        "agencies.csv",
        "kode,nama,kepala",
        "DINKES,Dinas Kesehatan,",
        "DINSOS,Dinas Sosial, Kota Mataram,");
    assertRefused("agencies.csv", 3, "3 fields expected, 4 found");
  }

  @Test
  void emptyRequiredValue() {
    write(dir, "agencies.csv", "kode,nama,kepala", "DINKES,  ,");
    assertRefused("agencies.csv", 2, "empty nama");
  }

  @Test
  void badAgencyCode() {
    write(dir, "agencies.csv", "kode,nama", "DINAS KESEHATAN,Dinas Kesehatan");
    assertRefused("agencies.csv", 2, "bad agency code DINAS KESEHATAN");
  }

  @Test
  void noAgencies() {
    write(dir, "agencies.csv", "kode,nama,kepala");
    assertRefused("agencies.csv", 0, "no agencies");
  }

  @Test
  void emptyFile() {
    write(dir, "agencies.csv", "# nothing here");
    assertRefused("agencies.csv", 1, "no header");
  }

  @Test
  void malformedCsvIsRefusedAtItsLine() {
    write(dir, "agencies.csv", "kode,nama", "DINKES,Dinas Kesehatan", "DINSOS,\"Dinas Sosial");
    assertRefused("agencies.csv", 3, "unterminated quote");
  }

  @Test
  void notUtf8() {
    byte[] latin1 =
        "kode,nama\nDINKES,Dinas Kesehatan\nDIKBUD,Pendidikan é\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    writeBytes(dir, "agencies.csv", latin1);
    assertRefused("agencies.csv", 3, "not UTF-8");
  }

  // steps.csv

  @Test
  void missingSteps() throws IOException {
    Files.delete(dir.resolve("steps.csv"));
    assertRefused("steps.csv", 0, "missing file");
  }

  @Test
  void unknownStep() {
    write(dir, "steps.csv", "# steps", "langkah,peran", "PUBLISH,WALIDATA", "PUBLISHING,WALIDATA");
    assertRefused("steps.csv", 4, "unknown step PUBLISHING");
  }

  @Test
  void unknownRole() {
    write(dir, "steps.csv", "langkah,peran", "PUBLISH,WALIDATA|KOMINFO");
    assertRefused("steps.csv", 2, "unknown role KOMINFO");
  }

  @Test
  void emptyRoleBetweenSeparators() {
    write(dir, "steps.csv", "langkah,peran", "PUBLISH,WALIDATA||SEKRETARIAT");
    assertRefused("steps.csv", 2, "empty role");
  }

  @Test
  void duplicateStep() {
    write(dir, "steps.csv", "langkah,peran", "PUBLISH,WALIDATA", "publish,SEKRETARIAT");
    assertRefused("steps.csv", 3, "duplicate step PUBLISH");
  }

  // time-standards.csv

  @Test
  void missingTimeStandards() throws IOException {
    Files.delete(dir.resolve("time-standards.csv"));
    assertRefused("time-standards.csv", 0, "missing file");
  }

  @Test
  void badDuration() {
    write(
        dir, "time-standards.csv", "langkah,mulai_setelah,batas_waktu", "PUBLISH,VALIDATE,3 menit");
    assertRefused("time-standards.csv", 2, "bad duration 3 menit");
  }

  @Test
  void monthsAreNotADuration() {
    write(
        dir,
        "time-standards.csv",
        "langkah,mulai_setelah,batas_waktu",
        "EVALUATE,AKHIR_PERIODE,P1M");
    assertRefused("time-standards.csv", 2, "bad duration P1M");
  }

  @Test
  void zeroDuration() {
    write(dir, "time-standards.csv", "langkah,mulai_setelah,batas_waktu", "PUBLISH,VALIDATE,PT0S");
    assertRefused("time-standards.csv", 2, "bad duration PT0S");
  }

  @Test
  void unknownStepInTimeStandards() {
    write(dir, "time-standards.csv", "langkah,mulai_setelah,batas_waktu", "PUBLISH,VALIDASI,PT3M");
    assertRefused("time-standards.csv", 2, "unknown step VALIDASI");
  }

  @Test
  void timeStandardStartingAfterItself() {
    write(dir, "time-standards.csv", "langkah,mulai_setelah,batas_waktu", "PUBLISH,PUBLISH,PT3M");
    assertRefused("time-standards.csv", 2, "starts after itself PUBLISH");
  }

  @Test
  void duplicateTimeStandard() {
    write(
        dir,
        "time-standards.csv",
        "langkah,mulai_setelah,batas_waktu",
        "PUBLISH,VALIDATE,PT3M",
        "PUBLISH,VALIDATE,PT5M");
    assertRefused("time-standards.csv", 3, "duplicate step PUBLISH");
  }

  @Test
  void timeStandardsMissingAColumn() {
    write(dir, "time-standards.csv", "langkah,batas_waktu", "PUBLISH,PT3M");
    assertRefused("time-standards.csv", 1, "missing column mulai_setelah");
  }

  // codelists/

  @Test
  void missingRegionList() throws IOException {
    Files.delete(dir.resolve("codelists/wilayah.csv"));
    assertRefused("codelists/wilayah.csv", 0, "missing file");
  }

  @Test
  void regionListLeftOutOfTheIndex() {
    write(dir, "codelists/jenis_kelamin.csv", "kode,nama", "1,Laki-laki");
    write(dir, "codelists/index.csv", "id,nama", "jenis_kelamin,Jenis Kelamin");
    assertRefused("codelists/wilayah.csv", 0, "missing file");
  }

  @Test
  void listNamedByTheIndexIsMissing() {
    write(dir, "codelists/index.csv", "id,nama", "wilayah,Wilayah", "pendidikan,Pendidikan");
    assertRefused("codelists/pendidikan.csv", 0, "missing file");
  }

  @Test
  void badListIdInTheIndex() {
    write(dir, "codelists/index.csv", "id,nama", "wilayah,Wilayah", "../agencies,Agencies");
    assertRefused("codelists/index.csv", 3, "bad list id ../agencies");
  }

  @Test
  void duplicateCodeInAList() {
    write(
        dir,
        "codelists/wilayah.csv",
        "kode,kode_alternatif,nama,jenis",
        "52.71,5271,Mataram,kota",
        "52.71.01,527101,Ampenan,kecamatan",
        "52.71.01,,Ampenan lagi,kecamatan");
    assertRefused("codelists/wilayah.csv", 4, "duplicate code 52.71.01");
  }

  @Test
  void aliasTakenByAnotherCode() {
    write(
        dir,
        "codelists/wilayah.csv",
        "kode,kode_alternatif,nama,jenis",
        "52.71,5271,Mataram,kota",
        "52.71.01,5271,Ampenan,kecamatan");
    assertRefused("codelists/wilayah.csv", 3, "duplicate code 5271");
  }

  @Test
  void unknownRegionKind() {
    write(
        dir,
        "codelists/wilayah.csv",
        "kode,kode_alternatif,nama,jenis",
        "52.71,5271,Mataram,kota",
        "52.71.01,527101,Ampenan,distrik");
    assertRefused("codelists/wilayah.csv", 3, "unknown region kind distrik");
  }

  @Test
  void listWithoutCodes() {
    write(dir, "codelists/pendidikan.csv", "kode,nama");
    assertRefused("codelists/pendidikan.csv", 0, "no codes");
  }

  // class path

  @Test
  void missingClasspathProfile() {
    RuleViolation v =
        catchThrowableOfType(
            RuleViolation.class, () -> RegionProfiles.fromClasspath("/profiles/nowhere/"));
    assertThat(v.rule()).isEqualTo(Rule.PROFILE_INVALID);
    assertThat(v.args()).containsExactly("profile.properties", 0, "missing file");
  }
}
