package co.gestionabierta.commitment;

/**
 * Filters of the public feed; null means any. The status may also be "OVERDUE": past the due date and
 * neither completed nor cancelled.
 */
public record FeedFilter(Long departmentId, String status, Long sessionId, CommitmentSource source) {

    public static final String OVERDUE = "OVERDUE";

    public static FeedFilter none() {
        return new FeedFilter(null, null, null, null);
    }

    /** Returns the filter as query parameters for links, such as "department=4&status=DELAYED", without a leading "&". */
    public String toQuery() {
        StringBuilder query = new StringBuilder();
        append(query, "department", departmentId);
        append(query, "status", status);
        append(query, "session", sessionId);
        append(query, "origin", source);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value != null) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(value);
        }
    }
}
