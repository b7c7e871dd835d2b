package co.gestionabierta.commitment;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedCursorTest {

    @Test
    void encodesMicrosecondsAndId() {
        FeedCursor cursor = new FeedCursor(Instant.parse("2026-12-04T15:30:00.123456Z"), 42);

        assertEquals("1796398200123456.42", cursor.encode());
        assertEquals(Optional.of(cursor), FeedCursor.decode("1796398200123456.42"));
    }

    @Test
    void instantsBeforeTheEpochRoundTrip() {
        FeedCursor cursor = new FeedCursor(Instant.parse("1969-12-31T23:59:59.999999Z"), 7);

        assertEquals("-1.7", cursor.encode());
        assertEquals(Optional.of(cursor), FeedCursor.decode(cursor.encode()));
    }

    @Test
    void anythingElseIsNoCursor() {
        for (String text : new String[]{null, "", "ayer", "12", "12.", ".5", "1.2.3", "1e5.4", "12.-4", "1 .4",
                "123456789012345678.1"}) {
            assertEquals(Optional.empty(), FeedCursor.decode(text), String.valueOf(text));
        }
    }

    @Test
    void filterWritesOnlyWhatIsSet() {
        assertEquals("", FeedFilter.none().toQuery());
        assertEquals("department=4&status=OVERDUE&origin=OGP",
                new FeedFilter(4L, FeedFilter.OVERDUE, null, CommitmentSource.OGP).toQuery());
    }
}
