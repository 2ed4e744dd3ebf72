package id.go.ntbprov.satudata.core.region;

import id.go.ntbprov.satudata.core.reference.Code;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.reference.RegionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code codelists/} folder of a profile: the lists named by {@code codelists/index.csv}
 * when it exists; otherwise every {@code .csv} file of the folder (directories), or {@code
 * wilayah.csv} alone (class path, which cannot list a folder). The region list {@code wilayah} is
 * required.
 */
final class CodeListLoader {

  static final String FOLDER = "codelists";
  static final String INDEX = FOLDER + "/index.csv";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private CodeListLoader() {}

  /** The file of the list {@code id}, relative to the profile. */
  static String path(String id) {
    return FOLDER + "/" + id + ".csv";
  }

  /** Every code list of the profile, the region list included. */
  static List<CodeList> load(ProfileSource source) {
    Map<String, String> names = listed(source);
    if (!names.containsKey(CodeList.REGION)) {
      throw ProfileTable.refuse(path(CodeList.REGION), 0, "missing file");
    }
    List<CodeList> lists = new ArrayList<>();
    for (Map.Entry<String, String> e : names.entrySet()) {
      lists.add(codeList(e.getKey(), e.getValue(), source.read(path(e.getKey()))));
    }
    return lists;
  }

  /** Ids and display names of the lists to load, in order. */
  private static Map<String, String> listed(ProfileSource source) {
    Map<String, String> names = new LinkedHashMap<>();
    Optional<String> index = source.readIfPresent(INDEX);
    if (index.isPresent()) {
      ProfileTable table = ProfileTable.read(INDEX, index.get(), List.of("id"), List.of("nama"));
      for (ProfileTable.Row row : table.rows()) {
        String id = row.required("id");
        if (!ID.matcher(id).matches()) {
          throw row.refuse("bad list id " + id);
        }
        if (names.containsKey(id)) {
          throw row.refuse("duplicate list " + id);
        }
        String name = row.get("nama");
        names.put(id, name.isEmpty() ? id : name);
      }
      return names;
    }
    Optional<List<String>> files = source.csvFiles(FOLDER);
    if (files.isEmpty()) {
      names.put(CodeList.REGION, CodeList.REGION);
      return names;
    }
    for (String file : files.get()) {
      String id = file.substring(0, file.length() - ".csv".length());
      if (!ID.matcher(id).matches()) {
        throw ProfileTable.refuse(FOLDER + "/" + file, 0, "bad list id " + id);
      }
      names.put(id, id);
    }
    return names;
  }

  /**
   * One list: kode, nama, optional kode_alternatif (aliases separated by {@code |}) and jenis.
   * Codes and aliases must be unambiguous; in the region list every jenis must name a {@link
   * RegionLevel}.
   */
  static CodeList codeList(String id, String name, String text) {
    String file = path(id);
    ProfileTable table =
        ProfileTable.read(file, text, List.of("kode", "nama"), List.of("kode_alternatif", "jenis"));
    boolean regions = CodeList.REGION.equals(id);
    Map<String, String> owners = new HashMap<>();
    List<Code> codes = new ArrayList<>();
    for (ProfileTable.Row row : table.rows()) {
      String code = row.required("kode");
      claim(owners, row, code, code);
      Set<String> aliases = new LinkedHashSet<>();
      String alternatives = row.get("kode_alternatif");
      if (!alternatives.isEmpty()) {
        for (String part : alternatives.split("\\|", -1)) {
          String alias = part.strip();
          if (alias.isEmpty()) {
            throw row.refuse("empty alias");
          }
          if (!alias.equals(code) && aliases.add(alias)) {
            claim(owners, row, alias, code);
          }
        }
      }
      String kind = row.get("jenis");
      if (regions && RegionLevel.fromJenis(kind).isEmpty()) {
        throw row.refuse("unknown region kind " + kind);
      }
      codes.add(new Code(code, row.required("nama"), kind, aliases));
    }
    if (codes.isEmpty()) {
      throw ProfileTable.refuse(file, 0, "no codes");
    }
    return new CodeList(id, name, codes, 0);
  }

  /** Records that {@code value} stands for {@code code}; refuses a value already taken. */
  private static void claim(
      Map<String, String> owners, ProfileTable.Row row, String value, String code) {
    String owner = owners.putIfAbsent(value, code);
    if (owner != null) {
      throw row.refuse("duplicate code " + value);
    }
  }
}
