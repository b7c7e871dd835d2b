package co.gestionabierta.account;

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

/** A citizen's recorded autorización de tratamiento de datos: for which purpose, which text version, when. */
@Entity
@Table(name = "personal_data_consent")
public class PersonalDataConsent {

    /** The purpose of the registration consent, whose text is privacy.consent.text in the bundles. */
    public static final String PURPOSE_PARTICIPATION = "PARTICIPATION";

    /** The purpose accepted with each question, whose text is question.consent in the bundles. */
    public static final String PURPOSE_QUESTION = "QUESTION";
    /** Version of the consent and privacy-notice text; change it whenever the text changes. */
    public static final String TEXT_VERSION = "2026-12-04";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(nullable = false, length = 60)
    private String purpose;

    @Column(name = "text_version", nullable = false, length = 20)
    private String textVersion;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected PersonalDataConsent() {
    }

    public PersonalDataConsent(UserAccount account, String purpose, String textVersion, Instant givenAt) {
        this.account = account;
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
