/**
 * The region profile: what makes the system one region's, read from plain files so that another
 * regency or city (kabupaten/kota) configures itself without code. NTB's profile ships with the
 * core at {@value id.go.ntbprov.satudata.core.region.RegionProfiles#NTB_RESOURCE_PATH}; a region
 * copies that folder, edits it and loads it with {@link
 * id.go.ntbprov.satudata.core.region.RegionProfiles#fromDirectory(java.nio.file.Path)} or {@link
 * id.go.ntbprov.satudata.core.region.RegionProfiles#fromClasspath(String)}.
 *
 * <h2>Layout</h2>
 *
 * <pre>
 * profile.properties        code, name and time zone of the region
 * agencies.csv              the regional agencies (OPD)
 * steps.csv                 which roles perform which SOP step
 * time-standards.csv        the time allowed for steps
 * codelists/index.csv       optional: the code lists and their display names
 * codelists/wilayah.csv     the region codes (required)
 * codelists/&lt;id&gt;.csv       any other code list
 * </pre>
 *
 * <p>All files are UTF-8 (a byte order mark is allowed). CSV files follow RFC 4180: comma
 * separated, fields containing commas, quotes or line breaks enclosed in double quotes, a quote
 * inside them doubled; CRLF or LF line ends. Blank lines and lines starting with {@code #} are
 * skipped. The first row names the columns (any order); every row has exactly as many fields as the
 * header; unknown columns are refused. Values are stripped of surrounding spaces.
 *
 * <h3>profile.properties</h3>
 *
 * <pre>
 * code=52
 * name=Provinsi Nusa Tenggara Barat
 * zone=Asia/Makassar
 * </pre>
 *
 * <p>{@code code} is the region's Kemendagri code and must be a member of {@code wilayah}; {@code
 * zone} is a {@link java.time.ZoneId} (WIB {@code Asia/Jakarta}, WITA {@code Asia/Makassar}, WIT
 * {@code Asia/Jayapura}). The three keys are required and no other key is accepted.
 *
 * <h3>agencies.csv</h3>
 *
 * <pre>
 * kode,nama,kepala
 * DISKOMINFOTIK,"Dinas Komunikasi, Informatika dan Statistik Provinsi NTB",Kepala DISKOMINFOTIK
 * DINKES,Dinas Kesehatan Provinsi NTB,
 * </pre>
 *
 * <p>{@code kode} (letters, digits, {@code _ . -}; read in upper case, unique) and {@code nama} are
 * required; {@code kepala}, the head's name as printed on letters, may be empty or left out.
 *
 * <h3>steps.csv</h3>
 *
 * <pre>
 * langkah,peran
 * CHECK_CONFORMITY,WALIDATA|WALIDATA_PENDUKUNG
 * PUBLISH,WALIDATA
 * </pre>
 *
 * <p>One row per {@link id.go.ntbprov.satudata.core.sop.SopStep} name; roles are {@link
 * id.go.ntbprov.satudata.core.actor.Role} names separated by {@code |}. A step without a row (or
 * with an empty {@code peran}) may be performed by nobody.
 *
 * <h3>time-standards.csv</h3>
 *
 * <pre>
 * langkah,mulai_setelah,batas_waktu
 * PUBLISH,VALIDATE,PT3M
 * EVALUATE,AKHIR_PERIODE,P2D
 * </pre>
 *
 * <p>The step; the earlier step its clock starts after, or {@code AKHIR_PERIODE} for the close of
 * the data's period; the time allowed as an ISO-8601 duration ({@code PT3M} three minutes, {@code
 * PT4H} four hours, {@code P2D} two days), positive. At most one row per step.
 *
 * <h3>codelists/</h3>
 *
 * <pre>
 * codelists/index.csv:
 * id,nama
 * wilayah,Kode Wilayah NTB
 * jenis_kelamin,Jenis Kelamin
 *
 * codelists/wilayah.csv:
 * kode,kode_alternatif,nama,jenis
 * 52,52,Nusa Tenggara Barat,provinsi
 * 52.01,5201,Lombok Barat,kabupaten
 * </pre>
 *
 * <p>{@code index.csv} ({@code id} required, {@code nama} optional) names the lists to load and
 * their display names. Without it, a directory profile loads every {@code .csv} file of the folder
 * (named by its id), while a class-path profile, whose folders cannot be listed, loads {@code
 * wilayah.csv} only. In a list, {@code kode} and {@code nama} are required; {@code kode_alternatif}
 * holds other accepted spellings separated by {@code |} (e.g. the BPS code); no code or alternative
 * may appear twice. In {@code wilayah}, {@code jenis} must name a {@link
 * id.go.ntbprov.satudata.core.reference.RegionLevel} ({@code provinsi}, {@code kabupaten}, {@code
 * kota}, {@code kecamatan}, {@code desa}, {@code kelurahan}); elsewhere it is free text.
 *
 * <h2>Refusals</h2>
 *
 * <p>A missing or malformed file is refused with {@link
 * id.go.ntbprov.satudata.core.rule.Rule#PROFILE_INVALID}; the message names the file (relative to
 * the profile), the line (0 when the file as a whole is at fault) and the offending value.
 */
package id.go.ntbprov.satudata.core.region;
