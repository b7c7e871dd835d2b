package co.gestionabierta.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Builds test deployments from the real application WAR that the package phase produced. */
public final class Deployments {

    private Deployments() {
    }

    /** Builds the application exactly as it ships. */
    public static WebArchive application() {
        File war = new File(System.getProperty("ga.build.dir"), "gestion-abierta.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** Builds the application plus the given test packages, for tests that run inside the server. */
    public static WebArchive applicationWith(Package... testPackages) {
        WebArchive archive = application().addPackage(Deployments.class.getPackage());
        for (Package testPackage : testPackages) {
            archive.addPackage(testPackage);
        }
        return archive;
    }
}
