package co.gestionabierta.evaluation;

import co.gestionabierta.account.AccountStatus;
import co.gestionabierta.account.Role;
import co.gestionabierta.account.UserAccount;
import co.gestionabierta.audit.AuditLog;
import co.gestionabierta.audit.Changes;
import co.gestionabierta.session.AccountabilitySession;
import co.gestionabierta.session.SessionStatus;
import co.gestionabierta.web.AccessDeniedException;
import co.gestionabierta.web.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The citizens' evaluation of a session. Moderators write the questions until the first citizen answers.
 * Citizens answer once, while the session owes its written answers, that is after it was held and before
 * it closes. The figures are public and the free text is shown only to moderators.
 */
@Stateless
public class Evaluations {

    public static final int MAX_QUESTIONS = 10;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /** Lists the survey's questions in order. */
    public List<SurveyQuestion> findQuestions(long sessionId) {
        return em.createQuery("select q from SurveyQuestion q where q.session.id = :session order by q.position, q.id",
                SurveyQuestion.class).setParameter("session", sessionId).getResultList();
    }

    public long countResponses(long sessionId) {
        return em.createQuery("select count(r) from SurveyResponse r where r.session.id = :session", Long.class)
                .setParameter("session", sessionId).getSingleResult();
    }

    public boolean hasAnswered(UserAccount citizen, long sessionId) {
        return !em.createQuery("select r.id from SurveyResponse r where r.session.id = :session and r.account.id = :account",
                        Long.class).setParameter("session", sessionId).setParameter("account", citizen.getId())
                .getResultList().isEmpty();
    }

    /**
     * Adds a question at the end of the survey.
     *
     * @param options the options of a choice question, one per line; ignored for other kinds
     */
    public long addQuestion(UserAccount actor, long sessionId, SurveyQuestion.Kind kind, String prompt, String options,
                            boolean required) {
        requireModerator(actor);
        AccountabilitySession session = lockEditable(sessionId);
        String cleanPrompt = clean(prompt);
        if (kind == null) {
            throw new SurveyRuleException("survey.rule.kind");
        }
        if (cleanPrompt.length() < SurveyQuestion.MIN_PROMPT_LENGTH || cleanPrompt.length() > SurveyQuestion.MAX_PROMPT_LENGTH) {
            throw new SurveyRuleException("survey.rule.promptLength", SurveyQuestion.MIN_PROMPT_LENGTH,
                    SurveyQuestion.MAX_PROMPT_LENGTH);
        }
        List<String> optionList = kind == SurveyQuestion.Kind.CHOICE ? options(options) : List.of();
        List<SurveyQuestion> existing = findQuestions(sessionId);
        if (existing.size() >= MAX_QUESTIONS) {
            throw new SurveyRuleException("survey.rule.tooManyQuestions", MAX_QUESTIONS);
        }
        int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getPosition() + 1;
        SurveyQuestion question = new SurveyQuestion(session, position, kind, cleanPrompt, optionList,
                kind != SurveyQuestion.Kind.TEXT && required);
        em.persist(question);
        em.flush();
        audit.record(actor, "SURVEY_QUESTION_ADDED", "SurveyQuestion", question.getId(), new Changes()
                .field("session", null, sessionId).field("kind", null, kind).field("prompt", null, cleanPrompt)
                .field("options", null, optionList.isEmpty() ? null : String.join(" | ", optionList)));
        return question.getId();
    }

    /** Adds the suggested questions to a survey that has none yet. */
    public void addSuggestedQuestions(UserAccount actor, long sessionId) {
        requireModerator(actor);
        lockEditable(sessionId);
        if (!findQuestions(sessionId).isEmpty()) {
            throw new SurveyRuleException("survey.rule.notEmpty");
        }
        for (SuggestedQuestion question : SuggestedQuestion.all()) {
            addQuestion(actor, sessionId, question.kind(), question.prompt(), String.join("\n", question.options()), true);
        }
    }

    public void removeQuestion(UserAccount actor, long sessionId, long questionId) {
        requireModerator(actor);
        lockEditable(sessionId);
        SurveyQuestion question = em.find(SurveyQuestion.class, questionId);
        if (question == null || !question.getSession().getId().equals(sessionId)) {
            throw new NotFoundException("SurveyQuestion", questionId);
        }
        em.remove(question);
        em.flush();
        // Keeps the numbers citizens see, and the ones in messages, at 1, 2, 3 without gaps.
        int position = 1;
        for (SurveyQuestion remaining : findQuestions(sessionId)) {
            remaining.moveTo(position++);
        }
        audit.record(actor, "SURVEY_QUESTION_REMOVED", "SurveyQuestion", questionId,
                new Changes().field("prompt", question.getPrompt(), null));
    }

    /**
     * Stores a citizen's answers, all or nothing.
     *
     * @param answers the answer per question id: "1" to "5" for a scale, the option's text for a choice, the
     *                text for free text; a missing or blank entry leaves the question unanswered
     */
    public void answer(UserAccount citizen, long sessionId, Map<Long, String> answers) {
        if (citizen == null || citizen.getRole() != Role.CITIZEN || citizen.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active citizen answers a survey");
        }
        // One answer per citizen: the account row lock orders a double click, the unique key backs it.
        em.find(UserAccount.class, citizen.getId(), LockModeType.PESSIMISTIC_WRITE);
        AccountabilitySession session = em.find(AccountabilitySession.class, sessionId);
        if (session == null || !session.getStatus().isPublic()) {
            throw new NotFoundException("AccountabilitySession", sessionId);
        }

        if (!session.isTakingEvaluations()) {
            throw new SurveyRuleException("survey.rule.closed");
        }
        if (hasAnswered(citizen, sessionId)) {
            throw new SurveyRuleException("survey.rule.answeredAlready");
        }
        List<SurveyQuestion> questions = findQuestions(sessionId);
        if (questions.isEmpty()) {
            throw new SurveyRuleException("survey.rule.closed");
        }

        List<Object[]> values = new ArrayList<>();
        for (SurveyQuestion question : questions) {
            String submitted = answers.get(question.getId());
            String value = submitted == null ? "" : clean(submitted);
            if (value.isEmpty()) {
                if (question.isRequired()) {
                    throw new SurveyRuleException("survey.rule.required", question.getPosition(), question.getPrompt());
                }
                continue;
            }
            values.add(new Object[] {question, parse(question, value)});
        }

        SurveyResponse response = new SurveyResponse(session, citizen, Instant.now());
        em.persist(response);
        for (Object[] entry : values) {
            SurveyQuestion question = (SurveyQuestion) entry[0];
            Object value = entry[1];
            em.persist(new SurveyAnswer(response, question,
                    value instanceof Integer scale ? scale : null,
                    question.getKind() == SurveyQuestion.Kind.CHOICE ? (String) value : null,
                    question.getKind() == SurveyQuestion.Kind.TEXT ? (String) value : null));
        }
        em.flush();
        audit.record(citizen, "SURVEY_ANSWERED", "SurveyResponse", response.getId(),
                new Changes().field("session", null, sessionId).field("answers", null, values.size()));
    }

    private static Object parse(SurveyQuestion question, String value) {
        switch (question.getKind()) {
            case SCALE -> {
                if (!value.matches("[1-5]")) {
                    throw new SurveyRuleException("survey.rule.scale", question.getPosition());
                }
                return Integer.valueOf(value);
            }
            case CHOICE -> {
                if (!question.getOptionList().contains(value)) {
                    throw new SurveyRuleException("survey.rule.choice", question.getPosition());
                }
                return value;
            }
            default -> {
                if (value.length() > SurveyQuestion.MAX_TEXT_LENGTH) {
                    throw new SurveyRuleException("survey.rule.textLength", question.getPosition(),
                            SurveyQuestion.MAX_TEXT_LENGTH);
                }
                return value;
            }
        }
    }

    /** Returns the public figures of every question, in the survey's order. */
    public List<SurveyResult> results(long sessionId) {
        List<SurveyQuestion> questions = findQuestions(sessionId);
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        Map<Long, Long> answered = new HashMap<>();
        for (Object[] row : em.createQuery("select a.question.id, a.scaleValue, a.choice, count(a) from SurveyAnswer a"
                        + " where a.question.session.id = :session group by a.question.id, a.scaleValue, a.choice",
                Object[].class).setParameter("session", sessionId).getResultList()) {
            long questionId = (Long) row[0];
            long count = (Long) row[3];
            answered.merge(questionId, count, Long::sum);
            String value = row[1] != null ? row[1].toString() : (String) row[2];
            if (value != null) {
                counts.computeIfAbsent(questionId, id -> new HashMap<>()).merge(value, count, Long::sum);
            }
        }
        List<SurveyResult> results = new ArrayList<>();
        for (SurveyQuestion question : questions) {
            Map<String, Long> byValue = counts.getOrDefault(question.getId(), Map.of());
            List<SurveyResult.Count> list = new ArrayList<>();
            Double average = null;
            if (question.getKind() == SurveyQuestion.Kind.SCALE) {
                long total = 0;
                long sum = 0;
                for (int value = 1; value <= 5; value++) {
                    long count = byValue.getOrDefault(String.valueOf(value), 0L);
                    list.add(new SurveyResult.Count(String.valueOf(value), count));
                    total += count;
                    sum += count * value;
                }
                average = total == 0 ? null : Math.round(sum * 100.0 / total) / 100.0;
            } else if (question.getKind() == SurveyQuestion.Kind.CHOICE) {
                for (String option : question.getOptionList()) {
                    list.add(new SurveyResult.Count(option, byValue.getOrDefault(option, 0L)));
                }
            }
            results.add(new SurveyResult(question.getId(), question.getKind(), question.getPrompt(),
                    answered.getOrDefault(question.getId(), 0L), average, list));
        }
        return results;
    }

    /** Lists the free-text answers of a session, newest first, for moderators. */
    public Map<SurveyQuestion, List<String>> textAnswers(UserAccount actor, long sessionId) {
        requireModerator(actor);
        Map<SurveyQuestion, List<String>> texts = new LinkedHashMap<>();
        for (SurveyQuestion question : findQuestions(sessionId)) {
            if (question.getKind() == SurveyQuestion.Kind.TEXT) {
                texts.put(question, em.createQuery("select a.textValue from SurveyAnswer a where a.question.id = :question"
                                + " order by a.response.submittedAt desc", String.class)
                        .setParameter("question", question.getId()).getResultList());
            }
        }
        return texts;
    }

    private AccountabilitySession lockEditable(long sessionId) {
        AccountabilitySession session = em.find(AccountabilitySession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("AccountabilitySession", sessionId);
        }
        if (session.getStatus() == SessionStatus.CLOSED) {
            throw new SurveyRuleException("survey.rule.sessionClosed");
        }
        if (countResponses(sessionId) > 0) {
            throw new SurveyRuleException("survey.rule.hasResponses");
        }
        return session;
    }

    private static List<String> options(String text) {
        List<String> options = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String option = clean(line);
            if (option.isEmpty()) {
                continue;
            }
            if (option.length() > SurveyQuestion.MAX_OPTION_LENGTH) {
                throw new SurveyRuleException("survey.rule.optionLength", SurveyQuestion.MAX_OPTION_LENGTH);
            }
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                throw new SurveyRuleException("survey.rule.optionRepeated", option);
            }
            options.add(option);
        }
        if (options.size() < 2 || options.size() > SurveyQuestion.MAX_OPTIONS) {
            throw new SurveyRuleException("survey.rule.optionCount", SurveyQuestion.MAX_OPTIONS);
        }
        return options;
    }

    /**
     * Trims, joins decomposed accents (NFC), turns CRLF into LF and drops other control characters except tabs.
     * Browsers post a line break as CRLF but count it as one character against a text area's maxlength.
     */
    static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n")
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
    }

    private static void requireModerator(UserAccount actor) {
        if (actor == null || actor.getRole() != Role.MODERATOR || actor.getStatus() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Only an active moderator writes a survey");
        }
    }
}
