import co.gestionabierta.testsupport.FacesClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the live fan-out: opens the live page's web socket the given number of times, as that many
 * open live pages would, then has the moderator show the next agenda item and times how long until the
 * last socket receives the change. Repeats the change a few times and prints each time.
 *
 * Usage: java FanOut <session-id> <moderator-password> <connections> <rounds>
 */
public final class FanOut {

    public static void main(String[] args) throws Exception {
        long sessionId = Long.parseLong(args[0]);
        int connections = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        String live = new FacesClient().get("live.xhtml?id=" + sessionId).body();
        if (!live.contains("/live-updates/")) {
            throw new IllegalStateException("The live page has no web socket address");
        }
        URI uri = URI.create("ws://127.0.0.1:8080/live-updates/" + sessionId);
        HttpClient http = HttpClient.newHttpClient();
        AtomicLong lastArrival = new AtomicLong();
        CountDownLatch[] round = new CountDownLatch[1];
        List<WebSocket> sockets = new ArrayList<>();
        long opening = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            sockets.add(http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    lastArrival.accumulateAndGet(System.nanoTime(), Math::max);
                    CountDownLatch latch = round[0];
                    if (latch != null) {
                        latch.countDown();
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS));
        }
        System.out.printf("opened %d sockets in %d ms%n", sockets.size(), (System.nanoTime() - opening) / 1_000_000);

        FacesClient moderator = new FacesClient();
        moderator.login("moderadora@gestionabierta.example", args[1]);
        for (int r = 0; r < rounds; r++) {
            Document console = Jsoup.parse(moderator.get("moderator/live.xhtml?id=" + sessionId).body());
            Element button = console.select("#console input[type=submit]").stream()
                    .filter(b -> b.attr("name").contains("show-item")).skip(r % 2).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No agenda item button in the console"));
            round[0] = new CountDownLatch(connections);
            lastArrival.set(0);
            long sent = System.nanoTime();
            moderator.submit(console, "console", Map.of(), button.attr("name"));
            long answered = System.nanoTime();
            boolean all = round[0].await(30, TimeUnit.SECONDS);
            System.out.printf("fanout\t%d\t%d\t%.1f\t%.1f%n", connections, r + 1, (answered - sent) / 1_000_000.0,
                    all ? (lastArrival.get() - sent) / 1_000_000.0 : Double.NaN);
            Thread.sleep(1_000);
        }
        sockets.forEach(s -> s.abort());
    }
}
