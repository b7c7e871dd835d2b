package co.gestionabierta.web;

import co.gestionabierta.account.CurrentUser;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.bootstrap.Settings;
import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Serves public pages, feeds and downloads from memory. A page is rendered once per content version:
 * database triggers increment the version whenever a table shown on public pages changes, so every
 * node renders again after any change. The stored copy is always the one an anonymous visitor gets,
 * and only responses that set no cookie and touch no HTTP session are stored, so nothing tied to a
 * person is ever shared. Each shared response carries an ETag, and a matching If-None-Match gets 304.
 * <p>
 * Readers with a session (signed in, or anonymous after a language switch) get stored pages where
 * everything that depends on the reader is a {@link ReaderPart}: the cache renders those parts for the
 * reader into the stored copy. Pages with Faces forms of the reader's own (a commitment, the survey, the
 * session list), English readers and pages with a Faces message carried over a redirect are rendered
 * for each request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageCache extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageCache.class);
    /** Public pages that are the same for every reader apart from the header. */
    private static final Set<String> SHARED_PAGES = Set.of("/", "/index.xhtml", "/session.xhtml", "/live.xhtml",
            "/commitments.xhtml", "/departments.xhtml", "/reports.xhtml", "/accountability.xhtml", "/search.xhtml", "/opendata.xhtml",
            "/privacy.xhtml", "/feeds/commitments.atom", "/feeds/commitments.json", "/session-report.xhtml",
            "/session-report.pdf", "/statistics.xhtml");
    /** Public pages that show a signed-in reader their own buttons or forms. */
    private static final Set<String> PERSONAL_PAGES = Set.of("/sessions.xhtml", "/commitment.xhtml", "/survey.xhtml");
    private static final Set<String> PREFIXES = Set.of("/opendata/", "/calendar/", "/statistics/");
    /** The cookie in which Faces carries messages over a redirect. */
    private static final String FLASH_COOKIE = "csfcfc";
    private static final int MAX_ENTRIES = 500;
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    /** How long a read content version is trusted (GA_PAGE_CACHE_CHECK_MS, 1,000 by default; 0 reads it every time). */
    private static final long CHECK_NANOS = Settings.get("GA_PAGE_CACHE_CHECK_MS").map(Long::parseLong).orElse(1_000L)
            * 1_000_000L;

    @Resource(lookup = "java:jboss/datasources/GestionAbiertaDS")
    private DataSource dataSource;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReaderParts readerParts;

    /** Makes requests for one stale page wait for a single rendering of it. */
    private final Object[] renderLocks = new Object[64];

    {
        Arrays.setAll(renderLocks, i -> new Object());
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private static volatile boolean changed;
    private volatile long version = -1;
    private volatile long versionReadAt;

    /**
     * Maximum age of a stored page, because some pages change with the clock alone: a question window
     * closes, a commitment falls due.
     */
    private static final long MAX_AGE_NANOS = 60L * 1_000_000_000L;

    /**
     * A stored response: its body, type, the headers that matter, the content version it shows and when,
     * and the reader parts in it.
     */
    private record Entry(long version, byte[] body, String contentType, String disposition, String etag, long storedAt,
                         List<Part> readerParts) {

        boolean freshAt(long current) {
            return version == current && System.nanoTime() - storedAt < MAX_AGE_NANOS;
        }
    }

    /** A reader part of a stored page: its name and where it starts and ends, markers included, in bytes. */
    private record Part(String name, int start, int end) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean shared = SHARED_PAGES.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
        boolean cacheable = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getHeader("Authorization") == null && (shared || PERSONAL_PAGES.contains(path));
        if (!cacheable) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && (!shared || hasFlashCookie(request)
                || LanguageSelector.isEnglish(session))) {
            chain.doFilter(request, response);
            return;
        }
        long current = currentVersion();
        String key = path + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        String state = "HIT";
        if (entry == null || !entry.freshAt(current)) {
            synchronized (renderLocks[Math.floorMod(key.hashCode(), renderLocks.length)]) {
                synchronized (entries) {
                    entry = entries.get(key);
                }
                if (entry == null || !entry.freshAt(current)) {
                    entry = render(request, response, chain, session, key, current);
                    if (entry == null) {
                        return;
                    }
                    state = "MISS";
                }
            }
        }
        Optional<UserAccount> reader = session == null ? Optional.empty() : currentUser.account();
        if (reader.isPresent()) {
            sendPersonal(request, response, entry, new Reader(reader, session, LanguageSelector.DEFAULT,
                    request.getContextPath(), page(request)), state);
        } else {
            send(request, response, entry, state);
        }
    }

    /** Returns the page's path and query from the site's root, such as /session.xhtml?id=4. */
    static String page(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /**
     * Renders the page as an anonymous visitor gets it, and stores it when nothing in it is tied to a
     * person. A response that may not be stored comes back without an ETag. Returns null when the
     * response already went to the client (an error or a redirect).
     */
    private Entry render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, HttpSession session,
                         String key, long current) throws IOException, ServletException {
        Capture capture = new Capture(response);
        AsAnonymous anonymous = new AsAnonymous(request);
        request.setAttribute(CurrentUser.AS_ANONYMOUS, Boolean.TRUE);
        try {
            chain.doFilter(session == null ? request : anonymous, capture);
        } finally {
            request.removeAttribute(CurrentUser.AS_ANONYMOUS);
        }
        if (capture.passedOn) {
            // An error or a redirect went straight to the client; there is nothing to store or write.
            return null;
        }
        capture.flushBuffer();
        byte[] body = capture.bytes();
        boolean storable = capture.getStatus() == HttpServletResponse.SC_OK && !anonymous.sessionRequested
                && (session != null || request.getSession(false) == null)
                && !capture.containsHeader("Set-Cookie") && body.length <= MAX_BYTES && capture.getContentType() != null
                && !request.isAsyncStarted();
        if (!storable) {
            // Sent once, to this reader only: no ETag, nothing stored.
            return new Entry(current, body, capture.getContentType(), capture.getHeader("Content-Disposition"), null,
                    System.nanoTime(), readerParts(body, capture.getContentType()));
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        Entry entry = new Entry(current, body, capture.getContentType(), capture.getHeader("Content-Disposition"),
                "\"v" + current + "-" + Long.toHexString(crc.getValue()) + "\"", System.nanoTime(),
                readerParts(body, capture.getContentType()));
        synchronized (entries) {
            entries.put(key, entry);
        }
        return entry;
    }

    /** Finds the marked reader parts of a page; an empty list for a body without any. */
    private static List<Part> readerParts(byte[] body, String contentType) {
        if (contentType == null || !contentType.startsWith("text/html")) {
            return List.of();
        }
        // ISO-8859-1 maps each byte to one char, so string offsets are byte offsets.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = text.indexOf(ReaderParts.START, from);
            if (start < 0) {
                return parts;
            }
            int nameEnd = text.indexOf(ReaderParts.START_END, start);
            int end = nameEnd < 0 ? -1 : text.indexOf(ReaderParts.END, nameEnd);
            if (end < 0) {
                throw new IllegalStateException("A reader part without its end marker at byte " + start);
            }
            String name = new String(body, start + ReaderParts.START.length(), nameEnd - start - ReaderParts.START.length(),
                    StandardCharsets.UTF_8);
            from = end + ReaderParts.END.length();
            parts.add(new Part(name, start, from));
        }
    }

    private static boolean hasFlashCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> FLASH_COOKIE.equals(c.getName()));
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Entry entry, String state)
            throws IOException {
        if (entry.etag() == null) {
            write(request, response, entry, entry.body());
            return;
        }
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader("X-Page-Cache", state);
        if (entry.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        write(request, response, entry, entry.body());
    }

    /** Sends a stored page with the reader parts rendered for the signed-in reader. */
    private void sendPersonal(HttpServletRequest request, HttpServletResponse response, Entry entry, Reader reader,
                              String state) throws IOException {
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader("X-Page-Cache", state + "-PERSONAL");
        byte[] body = entry.body();
        ByteArrayOutputStream page = new ByteArrayOutputStream(body.length + 4096);
        int copied = 0;
        for (Part part : entry.readerParts()) {
            page.write(body, copied, part.start() - copied);
            page.write((ReaderParts.START + part.name() + ReaderParts.START_END + readerParts.fill(part.name(), reader)
                    + ReaderParts.END).getBytes(StandardCharsets.UTF_8));
            copied = part.end();
        }
        page.write(body, copied, body.length - copied);
        write(request, response, entry, page.toByteArray());
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Entry entry, byte[] body)
            throws IOException {
        response.setContentType(entry.contentType());
        if (entry.disposition() != null) {
            response.setHeader("Content-Disposition", entry.disposition());
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /**
     * Makes the next request read the content version again, whatever the check interval. It is called
     * before open pages are pushed a change, such as a live session's, so their refresh reads the new page.
     */
    public static void contentChanged() {
        changed = true;
    }

    /**
     * Reads the content version, at most once per check interval. After a database error it returns a
     * value no stored page has, so pages are rendered until the version can be read again.
     */
    private long currentVersion() {
        long now = System.nanoTime();
        if (version >= 0 && now - versionReadAt < CHECK_NANOS && !changed) {
            return version;
        }
        changed = false;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version FROM content_version WHERE id = 1")) {
            version = row.next() ? row.getLong(1) : -1;
        } catch (SQLException e) {
            LOG.warnf("Reading the content version failed, so pages are rendered without the cache: %s", e.getMessage());
            version = -1;
        }
        versionReadAt = now;
        return version < 0 ? System.nanoTime() : version;
    }

    /**
     * The request as an anonymous visitor makes it: no session, no principal. A page that requests a new
     * session is marked, because such a page may not be shared.
     */
    private static final class AsAnonymous extends HttpServletRequestWrapper {

        private boolean sessionRequested;

        AsAnonymous(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (!create) {
                return null;
            }
            sessionRequested = true;
            return super.getSession(true);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public String getRemoteUser() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }
    }

    /** Keeps the response body in memory, so it can be stored after the page is rendered. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private PrintWriter writer;
        private ServletOutputStream stream;
        private boolean passedOn;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("The page cache writes synchronously");
                    }

                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }

        @Override
        public void sendError(int status) throws IOException {
            passedOn = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passedOn = true;
            super.sendError(status, message);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void setContentLength(int length) {
            // The filter sets the length of what it writes.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The filter sets the length of what it writes.
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            super.reset();
            buffer.reset();
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}
