package co.gestionabierta.devserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Applies the CLI scripts in wildfly-config/ to the unpacked WildFly with an embedded (offline)
 * server, the same scripts a production install runs online. A marker with the scripts' digest
 * makes a second run a no-op; when a script changes, the pristine configuration is restored first.
 */
final class WildFlyConfigurator {

    private static final Logger LOG = Logger.getLogger(WildFlyConfigurator.class.getName());

    private final Path jbossHome;
    private final Path scriptsDir;
    private final Path driverJar;

    WildFlyConfigurator(Path jbossHome, Path scriptsDir, Path driverJar) {
        this.jbossHome = jbossHome;
        this.scriptsDir = scriptsDir;
        this.driverJar = driverJar;
    }

    void configure() throws IOException, InterruptedException {
        List<Path> scripts = scripts();
        String digest = digest(scripts);
        Path marker = jbossHome.resolve("standalone/configuration/gestionabierta.applied");
        if (Files.exists(marker) && Files.readString(marker).equals(digest)) {
            return;
        }
        restorePristineConfiguration();

        Path combined = Files.createTempFile("gestionabierta-wildfly", ".cli");
        List<String> lines = new ArrayList<>();
        lines.add("embed-server --std-out=discard --server-config=standalone.xml");
        for (Path script : scripts) {
            lines.addAll(Files.readAllLines(script, StandardCharsets.UTF_8));
        }
        lines.add("stop-embedded-server");
        Files.write(combined, lines, StandardCharsets.UTF_8);

        Path cliLog = jbossHome.resolve("standalone/log/configure-cli.log");
        Files.createDirectories(cliLog.getParent());
        Process cli = new ProcessBuilder(jbossHome.resolve("bin/jboss-cli.sh").toString(),
                "--file=" + combined, "-Dga.mariadb.driver.jar=" + driverJar.toAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(cliLog.toFile())
                .start();
        if (!cli.waitFor(5, TimeUnit.MINUTES) || cli.exitValue() != 0) {
            throw new IllegalStateException("The WildFly configuration scripts failed; see " + cliLog);
        }
        Files.delete(combined);
        Files.writeString(marker, digest);
        LOG.info(() -> "Configured WildFly in " + jbossHome + " with " + scripts.size() + " scripts");
    }

    private List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(scriptsDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".cli")).sorted().toList();
        }
    }

    private void restorePristineConfiguration() throws IOException {
        Path configuration = jbossHome.resolve("standalone/configuration/standalone.xml");
        Path pristine = jbossHome.resolve("standalone/configuration/standalone.xml.pristine");
        if (Files.exists(pristine)) {
            Files.copy(pristine, configuration, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.copy(configuration, pristine);
        }
        Path module = jbossHome.resolve("modules/org/mariadb");
        if (Files.exists(module)) {
            try (Stream<Path> files = Files.walk(module)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private String digest(List<Path> scripts) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path script : scripts) {
                sha.update(Files.readAllBytes(script));
            }
            sha.update(driverJar.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
