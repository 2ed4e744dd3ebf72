package id.go.ntbprov.satudata.batch.report;

import id.go.ntbprov.satudata.core.SatuData;
import id.go.ntbprov.satudata.core.actor.Account;
import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.actor.RoleAssignment;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.AvailabilityStatus;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.MeetingRecord;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableMetadata;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.file.FileRef;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.region.RegionProfile;
import id.go.ntbprov.satudata.core.region.RegionProfiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation benchmark's region, in memory with the core's real use cases: NTB's profile, 40
 * agencies (the profile's 14 and 26 more), their accounts, and 500 items of the {@value #YEAR} data
 * list proposed, recommended, agreed in a forum meeting and checked for availability in January.
 * The year's uploads are {@link BenchmarkYear}'s.
 */
final class BenchmarkRegion {

  static final int YEAR = 2026;
  static final int AGENCIES = 40;
  static final int ITEMS = 500;

  /** The agencies NTB's profile lacks for the benchmark: code and name. */
  private static final String[][] MORE_AGENCIES = {
    {"DISHUB", "Dinas Perhubungan"},
    {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan"},
    {"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"},
    {"BAPENDA", "Badan Pendapatan Daerah"},
    {"BKD", "Badan Kepegawaian Daerah"},
    {"INSPEKTORAT", "Inspektorat"},
    {"SATPOLPP", "Satuan Polisi Pamong Praja"},
    {"DISPORA", "Dinas Pemuda dan Olahraga"},
    {"DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB"},
    {"DISKOP", "Dinas Koperasi, Usaha Kecil dan Menengah"},
    {"DISPERKIM", "Dinas Perumahan dan Permukiman"},
    {"DESDM", "Dinas Energi dan Sumber Daya Mineral"},
    {"DISNAKKESWAN", "Dinas Peternakan dan Kesehatan Hewan"},
    {"DISPUSIP", "Dinas Perpustakaan dan Kearsipan"},
    {"BAKESBANGPOL", "Badan Kesatuan Bangsa dan Politik Dalam Negeri"},
    {"BPSDMD", "Badan Pengembangan Sumber Daya Manusia Daerah"},
    {"BRIDA", "Badan Riset dan Inovasi Daerah"},
    {"BIROHUKUM", "Biro Hukum Sekretariat Daerah"},
    {"BIROEKON", "Biro Perekonomian Sekretariat Daerah"},
    {"BIROPEM", "Biro Pemerintahan Sekretariat Daerah"},
    {"BIROKESRA", "Biro Kesejahteraan Rakyat Sekretariat Daerah"},
    {"BIROADPIM", "Biro Administrasi Pimpinan Sekretariat Daerah"},
    {"BIROORG", "Biro Organisasi Sekretariat Daerah"},
    {"BIROPBJ", "Biro Pengadaan Barang dan Jasa Sekretariat Daerah"},
    {"RSUDNTB", "Rumah Sakit Umum Daerah Provinsi NTB"},
    {"SETWAN", "Sekretariat DPRD"},
  };

  final RegionProfile profile = RegionProfiles.ntb();
  final HandClock clock;
  final SatuData app;
  final List<AgencyCode> agencies = new ArrayList<>();
  final Map<AgencyCode, String> agencyNames = new LinkedHashMap<>();
  final Map<AgencyCode, Account> producers = new LinkedHashMap<>();
  final Map<AgencyCode, Account> heads = new LinkedHashMap<>();
  final List<DataItemId> items = new ArrayList<>();
  final Account walidata = Account.of("walidata", "Walidata", RoleAssignment.of(Role.WALIDATA));
  final Account pembina = Account.of("pembina", "BPS", RoleAssignment.of(Role.PEMBINA_DATA));
  final Account forum = Account.of("forum", "Forum", RoleAssignment.of(Role.FORUM_DATA));
  final Account secretariat =
      Account.of("sekretariat", "Sekretariat", RoleAssignment.of(Role.SEKRETARIAT));
  final FileRef scan;

  BenchmarkRegion() {
    clock =
        new HandClock(
            LocalDate.of(YEAR, 1, 2).atStartOfDay(profile.zone()).toInstant(), profile.zone());
    app = SatuData.inMemory(profile, clock);
    var ports = app.ports();
    for (String[] a : MORE_AGENCIES) {
      ports.agencies().save(Agency.of(a[0], a[1] + " Provinsi NTB", "Kepala " + a[0]));
    }
    for (Agency a : ports.agencies().all()) {
      agencies.add(a.code());
      agencyNames.put(a.code(), a.name());
    }
    if (agencies.size() != AGENCIES) {
      throw new IllegalStateException(agencies.size() + " agencies, not " + AGENCIES);
    }
    for (Account a : List.of(walidata, pembina, forum, secretariat)) {
      ports.accounts().save(a);
    }
    for (AgencyCode agency : agencies) {
      String code = agency.value().toLowerCase(java.util.Locale.ROOT);
      Account producer =
          Account.of(
              "produsen." + code,
              "Produsen " + agency,
              RoleAssignment.of(Role.PRODUSEN_DATA, agency));
      Account head =
          Account.of(
              "kepala." + code, "Kepala " + agency, RoleAssignment.of(Role.KEPALA_OPD, agency));
      ports.accounts().save(producer);
      ports.accounts().save(head);
      producers.put(agency, producer);
      heads.put(agency, head);
    }
    scan = file("surat-validasi.pdf");
  }

  /** Plans the data list: 500 items over the 40 agencies, agreed on 20 January. */
  void planDataList() {
    clock.set(LocalDateTime.of(YEAR, 1, 5, 8, 0));
    for (int i = 0; i < ITEMS; i++) {
      AgencyCode agency = agencies.get(i % AGENCIES);
      DataItemId id =
          new DataItemId(YEAR, String.format("%s-%03d", agency.value(), i / AGENCIES + 1));
      app.planning()
          .propose(producers.get(agency), id, regionTable("Indikator " + (i + 1), agency));
      items.add(id);
      clock.advance(java.time.Duration.ofSeconds(30));
    }
    clock.set(LocalDateTime.of(YEAR, 1, 12, 8, 0));
    for (DataItemId id : items) {
      app.planning().recommend(pembina, id, "Sesuai standar data");
      clock.advance(java.time.Duration.ofSeconds(20));
    }
    clock.set(LocalDateTime.of(YEAR, 1, 20, 9, 0));
    app.planning()
        .recordForumMeeting(
            secretariat,
            new MeetingRecord(
                "FDM-" + YEAR + "-1",
                YEAR,
                LocalDate.of(YEAR, 1, 20),
                "BA-01/FSD/" + YEAR,
                List.of("Bappeda", "BPS", "Diskominfotik"),
                Optional.empty()));
    clock.advance(java.time.Duration.ofHours(2));
    app.planning().agree(forum, "FDM-" + YEAR + "-1", items);
    clock.set(LocalDateTime.of(YEAR, 1, 26, 8, 0));
    for (int i = 0; i < items.size(); i++) {
      AvailabilityStatus status =
          i % 20 == 7 ? AvailabilityStatus.PARTLY : AvailabilityStatus.AVAILABLE;
      app.planning()
          .checkAvailability(
              walidata,
              items.get(i),
              status,
              status == AvailabilityStatus.PARTLY ? "Sebagian kabupaten belum melapor" : "");
      clock.advance(java.time.Duration.ofSeconds(20));
    }
  }

  /** The producer of an item. */
  AgencyCode producerOf(DataItemId item) {
    return agencies.get(items.indexOf(item) % AGENCIES);
  }

  FileRef file(String name) {
    try {
      return app.ports()
          .files()
          .store(
              name,
              "application/pdf",
              new ByteArrayInputStream(("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An annual table of one number per regency and city (as the core's test fixture builds it). */
  static ItemDefinition regionTable(String title, AgencyCode producer) {
    String valueColumn = "jumlah";
    TableStructure structure =
        new TableStructure(
                List.of(
                    Variable.keyCode("kode_wilayah", "Kode wilayah", CodeList.REGION),
                    Variable.of("tahun", "Tahun", VariableType.YEAR, ""),
                    Variable.of(valueColumn, title, VariableType.INTEGER, "orang")
                        .withRange(BigDecimal.ZERO, null)),
                Optional.empty(),
                Optional.empty())
            .withRegionVariable("kode_wilayah")
            .withPeriodVariable("tahun");
    StatisticalMetadata metadata =
        new StatisticalMetadata(
            new ActivityMetadata(
                "Kompilasi " + title,
                "Menyediakan data " + title.toLowerCase(java.util.Locale.ROOT),
                "sektoral",
                "kompilasi produk administrasi",
                "Sosial",
                "tahunan",
                "seluruh wilayah",
                producer.value(),
                "data@example.go.id"),
            List.of(
                new VariableMetadata(
                    "kode_wilayah",
                    "Wilayah",
                    "Kode wilayah Kemendagri",
                    "",
                    "Kode wilayah",
                    "kode"),
                new VariableMetadata("tahun", "Tahun", "Tahun data", "31 Desember", "", "tahun"),
                new VariableMetadata(valueColumn, title, title, "31 Desember", "", "jumlah")),
            List.of());
    return new ItemDefinition(
        title,
        title + " menurut kabupaten/kota",
        "Sosial",
        producer,
        new DataStandard(title, title + " tercatat", "", "jumlah", "orang"),
        Periodicity.ANNUAL,
        RegionLevel.REGENCY_CITY,
        true,
        metadata,
        structure);
  }
}
