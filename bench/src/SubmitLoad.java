import co.gestionabierta.testsupport.FacesClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures question submission by signed-in citizens: each worker signs in as its own generated citizen,
 * opens the live session's question page and sends the form, which redirects to the session page. The
 * timed part is the post with its redirect. A citizen may send 10 questions an hour, so a worker signs
 * in as the next citizen after 10; sign-in time is not counted in the latency, but it is spent within
 * the measured seconds.
 *
 * Usage: java SubmitLoad <session-id> <citizen-password> <generated citizens> <seconds> <connections...>
 * Prints one line per concurrency: connections, requests per second, p50 ms, p99 ms, errors.
 */
public final class SubmitLoad {

    /**
     * The next generated citizen to sign in as. Each run starts at a different one, from the clock, so it
     * does not spend its time signing in as citizens who used up their hourly questions in the run before.
     */
    private static final AtomicInteger NEXT_CITIZEN = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 100_000));
    private static int citizens;

    public static void main(String[] args) throws Exception {
        long sessionId = Long.parseLong(args[0]);
        String password = args[1];
        citizens = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        for (int i = 4; i < args.length; i++) {
            run(sessionId, password, seconds, Integer.parseInt(args[i]));
        }
    }

    private static void run(long sessionId, String password, int seconds, int connections) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long[] window = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(connections);
        java.util.concurrent.atomic.AtomicLong deadline = new java.util.concurrent.atomic.AtomicLong();
        for (int w = 0; w < connections; w++) {
            pool.submit(() -> {
                try {
                    FacesClient citizen = new FacesClient();
                    citizen.login(nextCitizen(), password);
                    int sent = 0;
                    // Every worker signs in first; the timed window starts when all have.
                    if (ready.await() == 0) {
                        deadline.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
                    }
                    while (deadline.get() == 0) {
                        Thread.onSpinWait();
                    }
                    while (System.nanoTime() < deadline.get()) {
                        if (sent == 10) {
                            citizen = new FacesClient();
                            citizen.login(nextCitizen(), password);
                            sent = 0;
                        }
                        Document page = Jsoup.parse(citizen.get("account/ask.xhtml?session=" + sessionId).body());
                        Map<String, String> values = new LinkedHashMap<>();
                        values.put("ask:text", "¿Cuándo se terminará la obra anunciada para el barrio? Pregunta de carga "
                                + System.nanoTime());
                        values.put("ask:consent", "on");
                        long start = System.nanoTime();
                        HttpResponse<String> response = citizen.submit(page, "ask", values, "ask:submit");
                        long took = System.nanoTime() - start;
                        sent++;
                        if (response.body().contains("Ha enviado muchas preguntas en la última hora")) {
                            // This citizen asked 10 questions within the hour in an earlier run: take the next one.
                            sent = 10;
                        } else if (response.statusCode() != 200 || !response.body().contains("quedó recibida")) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(took);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        window[0] = seconds;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double perSecond = sorted.size() / (double) window[0];
        System.out.printf("submit\t%d\t%.1f\t%.1f\t%.1f\t%d%n", connections, perSecond, percentile(sorted, 50),
                percentile(sorted, 99), errors.get());
    }

    private static String nextCitizen() {
        return "volumen-" + NEXT_CITIZEN.getAndIncrement() % citizens + "@gestionabierta.invalid";
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
