-- The citizens' evaluation of a session: questions a moderator configures, and one response per citizen.
CREATE TABLE survey_question (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    session_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    prompt      VARCHAR(300)  NOT NULL,
    options     TEXT          NULL,
    required    BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_question_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT ck_survey_question_kind CHECK (kind IN ('SCALE', 'CHOICE', 'TEXT')),
    INDEX ix_survey_question_session (session_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_response (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    session_id    BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    submitted_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_survey_response_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_survey_response_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uk_survey_response_once UNIQUE (session_id, account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_answer (
    response_id  BIGINT        NOT NULL,
    question_id  BIGINT        NOT NULL,
    scale_value  TINYINT       NULL,
    choice       VARCHAR(200)  NULL,
    text_value   TEXT          NULL,
    PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id),
    CONSTRAINT ck_survey_answer_scale CHECK (scale_value IS NULL OR scale_value BETWEEN 1 AND 5),
    INDEX ix_survey_answer_question (question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The session report as it stood when the session closed: the published record, which later edits
-- elsewhere do not change. Until then the report is built from the data on every request.
CREATE TABLE session_report (
    session_id    BIGINT       NOT NULL,
    frozen_at     DATETIME(6)  NOT NULL,
    content       LONGTEXT     NOT NULL,
    PRIMARY KEY (session_id),
    CONSTRAINT fk_session_report_session FOREIGN KEY (session_id) REFERENCES accountability_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER survey_question_insert_version AFTER INSERT ON survey_question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER survey_question_update_version AFTER UPDATE ON survey_question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER survey_question_delete_version AFTER DELETE ON survey_question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER survey_response_insert_version AFTER INSERT ON survey_response FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER survey_response_delete_version AFTER DELETE ON survey_response FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_report_insert_version AFTER INSERT ON session_report FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;
