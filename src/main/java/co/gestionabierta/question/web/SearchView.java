package co.gestionabierta.question.web;

import co.gestionabierta.question.Question;
import co.gestionabierta.question.QuestionRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Searches published questions and answers, ignoring case and accents, twenty per page. */
@Named
@RequestScoped
public class SearchView {

    /** Shortest search accepted; shorter terms match almost everything. */
    public static final int MIN_TERMS = 3;
    public static final int MAX_TERMS = 200;

    @Inject
    private QuestionRepository questions;

    private String q;
    private String page;
    private List<Question> results = List.of();
    private boolean more;
    private int pageNumber;

    public void load() {
        pageNumber = page != null && page.matches("[0-9]{1,4}") ? Integer.parseInt(page) : 0;
        if (q == null || q.strip().length() < MIN_TERMS || q.length() > MAX_TERMS) {
            return;
        }
        List<Question> found = questions.search(q, pageNumber);
        more = found.size() > QuestionRepository.PAGE_SIZE;
        results = more ? found.subList(0, QuestionRepository.PAGE_SIZE) : found;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public boolean isTooShort() {
        return isSearched() && q.strip().length() < MIN_TERMS;
    }

    public boolean isTooLong() {
        return isSearched() && q.length() > MAX_TERMS;
    }

    public int getMaxTerms() {
        return MAX_TERMS;
    }

    public int getMinTerms() {
        return MIN_TERMS;
    }

    public List<Question> getResults() {
        return results;
    }

    public boolean isMore() {
        return more;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
