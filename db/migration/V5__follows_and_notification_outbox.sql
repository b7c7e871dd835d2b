-- Following and the e-mail outbox.

-- A citizen follows a session, a question or a commitment. The token makes the unsubscribe link in
-- every e-mail work without signing in.
CREATE TABLE follow (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    account_id         BIGINT       NOT NULL,
    target_type        VARCHAR(20)  NOT NULL,
    target_id          BIGINT       NOT NULL,
    unsubscribe_token  CHAR(43)     NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_follow UNIQUE (account_id, target_type, target_id),
    CONSTRAINT uk_follow_token UNIQUE (unsubscribe_token),
    CONSTRAINT fk_follow_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    INDEX ix_follow_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every e-mail is first stored here, in the transaction of the change that causes it, then sent by a
-- background worker with retries. A row is claimed (SENDING) before the SMTP call and marked SENT after
-- it, so a restart never sends a SENT row again.
CREATE TABLE notification (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_email  VARCHAR(254)  NOT NULL,
    template         VARCHAR(40)   NOT NULL,
    arguments        TEXT          NOT NULL,
    unsubscribe_url  VARCHAR(500)  NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_at       DATETIME(6)   NULL,
    sent_at          DATETIME(6)   NULL,
    last_error       VARCHAR(500)  NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
