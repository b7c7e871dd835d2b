package co.gestionabierta.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Gives every view the reader's chosen language from the start of the request, so that messages
 * built by actions and e-mails use it too. Without this, Faces takes the browser's Accept-Language
 * header (or the server's default locale) until the page renders.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageSelector.class).get().getLocale();
    }
}
