import co.gestionabierta.testsupport.FacesClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures question submission by signed-in citizens: each worker opens the live session's question page
 * as a generated citizen and sends the form, which redirects to the session page. The timed part is the
 * post with its redirect.
 * <p>
 * A citizen may send 10 questions an hour, so a run needs many signed-in citizens. They sign in before
 * the measured seconds start: signing in derives a PBKDF2 key of 600,000 iterations, about half a second
 * of one core, and signing in during the window would measure that instead of submission. The number
 * signed in ahead is three times what the previous concurrency's throughput needs (50 per second at
 * first), because throughput grows with connections. A worker that still runs out signs in within the window, and the line on
 * standard error counts those sign-ins.
 *
 * Usage: java SubmitLoad <session-id> <citizen-password> <generated citizens> <seconds> <connections...>
 * Prints one line per concurrency: connections, requests per second, p50 ms, p99 ms, errors.
 */
public final class SubmitLoad {

    private static final int QUESTIONS_PER_CITIZEN = 10;

    /**
     * The next generated citizen to sign in as. Each run starts at a different one, from the clock, so it
     * does not sign in as citizens who used up their hourly questions in the run before. Runs minutes apart
     * within the hour can set the first one with -Dbench.firstCitizen=N.
     */
    private static final AtomicInteger NEXT_CITIZEN = new AtomicInteger(Integer.getInteger("bench.firstCitizen",
            (int) (System.currentTimeMillis() / 1000 % 100_000)));
    private static int citizens;
    private static String password;

    /** A signed-in citizen and how many questions they sent. */
    private static final class Citizen {
        final FacesClient client;
        int sent;

        Citizen(FacesClient client) {
            this.client = client;
        }
    }

    /** Citizens signed in and not used up, kept from one concurrency to the next. */
    private static final ConcurrentLinkedQueue<Citizen> READY = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        long sessionId = Long.parseLong(args[0]);
        password = args[1];
        citizens = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        double previousRate = 50;
        for (int i = 4; i < args.length; i++) {
            int connections = Integer.parseInt(args[i]);
            int needed = (int) Math.ceil(previousRate * 3 * seconds / QUESTIONS_PER_CITIZEN) + connections;
            signInAhead(needed - READY.size());
            previousRate = run(sessionId, seconds, connections);
        }
    }

    /** Signs in the given number of citizens, four at a time, and queues them. */
    private static void signInAhead(int count) throws Exception {
        if (count <= 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Citizen>> signedIn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            signedIn.add(pool.submit(SubmitLoad::signIn));
        }
        for (var future : signedIn) {
            READY.add(future.get());
        }
        pool.shutdown();
    }

    private static Citizen signIn() throws Exception {
        FacesClient client = new FacesClient();
        client.login("volumen-" + NEXT_CITIZEN.getAndIncrement() % citizens + "@gestionabierta.invalid", password);
        return new Citizen(client);
    }

    /** Runs one concurrency and returns its questions per second. */
    private static double run(long sessionId, int seconds, int connections) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger lateSignIns = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        CyclicBarrier ready = new CyclicBarrier(connections);
        AtomicLong deadline = new AtomicLong();
        for (int w = 0; w < connections; w++) {
            pool.submit(() -> {
                try {
                    Citizen citizen = READY.poll();
                    if (ready.await() == 0) {
                        deadline.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
                        System.err.printf("submit at %d connections: measuring%n", connections);
                    }
                    while (deadline.get() == 0) {
                        Thread.onSpinWait();
                    }
                    while (System.nanoTime() < deadline.get()) {
                        if (citizen == null || citizen.sent >= QUESTIONS_PER_CITIZEN) {
                            citizen = READY.poll();
                            if (citizen == null) {
                                lateSignIns.incrementAndGet();
                                citizen = signIn();
                            }
                        }
                        Document page = Jsoup.parse(citizen.client.get("account/ask.xhtml?session=" + sessionId).body());
                        Map<String, String> values = new LinkedHashMap<>();
                        values.put("ask:text", "¿Cuándo se terminará la obra anunciada para el barrio? Pregunta de carga "
                                + System.nanoTime());
                        values.put("ask:consent", "on");
                        long start = System.nanoTime();
                        HttpResponse<String> response = citizen.client.submit(page, "ask", values, "ask:submit");
                        long took = System.nanoTime() - start;
                        citizen.sent++;
                        if (response.body().contains("Ha enviado muchas preguntas en la última hora")) {
                            // This citizen asked 10 questions within the hour in an earlier run: take the next one.
                            citizen.sent = QUESTIONS_PER_CITIZEN;
                        } else if (response.statusCode() != 200 || !response.body().contains("quedó recibida")) {
                            errors.incrementAndGet();
                        } else {
                            latencies.add(took);
                        }
                    }
                    if (citizen != null && citizen.sent < QUESTIONS_PER_CITIZEN) {
                        READY.add(citizen);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double perSecond = sorted.size() / (double) seconds;
        System.out.printf("submit\t%d\t%.1f\t%.1f\t%.1f\t%d%n", connections, perSecond, percentile(sorted, 50),
                percentile(sorted, 99), errors.get());
        System.err.printf("submit at %d connections: %d sign-ins within the measured seconds%n", connections,
                lateSignIns.get());
        return perSecond;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
