package co.gestionabierta.session;

/** Filters of the public session list; a null field means any. */
public record SessionFilter(Integer year, Integer quarter, Long departmentId, SessionStatus status) {

    public static final SessionFilter ANY = new SessionFilter(null, null, null, null);
}
