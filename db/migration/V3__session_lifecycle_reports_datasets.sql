-- Session lifecycle, live state, uploaded management reports and the dataset catalogue.

-- A session moves DRAFT -> SCHEDULED -> LIVE -> ANSWERING -> CLOSED. Published sessions planned
-- before this version were SCHEDULED under another name.
UPDATE accountability_session SET status = 'SCHEDULED' WHERE status = 'PLANNED';

-- Questions are accepted between two instants (UTC). The agenda revision grows with every agenda
-- change, so two moderators editing at once detect each other. The live columns hold what the
-- public live page shows; they live in the database so every server node agrees.
ALTER TABLE accountability_session
    ADD COLUMN questions_open_at    DATETIME(6)  NULL,
    ADD COLUMN questions_close_at   DATETIME(6)  NULL,
    ADD COLUMN livestream_url       VARCHAR(500) NULL,
    ADD COLUMN agenda_revision      BIGINT       NOT NULL DEFAULT 0,
    ADD COLUMN current_item_id      BIGINT       NULL,
    ADD COLUMN current_question_id  BIGINT       NULL,
    ADD COLUMN live_changed_at      DATETIME(6)  NULL,
    ADD CONSTRAINT fk_session_current_item FOREIGN KEY (current_item_id) REFERENCES agenda_item (id),
    ADD CONSTRAINT fk_session_current_question FOREIGN KEY (current_question_id) REFERENCES question (id),
    ADD CONSTRAINT ck_session_question_window CHECK (questions_open_at IS NULL OR questions_close_at IS NULL
                                                      OR questions_open_at < questions_close_at),
    ADD INDEX ix_session_status_held_on (status, held_on),
    ADD INDEX ix_session_year_quarter (session_year, quarter);

-- Reordering moves several items at once; the service keeps positions 1..n under a row lock on
-- the session, so the unique key would only get in the way of the intermediate states.
ALTER TABLE agenda_item
    ADD INDEX ix_agenda_item_order (session_id, sort_order),
    DROP INDEX uk_agenda_item_order;

-- Why a question was left without an answer when its session was closed.
ALTER TABLE question
    ADD COLUMN unanswered_reason VARCHAR(500) NULL;

ALTER TABLE management_report
    ADD COLUMN period          VARCHAR(40)  NULL,
    ADD COLUMN agenda_item_id  BIGINT       NULL,
    ADD COLUMN file_size       BIGINT       NULL,
    ADD COLUMN file_sha256     CHAR(64)     NULL,
    ADD COLUMN uploaded_by     BIGINT       NULL,
    ADD COLUMN uploaded_at     DATETIME(6)  NULL,
    ADD CONSTRAINT fk_report_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    ADD CONSTRAINT fk_report_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES user_account (id),
    ADD INDEX ix_report_department_published (department_id, published_on);

-- The PDF itself, apart from the report row so that lists never read it.
CREATE TABLE report_document (
    report_id  BIGINT   NOT NULL,
    content    LONGBLOB NOT NULL,
    PRIMARY KEY (report_id),
    CONSTRAINT fk_report_document_report FOREIGN KEY (report_id) REFERENCES management_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A dataset is identified by its portal and the portal's own id; titles may repeat.
ALTER TABLE dataset
    DROP INDEX uk_dataset_title,
    MODIFY theme VARCHAR(200) NULL,
    ADD COLUMN description      TEXT         NULL,
    ADD COLUMN publisher        VARCHAR(200) NULL,
    ADD COLUMN last_updated_at  DATETIME(6)  NULL,
    ADD COLUMN column_names     TEXT         NULL,
    ADD COLUMN imported_at      DATETIME(6)  NULL,
    ADD CONSTRAINT uk_dataset_portal_identifier UNIQUE (portal, portal_identifier),
    ADD INDEX ix_dataset_title (title);

CREATE TABLE agenda_item_dataset (
    agenda_item_id  BIGINT NOT NULL,
    dataset_id      BIGINT NOT NULL,
    PRIMARY KEY (agenda_item_id, dataset_id),
    CONSTRAINT fk_agenda_item_dataset_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_agenda_item_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_dataset (
    report_id   BIGINT NOT NULL,
    dataset_id  BIGINT NOT NULL,
    PRIMARY KEY (report_id, dataset_id),
    CONSTRAINT fk_report_dataset_report FOREIGN KEY (report_id) REFERENCES management_report (id),
    CONSTRAINT fk_report_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
