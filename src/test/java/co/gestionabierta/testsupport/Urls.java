package co.gestionabierta.testsupport;

/** Addresses of the tests' WildFly, which runs with the port offset set in the pom. */
public final class Urls {

    private Urls() {
    }

    public static String base() {
        int offset = Integer.parseInt(System.getProperty("ga.it.port.offset", "0"));
        return "http://127.0.0.1:" + (8080 + offset) + "/";
    }
}
