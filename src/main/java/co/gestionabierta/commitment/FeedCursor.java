package co.gestionabierta.commitment;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Position where a page of the feed ends: the change time and id of its last row. The next page starts strictly
 * after it, so paging reads an index range instead of counting skipped rows, and a change made while
 * someone pages never shows a row twice. Written as "microseconds since the epoch.id".
 */
public record FeedCursor(Instant at, long id) {

    private static final Pattern FORM = Pattern.compile("(-?[0-9]{1,17})\\.([0-9]{1,18})");

    public String encode() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
        return micros + "." + id;
    }

    /** Reads a cursor; anything else, including an empty text, is no cursor. */
    public static Optional<FeedCursor> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long micros = Long.parseLong(matcher.group(1));
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        return Optional.of(new FeedCursor(at, Long.parseLong(matcher.group(2))));
    }
}
