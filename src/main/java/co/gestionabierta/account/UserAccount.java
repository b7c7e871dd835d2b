package co.gestionabierta.account;

import co.gestionabierta.catalog.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Locale;

/** A person who signs in: a citizen, a secretary bound to one department, a moderator or an administrator. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Email
    @Size(max = 254)
    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @NotBlank
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    /** The department a secretary is responsible for, null for every other role. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    /** True for the demo accounts, which exist only in demo mode. */
    @Column(nullable = false)
    private boolean demo;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "notification_frequency", nullable = false, length = 20)
    private NotificationFrequency notificationFrequency = NotificationFrequency.IMMEDIATE;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Role role, Department department,
                       AccountStatus status, Instant createdAt) {
        if (role == Role.SECRETARY && department == null) {
            throw new IllegalArgumentException("A secretary account needs a department");
        }
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.department = role == Role.SECRETARY ? department : null;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** Activates a new account once its owner follows the e-mail confirmation link. */
    public void confirmEmail() {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
        }
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    /** Changes what the account may do; a secretary must be bound to a department. */
    public void assignRole(Role newRole, Department newDepartment) {
        if (newRole == Role.SECRETARY && newDepartment == null) {
            throw new IllegalArgumentException("A secretary account needs a department");
        }
        this.role = newRole;
        this.department = newRole == Role.SECRETARY ? newDepartment : null;
    }

    public void setStatusByAdministrator(AccountStatus newStatus) {
        if (status == AccountStatus.DELETED || newStatus == AccountStatus.DELETED) {
            throw new IllegalStateException("Deletion is done by the account's owner, and cannot be undone");
        }
        this.status = newStatus;
    }

    /**
     * Removes the personal data of a deleted account, keeping the row so that what it authored stays
     * in the public record under an anonymous name.
     */
    public void anonymize(String unusableHash) {
        this.email = "cuenta-eliminada-" + id + "@anonima.invalid";
        this.displayName = "Cuenta eliminada";
        this.passwordHash = unusableHash;
        this.department = null;
        this.role = Role.CITIZEN;
        this.status = AccountStatus.DELETED;
    }

    public void markDemo() {
        this.demo = true;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    /** Gives a demo account the current demo password and makes it usable again. */
    public void resetDemoAccess(String newHash) {
        if (!demo) {
            throw new IllegalStateException("Only a demo account takes the demo password");
        }
        this.passwordHash = newHash;
        this.status = AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    /** Returns an e-mail address as accounts store it: without surrounding spaces, in lower case. */
    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Department getDepartment() {
        return department;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public NotificationFrequency getNotificationFrequency() {
        return notificationFrequency;
    }

    public void chooseNotificationFrequency(NotificationFrequency frequency) {
        this.notificationFrequency = frequency;
    }
}
