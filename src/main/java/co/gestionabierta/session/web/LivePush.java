package co.gestionabierta.session.web;

import co.gestionabierta.session.LiveStateChanged;
import co.gestionabierta.web.PageCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Tells every open live page of a session that it changed, once the change is committed. The message
 * is only the session id. Each page then fetches what it shows, so a page that missed messages while
 * disconnected catches up on its next fetch.
 */
@ApplicationScoped
public class LivePush {

    // NOTE: the web sockets reach only the pages connected to this node. On a cluster the other nodes'
    // viewers see the change at their next refresh, until a message fan-out between nodes exists.
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveStateChanged change) {
        // The pages read themselves again at once, so the page cache must see the new content version.
        PageCache.contentChanged();
        LiveUpdates.send(change.sessionId());
    }
}
