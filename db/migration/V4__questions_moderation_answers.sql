-- Citizen questions, their moderation and support, and the written answers owed after a session.

-- BEFORE: a question is public once a moderator approves it. AFTER: it is public at once and a
-- moderator may still reject it.
ALTER TABLE accountability_session
    ADD COLUMN moderation VARCHAR(20) NOT NULL DEFAULT 'BEFORE';

-- A question may arrive without a department ("no sé"); the moderator assigns one before approval.
-- submission_key makes a resent form create one question only. answer_due_on is set when the answer
-- becomes owed: 15 business days after the session, or the extended date.
ALTER TABLE question
    MODIFY department_id BIGINT NULL,
    ADD COLUMN agenda_item_id    BIGINT       NULL,
    ADD COLUMN show_author       BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN submission_key    VARCHAR(64)  NULL,
    ADD COLUMN moderated_at      DATETIME(6)  NULL,
    ADD COLUMN rejection_reason  VARCHAR(500) NULL,
    ADD COLUMN merged_into_id    BIGINT       NULL,
    ADD COLUMN support_count     INT          NOT NULL DEFAULT 0,
    ADD COLUMN reassigned_at     DATETIME(6)  NULL,
    ADD COLUMN answer_due_on     DATE         NULL,
    ADD COLUMN extension_reason  VARCHAR(500) NULL,
    ADD COLUMN extended_at       DATETIME(6)  NULL,
    ADD CONSTRAINT fk_question_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    ADD CONSTRAINT fk_question_merged_into FOREIGN KEY (merged_into_id) REFERENCES question (id),
    ADD CONSTRAINT uk_question_submission UNIQUE (author_id, submission_key),
    ADD CONSTRAINT ck_question_support CHECK (support_count >= 0),
    ADD INDEX ix_question_department_status (department_id, status, answer_due_on),
    ADD INDEX ix_question_session_support (session_id, status, support_count),
    ADD INDEX ix_question_author (author_id, submitted_at);

-- late: published after the due date. rating: the author's opinion of the answer.
ALTER TABLE response
    ADD COLUMN late      BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN rating    VARCHAR(20)  NULL,
    ADD COLUMN rated_at  DATETIME(6)  NULL,
    ADD INDEX ix_response_department_status (department_id, status, late);

-- One support per citizen and question.
CREATE TABLE question_support (
    question_id   BIGINT      NOT NULL,
    citizen_id    BIGINT      NOT NULL,
    supported_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (question_id, citizen_id),
    CONSTRAINT fk_question_support_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_question_support_citizen FOREIGN KEY (citizen_id) REFERENCES user_account (id),
    INDEX ix_question_support_citizen (citizen_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public moderation log of a session. public_note never holds a rejected question's text.
CREATE TABLE moderation_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    session_id   BIGINT       NOT NULL,
    question_id  BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    public_note  VARCHAR(600) NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_moderation_event_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_moderation_event_question FOREIGN KEY (question_id) REFERENCES question (id),
    INDEX ix_moderation_event_session (session_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
