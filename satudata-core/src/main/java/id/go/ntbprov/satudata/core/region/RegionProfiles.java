package id.go.ntbprov.satudata.core.region;

import id.go.ntbprov.satudata.core.rule.Rule;
import id.go.ntbprov.satudata.core.rule.RuleViolation;
import java.nio.file.Path;

/**
 * Loads {@link RegionProfile}s from their files: NTB's, shipped with the core, or any region's from
 * the class path or a directory. The file layout is described in the package documentation.
 *
 * <p>Every malformed or missing file is refused with a {@link RuleViolation} of {@link
 * Rule#PROFILE_INVALID}, whose arguments are the file (relative to the profile), the 1-based line
 * (0 for the file as a whole) and what is wrong.
 */
public final class RegionProfiles {

  /** Class-path folder of the profile of the Province of Nusa Tenggara Barat. */
  public static final String NTB_RESOURCE_PATH = "/id/go/ntbprov/satudata/core/region/ntb/";

  private static volatile RegionProfile ntb;

  private RegionProfiles() {}

  /**
   * The profile of the Province of Nusa Tenggara Barat shipped with the core (read once, then
   * shared: the profile is immutable).
   */
  public static RegionProfile ntb() {
    RegionProfile profile = ntb;
    if (profile == null) {
      profile = fromClasspath(NTB_RESOURCE_PATH);
      ntb = profile;
    }
    return profile;
  }

  /**
   * Loads the profile whose files are in a class-path folder.
   *
   * @param baseResourcePath the folder, e.g. {@code /id/go/ntbprov/satudata/core/region/ntb/}; the
   *     leading and trailing slashes are optional
   * @throws RuleViolation {@link Rule#PROFILE_INVALID} when a file is missing or malformed
   */
  public static RegionProfile fromClasspath(String baseResourcePath) {
    RuleViolation.requireText(baseResourcePath, "profile.resourcePath");
    return ProfileLoader.load(ProfileSource.classpath(baseResourcePath));
  }

  /**
   * Loads the profile whose files are in a directory.
   *
   * @param dir the directory holding {@code profile.properties} and the other files
   * @throws RuleViolation {@link Rule#PROFILE_INVALID} when a file is missing or malformed
   */
  public static RegionProfile fromDirectory(Path dir) {
    RuleViolation.requirePresent(dir, "profile.directory");
    return ProfileLoader.load(ProfileSource.directory(dir));
  }
}
