-- Accounts: personal-data consent, single-use e-mail tokens, throttling of sensitive requests, and
-- the append-only audit log of staff writes.

-- Explicit consent (Ley 1581 de 2012) recorded before any personal data is stored.
CREATE TABLE personal_data_consent (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    account_id    BIGINT      NOT NULL,
    purpose       VARCHAR(60) NOT NULL,
    text_version  VARCHAR(20) NOT NULL,
    given_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Links sent by e-mail. Only the SHA-256 of the token is stored, so a copy of the table opens nothing.
CREATE TABLE account_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recent attempts of throttled requests (failed logins, registrations, password resets), keyed by a
-- SHA-256 of the e-mail or address so the table holds no personal data in clear. Kept in the
-- database so every node of a cluster counts the same attempts.
CREATE TABLE throttle_event (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(30) NOT NULL,
    subject_hash  CHAR(64)    NOT NULL,
    occurred_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_throttle_lookup (kind, subject_hash, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every write by a secretary, moderator or administrator: who, when, which object, what changed.
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor_id     BIGINT       NULL,
    actor_role   VARCHAR(20)  NULL,
    action       VARCHAR(60)  NOT NULL,
    object_type  VARCHAR(60)  NOT NULL,
    object_id    VARCHAR(60)  NULL,
    changes      TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_actor FOREIGN KEY (actor_id) REFERENCES user_account (id),
    INDEX ix_audit_occurred (occurred_at),
    INDEX ix_audit_actor (actor_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit log is append-only for the application: the database rejects changes and deletions.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
