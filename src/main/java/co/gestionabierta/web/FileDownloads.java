package co.gestionabierta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;
import java.util.function.Supplier;

/** Sends stored files (report PDFs, evidence) as attachments, with their checksum as the ETag. */
public final class FileDownloads {

    private FileDownloads() {
    }

    /**
     * Answers 304 when the client already has the file, and otherwise reads the content and sends it.
     * Content that is gone by then gets 404.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, String sha256, String contentType,
                            String fileName, String cacheControl, Supplier<Optional<byte[]>> content) throws IOException {
        String etag = "\"" + sha256 + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> bytes = content.get();
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        response.setContentType(contentType);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }

    /**
     * Builds an attachment header that keeps accents for every current browser (RFC 6266 filename*) and
     * gives older clients an ASCII name without them.
     */
    public static String contentDisposition(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\\", "_")
                .replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded.replace("*", "%2A");
    }
}
