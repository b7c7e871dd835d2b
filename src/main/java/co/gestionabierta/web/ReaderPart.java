package co.gestionabierta.web;

import java.util.Set;

/**
 * A piece of a public page that depends on who reads it, such as the account box or a question's
 * support button. Pages render it through {@link ReaderParts}; the {@link PageCache} renders it again
 * for each reader into a stored copy of the page, so both ways must give the same markup for the same
 * reader.
 */
public interface ReaderPart {

    /** The kinds of part this renders: the first word of a part's name, such as "box" in "box". */
    Set<String> kinds();

    /**
     * Returns the markup of one part for the reader.
     *
     * @param kind     the part's kind
     * @param argument what follows the kind and a colon in the part's name, or an empty string
     */
    String render(String kind, String argument, Reader reader);
}
