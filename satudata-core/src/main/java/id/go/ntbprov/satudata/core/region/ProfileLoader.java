package id.go.ntbprov.satudata.core.region;

import id.go.ntbprov.satudata.core.actor.Agency;
import id.go.ntbprov.satudata.core.actor.AgencyCode;
import id.go.ntbprov.satudata.core.actor.Role;
import id.go.ntbprov.satudata.core.reference.CodeList;
import id.go.ntbprov.satudata.core.sop.SopStep;
import id.go.ntbprov.satudata.core.sop.StepAssignment;
import id.go.ntbprov.satudata.core.timestandard.TimeStandard;
import id.go.ntbprov.satudata.core.timestandard.TimeStandards;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a {@link RegionProfile} from a {@link ProfileSource}; see the package documentation. */
final class ProfileLoader {

  static final String PROPERTIES = "profile.properties";
  static final String AGENCIES = "agencies.csv";
  static final String STEPS = "steps.csv";
  static final String TIME_STANDARDS = "time-standards.csv";

  /** Value of {@code mulai_setelah} for a clock that starts at the close of the period. */
  static final String PERIOD_END = "AKHIR_PERIODE";

  private static final List<String> PROPERTY_KEYS = List.of("code", "name", "zone");
  private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9_.-]+");

  private ProfileLoader() {}

  /** Reads and checks every file of the profile. */
  static RegionProfile load(ProfileSource source) {
    String propertiesText = source.read(PROPERTIES);
    Properties props = properties(propertiesText);
    String code = props.getProperty("code");
    String name = props.getProperty("name");
    ZoneId zone = zone(props.getProperty("zone"), propertiesText);
    List<Agency> agencies = agencies(source.read(AGENCIES));
    StepAssignment steps = steps(source.read(STEPS));
    TimeStandards times = timeStandards(source.read(TIME_STANDARDS));
    List<CodeList> codeLists = CodeListLoader.load(source);
    CodeList regions =
        codeLists.stream().filter(l -> l.id().equals(CodeList.REGION)).findFirst().orElseThrow();
    if (!regions.contains(code)) {
      throw ProfileTable.refuse(CodeListLoader.path(CodeList.REGION), 0, "missing code " + code);
    }
    return new RegionProfile(code, name, zone, agencies, codeLists, steps, times);
  }

  /** {@code profile.properties}: keys code, name and zone, all required, no other key. */
  static Properties properties(String text) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(stripBom(text)));
    } catch (IOException | IllegalArgumentException e) {
      throw ProfileTable.refuse(PROPERTIES, 0, "malformed");
    }
    for (String key : props.stringPropertyNames()) {
      if (!PROPERTY_KEYS.contains(key)) {
        throw ProfileTable.refuse(PROPERTIES, lineOf(text, key), "unknown key " + key);
      }
    }
    for (String key : PROPERTY_KEYS) {
      String value = props.getProperty(key, "").strip();
      if (value.isEmpty()) {
        throw ProfileTable.refuse(PROPERTIES, lineOf(text, key), "missing " + key);
      }
      props.setProperty(key, value);
    }
    return props;
  }

  private static ZoneId zone(String value, String text) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw ProfileTable.refuse(PROPERTIES, lineOf(text, "zone"), "unknown zone " + value);
    }
  }

  /** {@code agencies.csv}: kode, nama, optional kepala; codes unique. */
  static List<Agency> agencies(String text) {
    ProfileTable table =
        ProfileTable.read(AGENCIES, text, List.of("kode", "nama"), List.of("kepala"));
    List<Agency> agencies = new ArrayList<>();
    Set<AgencyCode> seen = new HashSet<>();
    for (ProfileTable.Row row : table.rows()) {
      String code = row.required("kode");
      if (!AGENCY_CODE.matcher(code).matches()) {
        throw row.refuse("bad agency code " + code);
      }
      Agency agency = Agency.of(code, row.required("nama"), row.get("kepala"));
      if (!seen.add(agency.code())) {
        throw row.refuse("duplicate agency " + agency.code());
      }
      agencies.add(agency);
    }
    if (agencies.isEmpty()) {
      throw ProfileTable.refuse(AGENCIES, 0, "no agencies");
    }
    return agencies;
  }

  /** {@code steps.csv}: langkah, peran (roles separated by {@code |}); absent steps: nobody. */
  static StepAssignment steps(String text) {
    ProfileTable table = ProfileTable.read(STEPS, text, List.of("langkah", "peran"), List.of());
    Map<SopStep, Set<Role>> map = new EnumMap<>(SopStep.class);
    for (ProfileTable.Row row : table.rows()) {
      SopStep step = step(row, row.required("langkah"));
      if (map.containsKey(step)) {
        throw row.refuse("duplicate step " + step);
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      String value = row.get("peran");
      if (!value.isEmpty()) {
        for (String part : value.split("\\|", -1)) {
          roles.add(role(row, part.strip()));
        }
      }
      map.put(step, roles);
    }
    return StepAssignment.of(map);
  }

  /** {@code time-standards.csv}: langkah, mulai_setelah, batas_waktu; one row per step. */
  static TimeStandards timeStandards(String text) {
    ProfileTable table =
        ProfileTable.read(
            TIME_STANDARDS, text, List.of("langkah", "mulai_setelah", "batas_waktu"), List.of());
    Map<SopStep, TimeStandard> map = new EnumMap<>(SopStep.class);
    for (ProfileTable.Row row : table.rows()) {
      SopStep step = step(row, row.required("langkah"));
      if (map.containsKey(step)) {
        throw row.refuse("duplicate step " + step);
      }
      String start = row.required("mulai_setelah");
      Optional<SopStep> after =
          start.equalsIgnoreCase(PERIOD_END) ? Optional.empty() : Optional.of(step(row, start));
      if (after.filter(step::equals).isPresent()) {
        throw row.refuse("starts after itself " + step);
      }
      map.put(step, new TimeStandard(step, after, duration(row, row.required("batas_waktu"))));
    }
    return TimeStandards.of(map.values());
  }

  private static Duration duration(ProfileTable.Row row, String value) {
    Duration d;
    try {
      d = Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw row.refuse("bad duration " + value);
    }
    if (d.isZero() || d.isNegative()) {
      throw row.refuse("bad duration " + value);
    }
    return d;
  }

  private static SopStep step(ProfileTable.Row row, String value) {
    try {
      return SopStep.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.refuse("unknown step " + value);
    }
  }

  private static Role role(ProfileTable.Row row, String value) {
    if (value.isEmpty()) {
      throw row.refuse("empty role");
    }
    try {
      return Role.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.refuse("unknown role " + value);
    }
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The 1-based line on which a properties file sets {@code key}, or 0 when it does not. */
  private static int lineOf(String text, String key) {
    Pattern setting = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*([=:\\s].*)?");
    String[] lines = stripBom(text).split("\\r\\n|\\n|\\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (setting.matcher(lines[i]).matches()) {
        return i + 1;
      }
    }
    return 0;
  }
}
