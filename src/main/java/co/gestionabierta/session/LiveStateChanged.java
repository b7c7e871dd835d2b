package co.gestionabierta.session;

/** What a live page shows has changed for a session: its agenda item, question on screen or status. */
public record LiveStateChanged(long sessionId) {
}
