-- Commitments gain a description, an origin, milestones and an append-only history of updates with
-- evidence; citizens may choose a daily digest instead of one e-mail per change.

ALTER TABLE commitment
    ADD COLUMN description      TEXT        NULL AFTER title,
    ADD COLUMN question_id      BIGINT      NULL AFTER response_id,
    ADD COLUMN created_at       DATETIME(6) NULL,
    ADD COLUMN last_changed_at  DATETIME(6) NULL,
    ADD CONSTRAINT fk_commitment_question FOREIGN KEY (question_id) REFERENCES question (id);

-- "Overdue" is now computed from the due date; the stored state of a late commitment is "delayed".
UPDATE commitment SET status = 'DELAYED' WHERE status = 'OVERDUE';
UPDATE commitment SET created_at = UTC_TIMESTAMP(6), last_changed_at = UTC_TIMESTAMP(6);

ALTER TABLE commitment
    MODIFY created_at      DATETIME(6) NOT NULL,
    MODIFY last_changed_at DATETIME(6) NOT NULL,
    ADD INDEX ix_commitment_feed (last_changed_at, id),
    ADD INDEX ix_commitment_feed_department (responsible_department_id, last_changed_at, id),
    ADD INDEX ix_commitment_feed_status (status, last_changed_at, id),
    ADD INDEX ix_commitment_feed_session (session_id, last_changed_at, id),
    ADD INDEX ix_commitment_feed_source (source, last_changed_at, id);

-- Milestones (hitos) of a commitment, in order; reached_on is set by the update that reports it.
CREATE TABLE commitment_milestone (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    commitment_id  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    title          VARCHAR(300) NOT NULL,
    due_on         DATE         NULL,
    reached_on     DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    INDEX ix_milestone_commitment (commitment_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a commitment, its creation included: the public timeline and the Atom feed. The rows
-- are never changed or deleted, so the history cannot be rewritten.
CREATE TABLE commitment_update (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    commitment_id      BIGINT       NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    body               TEXT         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    progress_percent   TINYINT      NOT NULL,
    previous_status    VARCHAR(20)  NULL,
    previous_progress  TINYINT      NULL,
    milestone_id       BIGINT       NULL,
    department_id      BIGINT       NOT NULL,
    author_id          BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_update_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_update_milestone FOREIGN KEY (milestone_id) REFERENCES commitment_milestone (id),
    CONSTRAINT fk_update_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_update_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_update_progress CHECK (progress_percent BETWEEN 0 AND 100),
    INDEX ix_update_commitment (commitment_id, created_at, id),
    INDEX ix_update_feed (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER commitment_update_no_update BEFORE UPDATE ON commitment_update FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commitment_update is append-only';

CREATE TRIGGER commitment_update_no_delete BEFORE DELETE ON commitment_update FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commitment_update is append-only';

-- Evidence of an update: a link or a file (PDF, PNG or JPEG), kept with the update it belongs to.
CREATE TABLE commitment_evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    update_id     BIGINT        NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    url           VARCHAR(2000) NULL,
    file_name     VARCHAR(255)  NULL,
    content_type  VARCHAR(100)  NULL,
    file_size     BIGINT        NULL,
    sha256        CHAR(64)      NULL,
    content       LONGBLOB      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_update FOREIGN KEY (update_id) REFERENCES commitment_update (id),
    INDEX ix_evidence_update (update_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER commitment_evidence_no_update BEFORE UPDATE ON commitment_evidence FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commitment_evidence is append-only';

CREATE TRIGGER commitment_evidence_no_delete BEFORE DELETE ON commitment_evidence FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commitment_evidence is append-only';

-- The creation of every existing commitment starts its history.
INSERT INTO commitment_update (commitment_id, kind, body, status, progress_percent, department_id, created_at)
SELECT id, 'CREATED', title, status, progress_percent, responsible_department_id, created_at FROM commitment;

-- IMMEDIATE: one e-mail per change; DAILY: one digest a day.
ALTER TABLE user_account
    ADD COLUMN notification_frequency VARCHAR(20) NOT NULL DEFAULT 'IMMEDIATE';

-- A notification held for a digest waits as HELD and becomes DIGESTED when the digest is queued. The
-- follow kind chooses the unsubscribe wording.
-- A digest carries many notifications' text in its arguments.
ALTER TABLE notification
    MODIFY arguments MEDIUMTEXT NOT NULL,
    ADD COLUMN follow_kind VARCHAR(20) NULL AFTER unsubscribe_url,
    ADD INDEX ix_notification_held (status, recipient_email);

-- When the next daily digest is due. One row; the node that locks it sends the digests.
CREATE TABLE digest_schedule (
    id           TINYINT     NOT NULL,
    next_run_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO digest_schedule (id, next_run_at) VALUES (1, UTC_TIMESTAMP(6));
