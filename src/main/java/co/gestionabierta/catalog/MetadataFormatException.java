package co.gestionabierta.catalog;

/**
 * Rejection of an open-data metadata file that cannot become catalogue entries.
 *
 * <p>{@link #getMessageKey()} names the text in the application's message bundle, and
 * {@link #getArguments()} fills its placeholders. {@link #getMessage()} is an English text for logs.
 */
public class MetadataFormatException extends Exception {

    /** The input is not valid JSON. Arguments: line and column (both 1-based, {@code Long}). */
    public static final String NOT_JSON = "import.error.notJson";

    /** The input bytes are not valid UTF-8 text. Arguments: line and column (both 1-based, {@code Long}). */
    public static final String NOT_UTF8 = "import.error.notUtf8";

    /** The JSON is neither a Socrata view, a CKAN package nor a DCAT-US catalogue. No arguments. */
    public static final String UNKNOWN_FORMAT = "import.error.unknownFormat";

    /** A CKAN response has {@code "success": false}. Argument: the CKAN error message. */
    public static final String CKAN_FAILURE = "import.error.ckanFailure";

    /** A dataset lacks a required field. Arguments: field name and 1-based dataset position ({@code Integer}). */
    public static final String MISSING_FIELD = "import.error.missingField";

    /** A field exceeds its maximum length. Arguments: field name, dataset position and maximum ({@code Integer}). */
    public static final String TOO_LONG = "import.error.tooLong";

    /** A DCAT-US catalogue contains no datasets. No arguments. */
    public static final String EMPTY = "import.error.empty";

    /** Two datasets in one file have the same identifier. Arguments: identifier and the later position. */
    public static final String DUPLICATE = "import.error.duplicate";

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    /**
     * Creates a rejection.
     *
     * @param messageKey bundle key of the text shown to users, one of the constants of this class
     * @param message    English text for developers and logs
     * @param arguments  values for the placeholders of the bundle text, in order
     */
    public MetadataFormatException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** Returns a copy of the placeholder values, so callers cannot change this exception. */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
