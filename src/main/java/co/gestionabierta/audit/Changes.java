package co.gestionabierta.audit;

import java.util.Objects;

/** Builds the "what changed" text of an audit entry, one "field: old → new" line per changed field. */
public final class Changes {

    private final StringBuilder text = new StringBuilder();

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(name).append(": ").append(before == null ? "—" : before).append(" → ")
                    .append(after == null ? "—" : after);
        }
        return this;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
