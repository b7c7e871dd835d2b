package co.gestionabierta.question;

/**
 * What a citizen sends when asking. A null department means "no sé": the moderator assigns one.
 * The submission key identifies the form shown, so sending it twice stores one question.
 */
public record QuestionForm(long sessionId, Long departmentId, Long agendaItemId, String text, boolean showAuthor,
                           boolean consent, String submissionKey) {

    public QuestionForm {
        text = text == null ? null : text.strip();
    }
}
