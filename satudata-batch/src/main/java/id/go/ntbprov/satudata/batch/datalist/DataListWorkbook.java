package id.go.ntbprov.satudata.batch.datalist;

import id.go.ntbprov.satudata.batch.read.ReadException;
import id.go.ntbprov.satudata.batch.read.ReadOptions;
import id.go.ntbprov.satudata.batch.read.TableReaders;
import id.go.ntbprov.satudata.batch.read.TableSource;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.datalist.ActivityMetadata;
import id.go.ntbprov.satudata.core.datalist.DataItemId;
import id.go.ntbprov.satudata.core.datalist.DataStandard;
import id.go.ntbprov.satudata.core.datalist.ItemDefinition;
import id.go.ntbprov.satudata.core.datalist.StatisticalMetadata;
import id.go.ntbprov.satudata.core.datalist.TableStructure;
import id.go.ntbprov.satudata.core.datalist.Variable;
import id.go.ntbprov.satudata.core.datalist.VariableType;
import id.go.ntbprov.satudata.core.period.Periodicity;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a year's Daftar Data Daerah from a workbook: sheet {@code Butir} (one row per item: code,
 * title, producer, periodicity, level, standard, activity metadata, region and period variables)
 * and sheet {@code Variabel} (one row per variable of an item's structure). Every problem is
 * collected with its sheet, row and column; nothing is half-read into the result.
 */
public final class DataListWorkbook {

  /** Columns of sheet {@code Butir}. */
  public static final List<String> ITEM_COLUMNS =
      List.of(
          "kode",
          "judul",
          "deskripsi",
          "topik",
          "produsen",
          "periodisitas",
          "tingkat",
          "prioritas",
          "konsep",
          "definisi",
          "klasifikasi",
          "ukuran",
          "satuan",
          "judul_kegiatan",
          "tujuan",
          "cara_pengumpulan",
          "variabel_wilayah",
          "variabel_periode");

  /** Columns of sheet {@code Variabel}. */
  public static final List<String> VARIABLE_COLUMNS =
      List.of(
          "kode_butir",
          "nama",
          "label",
          "tipe",
          "satuan",
          "wajib",
          "kunci",
          "min",
          "max",
          "daftar_kode");

  /** One item read from the workbook, with the row it came from. */
  public record Item(long row, DataItemId id, ItemDefinition definition) {}

  /** The items and problems of one workbook. */
  public record Result(List<Item> items, List<DataListProblem> problems) {}

  /** Workbook columns of the fields the core names in its refusals. */
  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.ofEntries(
          Map.entry("item.code", "kode"),
          Map.entry("item.title", "judul"),
          Map.entry("item.producer", "produsen"),
          Map.entry("agency.code", "produsen"),
          Map.entry("item.periodicity", "periodisitas"),
          Map.entry("item.disaggregation", "tingkat"),
          Map.entry("structure.regionVariable", "variabel_wilayah"),
          Map.entry("structure.periodVariable", "variabel_periode"),
          Map.entry("variable.name", "nama"),
          Map.entry("variable.type", "tipe"),
          Map.entry("variable.codeList", "daftar_kode"),
          Map.entry("variable.range", "min"));

  /** A cell that is not what its column needs: the column and the batch text saying why. */
  private static final class BadCell extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String column;
    final String key;
    final transient Object[] args;

    BadCell(String column, String key, Object... args) {
      super(column + ": " + key, null);
      this.column = column;
      this.key = key;
      this.args = args;
    }
  }

  private DataListWorkbook() {}

  /** Reads the workbook for the data list of {@code year}. */
  public static Result read(Path file, int year) {
    List<DataListProblem> problems = new ArrayList<>();
    Map<String, List<Variable>> variables = new HashMap<>();
    readVariables(file, variables, problems);
    List<Item> items = new ArrayList<>();
    try (TableSource s = open(file, "Butir", ITEM_COLUMNS)) {
      Map<String, Long> seen = new HashMap<>();
      while (s.hasNext()) {
        Map<String, String> r = row(s.header(), s.next());
        long line = s.rowNumber();
        if (r.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        try {
          DataItemId id = new DataItemId(year, r.get("kode"));
          Long earlier = seen.putIfAbsent(id.code(), line);
          if (earlier != null) {
            problems.add(
                DataListProblem.text("Butir", line, "kode", "datalist.duplicateCode", earlier));
            continue;
          }
          items.add(
              new Item(line, id, definition(r, variables.getOrDefault(id.code(), List.of()))));
        } catch (RuleViolation | BadCell e) {
          problems.add(problem("Butir", line, e));
        }
      }
    } catch (ReadException e) {
      problems.add(DataListProblem.read("Butir", e));
    }
    return new Result(problems.isEmpty() ? items : List.of(), problems);
  }

  private static void readVariables(
      Path file, Map<String, List<Variable>> out, List<DataListProblem> problems) {
    try (TableSource s = open(file, "Variabel", VARIABLE_COLUMNS)) {
      while (s.hasNext()) {
        Map<String, String> r = row(s.header(), s.next());
        if (r.values().stream().allMatch(String::isBlank)) {
          continue;
        }
        try {
          boolean key = yes(r.get("kunci"));
          out.computeIfAbsent(r.get("kode_butir").strip(), k -> new ArrayList<>())
              .add(
                  new Variable(
                      r.get("nama"),
                      r.get("label"),
                      parse(VariableType.class, r.get("tipe"), "tipe"),
                      r.get("satuan"),
                      key || yes(r.get("wajib")),
                      key,
                      number(r.get("min"), "min"),
                      number(r.get("max"), "max"),
                      Optional.ofNullable(blankToNull(r.get("daftar_kode")))));
        } catch (RuleViolation | BadCell e) {
          problems.add(problem("Variabel", s.rowNumber(), e));
        }
      }
    } catch (ReadException e) {
      problems.add(DataListProblem.read("Variabel", e));
    }
  }

  private static ItemDefinition definition(Map<String, String> r, List<Variable> vars) {
    if (vars.isEmpty()) {
      throw new BadCell("kode", "datalist.noVariables");
    }
    TableStructure structure =
        new TableStructure(
            vars,
            Optional.ofNullable(blankToNull(r.get("variabel_wilayah"))),
            Optional.ofNullable(blankToNull(r.get("variabel_periode"))));
    return new ItemDefinition(
        r.get("judul"),
        r.get("deskripsi"),
        r.get("topik"),
        AgencyCode.of(r.get("produsen")),
        new DataStandard(
            r.get("konsep"),
            r.get("definisi"),
            r.get("klasifikasi"),
            r.get("ukuran"),
            r.get("satuan")),
        periodicity(r.get("periodisitas")),
        level(r.get("tingkat")),
        yes(r.get("prioritas")),
        new StatisticalMetadata(
            new ActivityMetadata(
                r.get("judul_kegiatan"),
                r.get("tujuan"),
                "sektoral",
                r.get("cara_pengumpulan"),
                r.get("topik"),
                r.get("periodisitas"),
                "",
                r.get("produsen"),
                ""),
            List.of(),
            List.of()),
        structure);
  }

  private static Periodicity periodicity(String v) {
    String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "tahunan", "annual" -> Periodicity.ANNUAL;
      case "triwulanan", "quarterly" -> Periodicity.QUARTERLY;
      case "bulanan", "monthly" -> Periodicity.MONTHLY;
      default -> throw new BadCell("periodisitas", "datalist.periodicity", v);
    };
  }

  private static RegionLevel level(String v) {
    String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    return switch (s) {
      case "provinsi", "province" -> RegionLevel.PROVINCE;
      case "kabupaten_kota", "kabupaten/kota", "regency_city" -> RegionLevel.REGENCY_CITY;
      case "kecamatan", "district" -> RegionLevel.DISTRICT;
      case "desa", "desa_kelurahan", "village" -> RegionLevel.VILLAGE;
      default -> throw new BadCell("tingkat", "datalist.level", v);
    };
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String v, String column) {
    try {
      return Enum.valueOf(type, v == null ? "" : v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadCell(
          column, "datalist.unknownValue", v, java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static Optional<BigDecimal> number(String v, String column) {
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(v.strip().replace(',', '.')));
    } catch (NumberFormatException e) {
      throw new BadCell(column, "datalist.notNumber", v);
    }
  }

  private static boolean yes(String v) {
    return v != null
        && List.of("ya", "y", "yes", "true", "1").contains(v.strip().toLowerCase(Locale.ROOT));
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static TableSource open(Path file, String sheet, List<String> header) {
    return TableReaders.open(
        file, ReadOptions.defaults().withSheetName(sheet).withExpectedHeader(header));
  }

  private static Map<String, String> row(List<String> header, String[] cells) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(
          header.get(i).strip().toLowerCase(Locale.ROOT),
          i < cells.length && cells[i] != null ? cells[i] : "");
    }
    return m;
  }

  private static DataListProblem problem(String sheet, long row, RuntimeException e) {
    if (e instanceof BadCell b) {
      return DataListProblem.text(sheet, row, b.column, b.key, b.args);
    }
    RuleViolation v = (RuleViolation) e;
    return DataListProblem.rule(sheet, row, column(v), v);
  }

  /** The workbook column of the field a refusal names, else the field itself. */
  static String column(RuleViolation v) {
    if (!v.rule().namesField() || v.args().isEmpty()) {
      return "";
    }
    String field = String.valueOf(v.args().get(0));
    int detail = field.indexOf(" (");
    String key = detail > 0 ? field.substring(0, detail) : field;
    return COLUMN_OF_FIELD.getOrDefault(key, field);
  }
}
