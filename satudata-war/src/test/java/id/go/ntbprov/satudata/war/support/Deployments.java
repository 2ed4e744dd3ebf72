package id.go.ntbprov.satudata.war.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments of the Arquillian tests. */
public final class Deployments {

  private Deployments() {}

  /** The WAR that {@code mvn package} built, deployed as it is. */
  public static WebArchive builtWar() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/satudata.war"));
  }
}
