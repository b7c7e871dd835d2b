package co.gestionabierta.web;

import co.gestionabierta.bootstrap.Settings;
import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Serves public pages, feeds and downloads to anonymous visitors from memory. A page is rendered once
 * per content version: database triggers increment the version whenever a table shown on public pages
 * changes, so every node renders again after any change. Only requests without an HTTP session are
 * served from the cache, and only responses that did not create one are stored, so nothing tied to a
 * person (signed-in pages, forms with view state, a chosen language) is ever shared. Each response
 * carries an ETag, and a matching If-None-Match gets 304 Not Modified.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageCache extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(PageCache.class);
    private static final Set<String> PAGES = Set.of("/", "/index.xhtml", "/sessions.xhtml", "/session.xhtml", "/live.xhtml",
            "/commitments.xhtml", "/commitment.xhtml", "/departments.xhtml", "/reports.xhtml", "/accountability.xhtml",
            "/search.xhtml", "/opendata.xhtml", "/privacy.xhtml", "/feeds/commitments.atom", "/feeds/commitments.json",
            "/session-report.xhtml", "/session-report.pdf", "/statistics.xhtml", "/survey.xhtml");
    private static final Set<String> PREFIXES = Set.of("/opendata/", "/calendar/", "/statistics/");
    private static final int MAX_ENTRIES = 500;
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    /** How long a read content version is trusted (GA_PAGE_CACHE_CHECK_MS, 1,000 by default; 0 reads it every time). */
    private static final long CHECK_NANOS = Settings.get("GA_PAGE_CACHE_CHECK_MS").map(Long::parseLong).orElse(1_000L)
            * 1_000_000L;

    @Resource(lookup = "java:jboss/datasources/GestionAbiertaDS")
    private DataSource dataSource;

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

    /** A stored response: its body, type, the headers that matter, the content version it shows and when. */
    private record Entry(long version, byte[] body, String contentType, String disposition, String etag, long storedAt) {
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean cacheable = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getSession(false) == null && request.getHeader("Authorization") == null
                && (PAGES.contains(path) || PREFIXES.stream().anyMatch(path::startsWith));
        if (!cacheable) {
            chain.doFilter(request, response);
            return;
        }
        long current = currentVersion();
        String key = path + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == current && System.nanoTime() - entry.storedAt() < MAX_AGE_NANOS) {
            send(request, response, entry, "HIT");
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.passedOn) {
            // An error or a redirect went straight to the client; there is nothing to store or write.
            return;
        }
        capture.flushBuffer();
        byte[] body = capture.bytes();
        boolean storable = capture.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                && !capture.containsHeader("Set-Cookie") && body.length <= MAX_BYTES && capture.getContentType() != null
                && !request.isAsyncStarted();
        if (!storable) {
            response.getOutputStream().write(body);
            return;
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        entry = new Entry(current, body, capture.getContentType(), capture.getHeader("Content-Disposition"),
                "\"v" + current + "-" + Long.toHexString(crc.getValue()) + "\"", System.nanoTime());
        synchronized (entries) {
            entries.put(key, entry);
        }
        send(request, response, entry, "MISS");
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Entry entry, String state)
            throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Cookie");
        response.setHeader("X-Page-Cache", state);
        if (entry.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        if (entry.disposition() != null) {
            response.setHeader("Content-Disposition", entry.disposition());
        }
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
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
