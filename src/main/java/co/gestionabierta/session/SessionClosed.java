package co.gestionabierta.session;

import java.time.Instant;

/**
 * A session has just closed, within the transaction that closes it. Observers that store what the close
 * freezes, such as the session report, write in that same transaction.
 */
public record SessionClosed(long sessionId, Instant at) {
}
