import co.gestionabierta.testsupport.FacesClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures what one question submission costs the machine: the processor time WildFly and MariaDB spend
 * on each step, read from /proc before and after each request while nothing else runs. Two cores divided
 * by the total gives the most submissions per second this machine can serve, whatever the concurrency.
 * <p>
 * The steps are the three requests of the flow: the question page, the post with its redirect to the
 * session page (the timed part of SubmitLoad), and the session page alone as the citizen then reads it.
 * The first citizen's questions warm up and are not counted; the others sign in before their questions. A
 * citizen who already asked 10 questions within the hour is skipped for the next one.
 *
 * Usage: java SubmitCost <session-id> <citizen-password> <first citizen> <citizens> <wildfly pid> <mariadb pid>
 * Prints one line per step: step, WildFly ms, MariaDB ms (means over the counted questions).
 */
public final class SubmitCost {

    /** Linux counts process time in ticks of 10 ms (USER_HZ 100). */
    private static final long MS_PER_TICK = 10;

    public static void main(String[] args) throws Exception {
        long sessionId = Long.parseLong(args[0]);
        String password = args[1];
        int first = Integer.parseInt(args[2]);
        int citizens = Integer.parseInt(args[3]);
        String wildfly = args[4];
        String mariadb = args[5];

        long[] server = new long[3];
        long[] database = new long[3];
        int counted = 0;
        int next = first;
        for (int c = 0; c < citizens; c++) {
            FacesClient citizen = new FacesClient();
            citizen.login("volumen-" + next++ + "@gestionabierta.invalid", password);
            for (int q = 0; q < 10; q++) {
                long[] start = {cpu(wildfly), cpu(mariadb)};
                Document page = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
                long[] afterPage = {cpu(wildfly), cpu(mariadb)};
                Map<String, String> values = new LinkedHashMap<>();
                values.put("ask:text", "¿Cuándo se terminará la obra anunciada para el barrio? Pregunta de medida "
                        + System.nanoTime());
                values.put("ask:consent", "on");
                HttpResponse<String> sent = citizen.submit(page, "ask", values, "ask:submit");
                long[] afterPost = {cpu(wildfly), cpu(mariadb)};
                citizen.get("session.xhtml?id=" + sessionId);
                long[] afterRead = {cpu(wildfly), cpu(mariadb)};
                if (sent.body().contains("Ha enviado muchas preguntas en la última hora")) {
                    c--;
                    break;
                }
                if (!sent.body().contains("quedó recibida")) {
                    throw new IllegalStateException("Submitting a question failed: HTTP status " + sent.statusCode()
                            + " without the thanks; see the server log in bench/results/");
                }
                if (c == 0) {
                    continue;
                }
                counted++;
                server[0] += afterPage[0] - start[0];
                server[1] += afterPost[0] - afterPage[0];
                server[2] += afterRead[0] - afterPost[0];
                database[0] += afterPage[1] - start[1];
                database[1] += afterPost[1] - afterPage[1];
                database[2] += afterRead[1] - afterPost[1];
            }
        }

        String[] steps = {"question page", "post and redirect", "session page"};
        for (int i = 0; i < steps.length; i++) {
            System.out.printf("%s\t%.1f\t%.1f%n", steps[i], server[i] * MS_PER_TICK / (double) counted,
                    database[i] * MS_PER_TICK / (double) counted);
        }
    }

    /** Returns the user and system time of a process so far, in ticks. */
    private static long cpu(String pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
