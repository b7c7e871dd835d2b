package co.gestionabierta.session.web;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web socket of a live page, /live-updates/{session id}. It only ever sends the session's id when
 * the session's live state changed; the page then reads itself again. It needs no HTTP session, so the
 * live page stays a shared page of the page cache.
 */
@ServerEndpoint("/live-updates/{session}")
public class LiveUpdates {

    private static final Logger LOG = Logger.getLogger(LiveUpdates.class);
    private static final String SESSION_ID = "ga.liveSession";
    private static final Map<Long, Set<Session>> OPEN = new ConcurrentHashMap<>();

    @OnOpen
    public void open(Session socket, @PathParam("session") String session) throws IOException {
        if (session == null || !session.matches("[0-9]{1,18}")) {
            socket.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "Unknown session"));
            return;
        }
        long sessionId = Long.parseLong(session);
        socket.getUserProperties().put(SESSION_ID, sessionId);
        OPEN.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    @OnClose
    public void close(Session socket) {
        forget(socket);
    }

    @OnError
    public void error(Session socket, Throwable error) {
        LOG.debugf("A live page's web socket failed: %s", error.getMessage());
        forget(socket);
    }

    private static void forget(Session socket) {
        Object sessionId = socket.getUserProperties().get(SESSION_ID);
        if (sessionId instanceof Long id) {
            Set<Session> sockets = OPEN.get(id);
            if (sockets != null) {
                sockets.remove(socket);
            }
        }
    }

    /** Tells every live page of the session open on this node that it changed. */
    static void send(long sessionId) {
        Set<Session> sockets = OPEN.get(sessionId);
        if (sockets == null) {
            return;
        }
        String message = String.valueOf(sessionId);
        for (Session socket : sockets) {
            if (socket.isOpen()) {
                socket.getAsyncRemote().sendText(message);
            } else {
                sockets.remove(socket);
            }
        }
    }
}
