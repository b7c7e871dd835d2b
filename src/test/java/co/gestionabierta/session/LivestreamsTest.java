package co.gestionabierta.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LivestreamsTest {

    private static final String EMBED = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ";

    @Test
    void youtubeAddressesEmbedWithoutCookies() {
        assertEquals(EMBED, Livestreams.embedUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30"));
        assertEquals(EMBED, Livestreams.embedUrl("https://youtu.be/dQw4w9WgXcQ"));
        assertEquals(EMBED, Livestreams.embedUrl("https://www.youtube.com/live/dQw4w9WgXcQ"));
        assertEquals(EMBED, Livestreams.embedUrl(" https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ "));
    }

    @Test
    void otherAddressesAreNotEmbedded() {
        assertNull(Livestreams.embedUrl("https://www.facebook.com/AlcaldiadeCartagena/live"));
        assertNull(Livestreams.embedUrl("http://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        assertNull(Livestreams.embedUrl("https://www.youtube.com/watch?v=bad\"id"));
        assertNull(Livestreams.embedUrl(null));
    }

    @Test
    void onlyHttpsAddressesAreAccepted() {
        assertTrue(Livestreams.isAcceptable("https://www.facebook.com/AlcaldiadeCartagena/live"));
        assertFalse(Livestreams.isAcceptable("http://example.org/video"));
        assertFalse(Livestreams.isAcceptable("javascript:alert(1)"));
        assertFalse(Livestreams.isAcceptable("https://"));
    }
}
