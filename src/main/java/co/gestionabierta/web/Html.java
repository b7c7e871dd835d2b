package co.gestionabierta.web;

/** Escapes text for HTML element content and quoted attribute values. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Returns a form that posts one reader action to the site's action address, with the reader's form
     * token and the page to come back to. The label and the ARIA label must be escaped already, as
     * {@link Reader#text} returns them.
     *
     * @param hidden further hidden fields, as name and value pairs
     */
    public static String actionForm(Reader reader, String id, String button, String label, String ariaLabel,
                                    String cssClass, String... hidden) {
        StringBuilder html = new StringBuilder(320);
        html.append("<form id=\"").append(escape(id)).append("\" class=\"inline-form\" method=\"post\" action=\"")
                .append(escape(reader.contextPath())).append("/actions\">");
        hiddenField(html, "token", reader.formToken());
        hiddenField(html, "from", reader.page());
        for (int i = 0; i + 1 < hidden.length; i += 2) {
            hiddenField(html, hidden[i], hidden[i + 1]);
        }
        html.append("<input type=\"submit\" name=\"").append(escape(button)).append("\" class=\"").append(escape(cssClass))
                .append("\" value=\"").append(label).append('"');
        if (ariaLabel != null) {
            html.append(" aria-label=\"").append(ariaLabel).append('"');
        }
        return html.append("/></form>").toString();
    }

    private static void hiddenField(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"").append(escape(value))
                .append("\"/>");
    }
}
