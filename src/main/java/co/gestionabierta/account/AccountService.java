package co.gestionabierta.account;

import co.gestionabierta.notification.Mailer;
import co.gestionabierta.question.Question;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The citizens' account use cases: register, confirm, sign in, recover and change passwords, export, delete. */
@Stateless
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;
    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Logger LOG = Logger.getLogger(AccountService.class);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountRepository accounts;

    @EJB
    private Throttle throttle;

    @Inject
    private Mailer mailer;

    /**
     * Registers a citizen: records the consent, stores a PENDING account and e-mails the confirmation
     * link. An address already registered gets an e-mail saying so, and the caller sees the same
     * outcome, so the form does not reveal who has an account.
     */
    public void register(String displayName, String email, char[] password, boolean consentGiven, Locale locale,
                         String clientAddress) {
        if (!consentGiven) {
            throw new AccountException("register.consentRequired");
        }
        String name = displayName == null ? "" : displayName.strip();
        if (name.length() < 2 || name.length() > 120) {
            throw new AccountException("register.nameInvalid");
        }
        String normalizedEmail = requireValidEmail(email);
        requireStrongPassword(password);
        if (throttle.isBlocked(Throttle.Kind.REGISTRATION_ADDRESS, clientAddress)) {
            throw new AccountException("throttle.registration");
        }
        throttle.record(Throttle.Kind.REGISTRATION_ADDRESS, clientAddress);

        Optional<UserAccount> existing = accounts.findByEmail(normalizedEmail);
        if (existing.isPresent()) {
            mailer.send(normalizedEmail, "alreadyRegistered", locale, Mailer.publicUrl() + "/forgot-password.xhtml");
            return;
        }

        Instant now = Instant.now();
        UserAccount account = new UserAccount(normalizedEmail, name, PasswordHasher.hash(password), Role.CITIZEN,
                null, AccountStatus.PENDING, now);
        em.persist(account);
        em.persist(new PersonalDataConsent(account, PersonalDataConsent.PURPOSE_PARTICIPATION,
                PersonalDataConsent.TEXT_VERSION, now));
        String token = issueToken(account, AccountToken.Purpose.CONFIRM_EMAIL, CONFIRMATION_VALIDITY, now);

        mailer.send(normalizedEmail, "confirm", locale, name, link("/confirm.xhtml", token));
        LOG.infof("Registered account %d, waiting for e-mail confirmation", account.getId());
    }

    /** Activates the account of a confirmation link; an unknown, used or expired link is rejected. */
    public void confirmEmail(String token) {
        AccountToken stored = usableToken(token, AccountToken.Purpose.CONFIRM_EMAIL);

        stored.use(Instant.now());
        stored.getAccount().confirmEmail();

        LOG.infof("Account %d confirmed its e-mail", stored.getAccount().getId());
    }

    /** Finds the active account with this e-mail and password, if both match. */
    public Optional<UserAccount> verifyCredentials(String email, char[] password) {
        Optional<UserAccount> account = accounts.findByEmail(email);
        if (account.isEmpty()) {
            // Hash anyway, so that unknown addresses take as long as wrong passwords.
            PasswordHasher.matches(password, PasswordHasher.UNKNOWN_ACCOUNT_HASH);
            return Optional.empty();
        }
        boolean matches = PasswordHasher.matches(password, account.get().getPasswordHash());
        return matches && account.get().canSignIn() ? account : Optional.empty();
    }

    public boolean isLoginBlocked(String email, String clientAddress) {
        return throttle.isBlocked(Throttle.Kind.LOGIN_FAILURE_ACCOUNT, normalizeOrEmpty(email))
                || throttle.isBlocked(Throttle.Kind.LOGIN_FAILURE_ADDRESS, clientAddress);
    }

    public void recordLoginFailure(String email, String clientAddress) {
        throttle.record(Throttle.Kind.LOGIN_FAILURE_ACCOUNT, normalizeOrEmpty(email));
        throttle.record(Throttle.Kind.LOGIN_FAILURE_ADDRESS, clientAddress);
    }

    public void recordLoginSuccess(String email) {
        throttle.clear(Throttle.Kind.LOGIN_FAILURE_ACCOUNT, normalizeOrEmpty(email));
    }

    /**
     * E-mails a single-use password link to an active account. The caller shows the same message
     * whether or not the address has an account.
     */
    public void requestPasswordReset(String email, Locale locale, String clientAddress) {
        String normalizedEmail = requireValidEmail(email);
        if (throttle.isBlocked(Throttle.Kind.PASSWORD_RESET_ADDRESS, clientAddress)
                || throttle.isBlocked(Throttle.Kind.PASSWORD_RESET_ACCOUNT, normalizedEmail)) {
            throw new AccountException("throttle.passwordReset");
        }
        throttle.record(Throttle.Kind.PASSWORD_RESET_ADDRESS, clientAddress);
        throttle.record(Throttle.Kind.PASSWORD_RESET_ACCOUNT, normalizedEmail);

        Optional<UserAccount> account = accounts.findByEmail(normalizedEmail).filter(UserAccount::canSignIn);
        if (account.isEmpty()) {
            return;
        }
        String token = issueToken(account.get(), AccountToken.Purpose.RESET_PASSWORD, RESET_VALIDITY, Instant.now());
        mailer.send(normalizedEmail, "resetPassword", locale, account.get().getDisplayName(),
                link("/reset-password.xhtml", token));
    }

    /** Checks, without using it, whether a password-reset link can still be used. */
    public boolean isResetTokenUsable(String token) {
        try {
            usableToken(token, AccountToken.Purpose.RESET_PASSWORD);
            return true;
        } catch (AccountException e) {
            return false;
        }
    }

    /** Sets a new password through a reset link, which then stops working. */
    public void resetPassword(String token, char[] newPassword) {
        requireStrongPassword(newPassword);
        AccountToken stored = usableToken(token, AccountToken.Purpose.RESET_PASSWORD);

        stored.use(Instant.now());
        stored.getAccount().changePasswordHash(PasswordHasher.hash(newPassword));

        LOG.infof("Account %d set a new password through a reset link", stored.getAccount().getId());
    }

    public void changePassword(long accountId, char[] currentPassword, char[] newPassword) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !PasswordHasher.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountException("password.currentWrong");
        }
        requireStrongPassword(newPassword);

        account.changePasswordHash(PasswordHasher.hash(newPassword));

        LOG.infof("Account %d changed its password", accountId);
    }

    /** Everything stored about the account, as the JSON document its owner downloads. */
    public String exportPersonalData(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        JsonArrayBuilder consents = Json.createArrayBuilder();
        for (PersonalDataConsent consent : accounts.findConsents(accountId)) {
            consents.add(Json.createObjectBuilder()
                    .add("purpose", consent.getPurpose())
                    .add("textVersion", consent.getTextVersion())
                    .add("givenAt", consent.getGivenAt().toString()));
        }
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (Question question : authoredQuestions(accountId)) {
            questions.add(Json.createObjectBuilder()
                    .add("id", question.getId())
                    .add("session", question.getSession().getTitle())
                    .add("department", question.getDepartment().getName())
                    .add("text", question.getText())
                    .add("status", question.getStatus().name())
                    .add("submittedAt", question.getSubmittedAt().toString()));
        }
        JsonObjectBuilder document = Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder()
                        .add("id", account.getId())
                        .add("name", account.getDisplayName())
                        .add("email", account.getEmail())
                        .add("role", account.getRole().name())
                        .add("status", account.getStatus().name())
                        .add("createdAt", account.getCreatedAt().toString()))
                .add("consents", consents)
                .add("questions", questions)
                .add("exportedAt", Instant.now().toString());
        return document.build().toString();
    }

    /**
     * Deletes the account after checking its password: personal data is removed and what it authored
     * stays public under "Cuenta eliminada". E-mail links still pending stop working.
     */
    public void deleteAccount(long accountId, char[] password) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || !PasswordHasher.matches(password, account.getPasswordHash())) {
            throw new AccountException("password.currentWrong");
        }
        if (account.getRole() != Role.CITIZEN) {
            throw new AccountException("account.deleteStaff");
        }

        account.anonymize(PasswordHasher.hash(Tokens.newToken().toCharArray()));
        em.createQuery("delete from AccountToken t where t.account.id = :account")
                .setParameter("account", accountId)
                .executeUpdate();

        LOG.infof("Account %d deleted by its owner and anonymised", accountId);
    }

    private List<Question> authoredQuestions(long accountId) {
        return em.createQuery("select q from Question q join fetch q.session join fetch q.department"
                        + " where q.author.id = :account order by q.submittedAt", Question.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    private String issueToken(UserAccount account, AccountToken.Purpose purpose, Duration validity, Instant now) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(account, purpose, Tokens.sha256(token), now, now.plus(validity)));
        return token;
    }

    private AccountToken usableToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new AccountException("token.invalid");
        }
        List<AccountToken> found = em.createQuery("select t from AccountToken t join fetch t.account"
                        + " where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", Tokens.sha256(token))
                .getResultList();
        if (found.isEmpty() || !found.get(0).isUsable(purpose, Instant.now())) {
            throw new AccountException("token.invalid");
        }
        return found.get(0);
    }

    private static String link(String page, String token) {
        return Mailer.publicUrl() + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String requireValidEmail(String email) {
        String normalized = email == null ? "" : UserAccount.normalizeEmail(email);
        if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
            throw new AccountException("email.invalid");
        }
        return normalized;
    }

    static void requireStrongPassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password.tooShort");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new AccountException("password.tooLong");
        }
    }

    private static String normalizeOrEmpty(String email) {
        return email == null ? "" : UserAccount.normalizeEmail(email);
    }
}
