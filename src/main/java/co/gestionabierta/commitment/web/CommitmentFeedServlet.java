package co.gestionabierta.commitment.web;

import co.gestionabierta.catalog.CatalogRepository;
import co.gestionabierta.commitment.Commitment;
import co.gestionabierta.commitment.CommitmentRepository;
import co.gestionabierta.commitment.CommitmentUpdate;
import co.gestionabierta.commitment.FeedCursor;
import co.gestionabierta.commitment.FeedFilter;
import co.gestionabierta.notification.Mailer;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The commitments feed for machines: /feeds/commitments.atom has one entry per change (creation or
 * progress update), newest first; /feeds/commitments.json has the commitments, latest change first.
 * Both take the filters of the feed page (department, status, session, origin) and a cursor (after).
 * Each page links to the next one (RFC 5005 in Atom, "next" in JSON).
 */
@WebServlet({"/feeds/commitments.atom", "/feeds/commitments.json"})
public class CommitmentFeedServlet extends HttpServlet {

    static final int PAGE_SIZE = 50;

    @EJB
    private CommitmentRepository commitments;

    @EJB
    private CatalogRepository catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeedFilter filter = CommitmentsView.filterOf(request.getParameter("department"), request.getParameter("status"),
                request.getParameter("session"), request.getParameter("origin"));
        String after = request.getParameter("after");
        FeedCursor cursor = FeedCursor.decode(after).orElse(null);
        if (after != null && !after.isEmpty() && cursor == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "after must be a cursor from a previous page");
            return;
        }
        ZoneId zone = catalog.findZone();
        LocalDate today = LocalDate.now(zone);
        Locale locale = "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("es-CO");
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        byte[] body;
        if (request.getServletPath().endsWith(".atom")) {
            body = atom(filter, cursor, today, bundle, locale, "en".equals(request.getParameter("lang")));
            response.setContentType("application/atom+xml; charset=UTF-8");
        } else {
            body = json(filter, cursor, today, zone, bundle);
            response.setContentType("application/json; charset=UTF-8");
        }
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private byte[] atom(FeedFilter filter, FeedCursor cursor, LocalDate today, ResourceBundle bundle, Locale locale,
                        boolean english) throws IOException {
        List<CommitmentUpdate> rows = commitments.changes(filter, cursor, PAGE_SIZE + 1, today);
        List<CommitmentUpdate> page = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
        String base = Mailer.publicUrl();
        // The feed's own links keep the reader's language, so a feed reader keeps getting it.
        String query = filter.toQuery();
        if (english) {
            query = query.isEmpty() ? "lang=en" : query + "&lang=en";
        }

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(base + "/feeds/commitments.atom" + (query.isEmpty() ? "" : "?" + query));
        feed.setTitle(bundle.getString("feed.title"));
        feed.setDescription(bundle.getString("feed.subtitle"));
        feed.setLanguage(locale.toLanguageTag());
        feed.setLink(base + "/commitments.xhtml" + (query.isEmpty() ? "" : "?" + query));
        feed.setPublishedDate(Date.from(page.isEmpty() ? Instant.EPOCH : page.get(0).getCreatedAt()));
        SyndPersonImpl publisher = new SyndPersonImpl();
        publisher.setName(bundle.getString("feed.author"));
        feed.setAuthors(List.of(publisher));
        List<SyndLink> links = new ArrayList<>();
        links.add(link(feed.getUri() + (cursor == null ? "" : (query.isEmpty() ? "?" : "&") + "after=" + cursor.encode()), "self",
                "application/atom+xml"));
        links.add(link(feed.getLink(), "alternate", "text/html"));
        if (rows.size() > PAGE_SIZE) {
            CommitmentUpdate last = page.get(PAGE_SIZE - 1);
            links.add(link(base + "/feeds/commitments.atom?" + (query.isEmpty() ? "" : query + "&") + "after="
                    + new FeedCursor(last.getCreatedAt(), last.getId()).encode(), "next", "application/atom+xml"));
        }
        feed.setLinks(links);

        List<SyndEntry> entries = new ArrayList<>();
        for (CommitmentUpdate update : page) {
            Commitment commitment = update.getCommitment();
            SyndEntry entry = new SyndEntryImpl();
            String url = base + "/commitment.xhtml?id=" + commitment.getId() + "#update-" + update.getId();
            entry.setUri(url);
            entry.setLink(url);
            entry.setTitle(java.text.MessageFormat.format(bundle.getString("feed.entry." + entryKind(update)),
                    commitment.getTitle(), bundle.getString("commitment.status." + update.getStatus()),
                    String.valueOf(update.getProgressPercent())));
            entry.setPublishedDate(Date.from(update.getCreatedAt()));
            entry.setUpdatedDate(Date.from(update.getCreatedAt()));
            SyndPersonImpl author = new SyndPersonImpl();
            author.setName(update.getDepartment().getName());
            entry.setAuthors(List.of(author));
            SyndContentImpl content = new SyndContentImpl();
            content.setType("text");
            content.setValue(update.getText());
            entry.setContents(List.of(content));
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName(update.getStatus().name());
            category.setLabel(bundle.getString("commitment.status." + update.getStatus()));
            entry.setCategories(List.of(category));
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            StringWriter writer = new StringWriter();
            new SyndFeedOutput().output(feed, writer);
            return writer.toString().getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IOException("The commitments feed could not be written", e);
        }
    }

    private static String entryKind(CommitmentUpdate update) {
        if (update.getKind() == CommitmentUpdate.Kind.CREATED) {
            return "created";
        }
        return update.isStatusChanged() ? "status" : "progress";
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private byte[] json(FeedFilter filter, FeedCursor cursor, LocalDate today, ZoneId zone, ResourceBundle bundle) {
        List<Commitment> rows = commitments.feed(filter, cursor, PAGE_SIZE + 1, today);
        List<Commitment> page = rows.subList(0, Math.min(PAGE_SIZE, rows.size()));
        String base = Mailer.publicUrl();
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Commitment c : page) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", c.getId())
                    .add("title", c.getTitle())
                    .add("department", c.getResponsibleDepartment().getName())
                    .add("status", c.getStatus().name())
                    .add("status_label", bundle.getString("commitment.status." + c.getStatus()))
                    .add("progress_percent", c.getProgressPercent())
                    .add("due_on", c.getDueOn().toString())
                    .add("overdue", c.isOverdue(today))
                    .add("origin", c.getSource().name())
                    .add("last_changed_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                            c.getLastChangedAt().atZone(zone).withNano(0)))
                    .add("url", base + "/commitment.xhtml?id=" + c.getId());
            if (c.getReference() == null) {
                item.addNull("reference");
            } else {
                item.add("reference", c.getReference());
            }
            if (c.getSession() == null) {
                item.addNull("session_id");
            } else {
                item.add("session_id", c.getSession().getId());
            }
            items.add(item);
        }
        JsonObjectBuilder result = Json.createObjectBuilder().add("items", items);
        if (rows.size() > PAGE_SIZE) {
            Commitment last = page.get(PAGE_SIZE - 1);
            String query = filter.toQuery();
            result.add("next", base + "/feeds/commitments.json?" + (query.isEmpty() ? "" : query + "&") + "after="
                    + new FeedCursor(last.getLastChangedAt(), last.getId()).encode());
        } else {
            result.addNull("next");
        }
        return result.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
