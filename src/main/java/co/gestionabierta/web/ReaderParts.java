package co.gestionabierta.web;

import co.gestionabierta.account.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders the {@link ReaderPart}s of a page between marker comments, <code>&lt;!--ga:name--&gt;</code>
 * and <code>&lt;!--/ga--&gt;</code>. Pages call {@link #part(String)}; the {@link PageCache} finds the
 * markers in a stored page and calls {@link #fill(String, Reader)} for each reader.
 */
@Named
@ApplicationScoped
public class ReaderParts {

    static final String START = "<!--ga:";
    static final String START_END = "-->";
    static final String END = "<!--/ga-->";

    @Inject
    @Any
    private Instance<ReaderPart> parts;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LanguageSelector languageSelector;

    private final Map<String, ReaderPart> byKind = new HashMap<>();

    @PostConstruct
    void index() {
        for (ReaderPart part : parts) {
            part.kinds().forEach(kind -> byKind.put(kind, part));
        }
    }

    /** Returns a part for the reader of the current Faces request, between its markers. */
    public String part(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Reader reader = (Reader) faces.getAttributes().computeIfAbsent(Reader.class, k -> new Reader(currentUser.account(),
                currentUser.isSignedIn() ? request.getSession(true) : null, languageSelector.getLocale(),
                request.getContextPath(), PageCache.page(request)));
        return START + name + START_END + fill(name, reader) + END;
    }

    /** Returns the markup of a part, without markers. */
    String fill(String name, Reader reader) {
        int colon = name.indexOf(':');
        String kind = colon < 0 ? name : name.substring(0, colon);
        ReaderPart part = byKind.get(kind);
        if (part == null) {
            throw new IllegalArgumentException("No reader part of kind " + kind);
        }
        return part.render(kind, colon < 0 ? "" : name.substring(colon + 1), reader);
    }
}
