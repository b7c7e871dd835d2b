package co.gestionabierta.evaluation;

import co.gestionabierta.account.UserAccount;
import co.gestionabierta.session.AccountabilitySession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A citizen's answers to a session's survey; the database keeps one per citizen and session. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private AccountabilitySession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected SurveyResponse() {
    }

    SurveyResponse(AccountabilitySession session, UserAccount account, Instant submittedAt) {
        this.session = session;
        this.account = account;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
