package co.gestionabierta.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a livestream address into one the session page can embed without tracking cookies. Only
 * YouTube has such a player (youtube-nocookie.com); other addresses are shown as a link.
 */
public final class Livestreams {

    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

    private Livestreams() {
    }

    public static String embedUrl(String address) {
        if (address == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String videoId = null;
        if (host.equals("youtu.be")) {
            videoId = path.replaceFirst("^/", "");
        } else if (host.equals("www.youtube.com") || host.equals("youtube.com") || host.equals("m.youtube.com")) {
            if (path.equals("/watch") && uri.getQuery() != null) {
                Matcher matcher = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                videoId = matcher.find() ? matcher.group(1) : null;
            } else if (path.startsWith("/live/") || path.startsWith("/embed/")) {
                videoId = path.substring(path.indexOf('/', 1) + 1);
            }
        }
        return videoId != null && VIDEO_ID.matcher(videoId).matches()
                ? "https://www.youtube-nocookie.com/embed/" + videoId : null;
    }

    /** Whether an address may be stored: an https address. */
    public static boolean isAcceptable(String address) {
        try {
            URI uri = new URI(address.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
