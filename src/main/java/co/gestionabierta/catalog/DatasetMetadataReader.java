package co.gestionabierta.catalog;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parser for the metadata files that open-data portals publish, turning them into catalogue entries.
 *
 * <p>{@link #read(InputStream)} detects the format from the JSON shape:
 * <ul>
 *   <li>a Socrata view, as {@code https://www.datos.gov.co/api/views/<id>.json} returns it;</li>
 *   <li>a CKAN {@code package_show} response, or its bare {@code result} object;</li>
 *   <li>a DCAT-US (Project Open Data) {@code data.json} catalogue.</li>
 * </ul>
 * A file either yields all its entries or is rejected with a {@link MetadataFormatException}.
 */
public final class DatasetMetadataReader {

    // Maximum lengths in UTF-16 chars, the unit that Bean Validation's @Size counts.
    static final int MAX_PORTAL_LENGTH = 100;
    static final int MAX_IDENTIFIER_LENGTH = 100;
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_URL_LENGTH = 500;
    static final int MAX_THEME_LENGTH = 200;
    static final int MAX_PUBLISHER_LENGTH = 200;

    static final String CKAN_PORTAL = "CKAN";
    static final String DCAT_PORTAL = "DCAT";
    static final String SOCRATA_DEFAULT_DOMAIN = "www.datos.gov.co";

    private static final int MAX_CKAN_MESSAGE_LENGTH = 300;
    private static final Pattern SOCRATA_ID = Pattern.compile("[a-z0-9]{4}-[a-z0-9]{4}");
    private static final Pattern HOST_NAME =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final BigDecimal MIN_LONG = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal MAX_LONG = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final JsonParserFactory PARSER_FACTORY = Json.createParserFactory(Map.of());

    /** Fields of one dataset as read from the file, before validation. Strings are stripped or null. */
    private record Draft(
            String portal,
            String identifier,
            String title,
            String description,
            String theme,
            String publisher,
            Instant lastUpdated,
            String url,
            List<String> columns) {
    }

    private DatasetMetadataReader() {
    }

    /**
     * Reads one metadata file and returns its datasets in file order.
     *
     * <p>The stream must contain UTF-8 text, with or without a byte order mark. This method reads it to the
     * end and does not close it.
     *
     * @param json the file's bytes
     * @return one entry for a Socrata view or CKAN package, one per dataset for a DCAT-US catalogue
     * @throws MetadataFormatException if the file is not UTF-8 JSON, has an unknown shape, reports a CKAN
     *                                 failure, or contains a dataset with a missing, too long or repeated field
     * @throws UncheckedIOException    if reading the stream fails
     */
    public static List<DatasetMetadata> read(InputStream json) throws MetadataFormatException {
        String text = decodeUtf8(readAllBytes(json));
        JsonValue root = parseJson(text);
        List<Draft> drafts = readDrafts(root);

        List<DatasetMetadata> entries = new ArrayList<>(drafts.size());
        Set<String> identifiers = new HashSet<>();
        for (int index = 0; index < drafts.size(); index++) {
            int position = index + 1;
            DatasetMetadata entry = validate(drafts.get(index), position);
            if (!identifiers.add(entry.identifier())) {
                throw new MetadataFormatException(MetadataFormatException.DUPLICATE,
                        "Identifier " + entry.identifier() + " occurs again at dataset " + position,
                        entry.identifier(), position);
            }
            entries.add(entry);
        }
        return List.copyOf(entries);
    }

    // ---- Bytes to JSON ----

    private static byte[] readAllBytes(InputStream json) {
        try {
            return json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the metadata file failed", e);
        }
    }

    /** Decodes strict UTF-8, so that a Latin-1 file is rejected instead of stored with replacement characters. */
    private static String decodeUtf8(byte[] bytes) throws MetadataFormatException {
        int start = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never decodes to more UTF-16 chars than it has bytes.
        CharBuffer output = CharBuffer.allocate(bytes.length);

        CoderResult result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        output.flip();
        if (result.isError()) {
            long[] location = lineAndColumn(output, output.length());
            throw new MetadataFormatException(MetadataFormatException.NOT_UTF8,
                    "Invalid UTF-8 at line " + location[0] + ", column " + location[1], location[0], location[1]);
        }
        return output.toString();
    }

    private static boolean hasUtf8ByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** Parses exactly one JSON value, rejecting empty input and any content after the value. */
    private static JsonValue parseJson(String text) throws MetadataFormatException {
        try (JsonParser parser = PARSER_FACTORY.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw notJson(text, null);
            }
            parser.next();
            JsonValue root = parser.getValue();
            if (parser.hasNext()) {
                throw notJson(text, parser.getLocation());
            }
            return root;
        } catch (JsonParsingException e) {
            throw notJson(text, e.getLocation());
        } catch (RuntimeException e) {
            // Parsson 1.1.7 throws a plain RuntimeException when valid JSON nests deeper than 1000 levels.
            // The three metadata formats nest far less, so such a file gets the unknown-format rejection.
            MetadataFormatException rejection = unknownFormat();
            rejection.initCause(e);
            throw rejection;
        }
    }

    /**
     * Creates the rejection for invalid JSON at the parser's location.
     *
     * <p>Parsson 1.1.7 reports an offset past the end of the text, or -1, when the input ends early, so such
     * offsets are replaced with the end of the text. Line and column are counted here from the offset, both
     * 1-based, with {@code \n} ending a line.
     */
    private static MetadataFormatException notJson(String text, JsonLocation location) {
        long offset = location == null ? -1 : location.getStreamOffset();
        int errorOffset = offset < 0 || offset > text.length() ? text.length() : (int) offset;
        long[] lineAndColumn = lineAndColumn(text, errorOffset);
        return new MetadataFormatException(MetadataFormatException.NOT_JSON,
                "Invalid JSON at line " + lineAndColumn[0] + ", column " + lineAndColumn[1],
                lineAndColumn[0], lineAndColumn[1]);
    }

    private static long[] lineAndColumn(CharSequence text, int offset) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, offset - lineStart + 1L};
    }

    // ---- Format detection ----

    private static List<Draft> readDrafts(JsonValue root) throws MetadataFormatException {
        if (!(root instanceof JsonObject object)) {
            throw unknownFormat();
        }
        if (object.containsKey("dataset")) {
            return readDcatCatalog(object);
        }
        if (object.containsKey("success") || object.containsKey("result")) {
            return List.of(readCkanResponse(object));
        }
        if (isCkanPackage(object) && object.containsKey("name")) {
            return List.of(readCkanPackage(object));
        }
        if (isSocrataView(object)) {
            return List.of(readSocrataView(object));
        }
        throw unknownFormat();
    }

    private static MetadataFormatException unknownFormat() {
        return new MetadataFormatException(MetadataFormatException.UNKNOWN_FORMAT,
                "Unknown metadata format: expected a Socrata view, a CKAN package_show response"
                        + " or a DCAT-US catalogue");
    }

    // ---- Socrata view ----

    private static boolean isSocrataView(JsonObject object) {
        String id = text(object, "id");
        return id != null && SOCRATA_ID.matcher(id).matches();
    }

    private static Draft readSocrataView(JsonObject view) {
        String identifier = text(view, "id");
        String domain = socrataDomain(view);
        String publisher = firstNonNull(text(view, "attribution"), text(objectAt(view, "owner"), "displayName"));

        return new Draft(withoutWww(domain), identifier, text(view, "name"), text(view, "description"),
                text(view, "category"), publisher, socrataLastUpdated(view),
                "https://" + domain + "/d/" + identifier, socrataColumns(view));
    }

    /** Returns the lower-case host from {@code domain} or {@code domainCName}, else the datos.gov.co host. */
    private static String socrataDomain(JsonObject view) {
        for (String key : List.of("domain", "domainCName")) {
            String domain = text(view, key);
            if (domain != null) {
                String host = domain.toLowerCase(Locale.ROOT);
                if (HOST_NAME.matcher(host).matches()) {
                    return host;
                }
            }
        }
        return SOCRATA_DEFAULT_DOMAIN;
    }

    /**
     * Returns the later of {@code rowsUpdatedAt} and {@code viewLastModified}, else {@code publicationDate},
     * else {@code createdAt}. Socrata writes these as epoch seconds.
     */
    private static Instant socrataLastUpdated(JsonObject view) {
        Instant latestChange = later(epochSeconds(view.get("rowsUpdatedAt")),
                epochSeconds(view.get("viewLastModified")));
        if (latestChange != null) {
            return latestChange;
        }
        Instant published = epochSeconds(view.get("publicationDate"));
        return published != null ? published : epochSeconds(view.get("createdAt"));
    }

    private static Instant later(Instant first, Instant second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first.isAfter(second) ? first : second;
    }

    /** Returns the column names in {@code position} order, skipping system columns such as {@code :id}. */
    private static List<String> socrataColumns(JsonObject view) {
        List<JsonObject> columns = new ArrayList<>(objects(view, "columns"));
        // List.sort is stable, so columns without a position keep their array order, after the others.
        columns.sort(Comparator.comparingLong(DatasetMetadataReader::columnPosition));

        List<String> names = new ArrayList<>();
        for (JsonObject column : columns) {
            String fieldName = text(column, "fieldName");
            if (fieldName != null && fieldName.startsWith(":")) {
                continue;
            }
            String name = firstNonNull(text(column, "name"), fieldName);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static long columnPosition(JsonObject column) {
        Long position = boundedLong(column.get("position"));
        return position == null ? Long.MAX_VALUE : position;
    }

    // ---- CKAN package ----

    private static boolean isCkanPackage(JsonObject object) {
        return object.get("resources") instanceof JsonArray;
    }

    private static Draft readCkanResponse(JsonObject response) throws MetadataFormatException {
        JsonValue success = response.get("success");
        if (success != null && success.getValueType() == JsonValue.ValueType.FALSE) {
            String message = ckanErrorMessage(response.get("error"));
            throw new MetadataFormatException(MetadataFormatException.CKAN_FAILURE,
                    "CKAN reported a failure: " + message, message);
        }
        if (response.get("result") instanceof JsonObject result && isCkanPackage(result)) {
            return readCkanPackage(result);
        }
        throw unknownFormat();
    }

    /** Returns {@code error.message}, else the error as compact JSON, shortened for display. */
    private static String ckanErrorMessage(JsonValue error) {
        String message = null;
        if (error instanceof JsonObject object) {
            message = text(object, "message");
        } else if (error instanceof JsonString string) {
            message = strip(string.getString());
        }
        if (message == null) {
            message = error == null || error.getValueType() == JsonValue.ValueType.NULL
                    ? "success: false"
                    : error.toString();
        }
        return abbreviate(message, MAX_CKAN_MESSAGE_LENGTH);
    }

    /**
     * Reads a package. Its {@code url} is the CKAN "source" field, which is often the publisher's page and not
     * the CKAN page, but package_show contains no other link to the dataset.
     */
    private static Draft readCkanPackage(JsonObject ckanPackage) {
        String url = httpUrl(text(ckanPackage, "url"));
        String publisher = firstNonNull(text(objectAt(ckanPackage, "organization"), "title"),
                text(ckanPackage, "author"), text(ckanPackage, "maintainer"));

        return new Draft(firstNonNull(host(url), CKAN_PORTAL),
                firstNonNull(text(ckanPackage, "id"), text(ckanPackage, "name")),
                text(ckanPackage, "title"), text(ckanPackage, "notes"), ckanTheme(ckanPackage), publisher,
                parseTimestamp(text(ckanPackage, "metadata_modified")), url, List.of());
    }

    /** Returns the first group title, else the first tag. */
    private static String ckanTheme(JsonObject ckanPackage) {
        for (JsonObject group : objects(ckanPackage, "groups")) {
            String title = text(group, "title");
            if (title != null) {
                return title;
            }
        }
        for (JsonObject tag : objects(ckanPackage, "tags")) {
            String name = firstNonNull(text(tag, "display_name"), text(tag, "name"));
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    // ---- DCAT-US catalogue ----

    private static List<Draft> readDcatCatalog(JsonObject catalog) throws MetadataFormatException {
        if (!(catalog.get("dataset") instanceof JsonArray datasets)) {
            throw unknownFormat();
        }
        if (datasets.isEmpty()) {
            throw new MetadataFormatException(MetadataFormatException.EMPTY,
                    "The DCAT-US catalogue contains no datasets");
        }
        List<Draft> drafts = new ArrayList<>(datasets.size());
        for (JsonValue dataset : datasets) {
            if (!(dataset instanceof JsonObject object)) {
                throw unknownFormat();
            }
            drafts.add(readDcatDataset(object));
        }
        return drafts;
    }

    private static Draft readDcatDataset(JsonObject dataset) {
        String identifier = text(dataset, "identifier");
        String landingPage = httpUrl(text(dataset, "landingPage"));
        String url = landingPage != null ? landingPage : dcatDistributionUrl(dataset);
        String portal = firstNonNull(host(landingPage), host(httpUrl(identifier)), DCAT_PORTAL);
        String theme = firstNonNull(firstText(values(dataset, "theme")), firstText(values(dataset, "keyword")));

        return new Draft(portal, identifier, text(dataset, "title"), text(dataset, "description"), theme,
                dcatPublisher(dataset.get("publisher")), parseTimestamp(text(dataset, "modified")), url,
                List.of());
    }

    /** Returns the first http(s) {@code accessURL} or {@code downloadURL} among the distributions. */
    private static String dcatDistributionUrl(JsonObject dataset) {
        for (JsonObject distribution : objects(dataset, "distribution")) {
            String url = firstNonNull(httpUrl(text(distribution, "accessURL")),
                    httpUrl(text(distribution, "downloadURL")));
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** Returns {@code publisher.name}, or the publisher itself when a catalogue writes it as a string. */
    private static String dcatPublisher(JsonValue publisher) {
        if (publisher instanceof JsonObject object) {
            return text(object, "name");
        }
        return publisher instanceof JsonString string ? strip(string.getString()) : null;
    }

    // ---- Validation ----

    private static DatasetMetadata validate(Draft draft, int position) throws MetadataFormatException {
        requirePresent("identifier", draft.identifier(), position);
        requirePresent("title", draft.title(), position);
        requireMaxLength("portal", draft.portal(), MAX_PORTAL_LENGTH, position);
        requireMaxLength("identifier", draft.identifier(), MAX_IDENTIFIER_LENGTH, position);
        requireMaxLength("title", draft.title(), MAX_TITLE_LENGTH, position);
        requireMaxLength("url", draft.url(), MAX_URL_LENGTH, position);
        requireMaxLength("theme", draft.theme(), MAX_THEME_LENGTH, position);
        requireMaxLength("publisher", draft.publisher(), MAX_PUBLISHER_LENGTH, position);

        return new DatasetMetadata(draft.portal(), draft.identifier(), draft.title(), draft.description(),
                draft.theme(), draft.publisher(), draft.lastUpdated(), draft.url(), draft.columns());
    }

    private static void requirePresent(String field, String value, int position) throws MetadataFormatException {
        if (value == null) {
            throw new MetadataFormatException(MetadataFormatException.MISSING_FIELD,
                    "Dataset " + position + " has no " + field, field, position);
        }
    }

    private static void requireMaxLength(String field, String value, int max, int position)
            throws MetadataFormatException {
        if (value != null && value.length() > max) {
            throw new MetadataFormatException(MetadataFormatException.TOO_LONG,
                    "Dataset " + position + " has a " + field + " of " + value.length()
                            + " characters, more than the maximum of " + max,
                    field, position, max);
        }
    }

    // ---- JSON values ----

    /** Returns the stripped string at {@code key}, or null when it is absent, blank or not a string. */
    private static String text(JsonObject object, String key) {
        return object.get(key) instanceof JsonString string ? strip(string.getString()) : null;
    }

    private static String strip(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static JsonObject objectAt(JsonObject object, String key) {
        return object.get(key) instanceof JsonObject child ? child : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** Returns the array elements at {@code key}, a single non-array value as a list of one, or an empty list. */
    private static List<JsonValue> values(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        return value instanceof JsonArray array ? array : List.of(value);
    }

    private static List<JsonObject> objects(JsonObject object, String key) {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue value : values(object, key)) {
            if (value instanceof JsonObject child) {
                objects.add(child);
            }
        }
        return objects;
    }

    private static String firstText(List<JsonValue> values) {
        for (JsonValue value : values) {
            String text = value instanceof JsonString string ? strip(string.getString()) : null;
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /**
     * Returns the number as a long, or null for a non-number or a number outside the long range, for which
     * {@code longValue()} would return only the low-order 64 bits.
     */
    private static Long boundedLong(JsonValue value) {
        if (!(value instanceof JsonNumber number)) {
            return null;
        }
        BigDecimal decimal = number.bigDecimalValue();
        if (decimal.compareTo(MIN_LONG) < 0 || decimal.compareTo(MAX_LONG) > 0) {
            return null;
        }
        return decimal.longValue();
    }

    /** Converts whole epoch seconds to an instant, ignoring a fraction, or returns null when out of range. */
    private static Instant epochSeconds(JsonValue value) {
        Long seconds = boundedLong(value);
        if (seconds == null || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            return null;
        }
        return Instant.ofEpochSecond(seconds);
    }

    // ---- Text values ----

    /**
     * Parses an ISO 8601 date-time, with or without offset, or a date alone as the start of that day.
     * A date-time without offset is taken as UTC, as CKAN writes {@code metadata_modified}. Returns null for
     * anything else, such as the repeating interval {@code R/P1M} that DCAT-US allows in {@code modified}.
     */
    private static Instant parseTimestamp(String text) {
        if (text == null) {
            return null;
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
                    ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned
                    ? zoned.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** Returns the URL if it is absolute http or https with a host, else null, so no other scheme is stored. */
    private static String httpUrl(String candidate) {
        if (candidate == null) {
            return null;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme();
            boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
            return http && uri.getHost() != null ? candidate : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Returns the lower-case host of an http(s) URL without a leading {@code www.}, or null. */
    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url).getHost();
            return host == null ? null : withoutWww(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring("www.".length()) : host;
    }

    private static String abbreviate(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
