import co.gestionabierta.testsupport.FacesClient;

/**
 * Signs in and prints the session cookie, so wrk can measure the pages a signed-in citizen gets: the
 * stored page with the citizen's own header and buttons filled in.
 *
 * Usage: java SignIn <email> <password>
 */
public final class SignIn {

    public static void main(String[] args) throws Exception {
        FacesClient client = new FacesClient();
        String landing = client.login(args[0], args[1]).uri().getPath();
        String session = client.cookie("JSESSIONID");
        if (session == null || landing.endsWith("/login.xhtml")) {
            throw new IllegalStateException("Signing in as " + args[0] + " gave no session");
        }
        System.out.println("JSESSIONID=" + session);
    }
}
