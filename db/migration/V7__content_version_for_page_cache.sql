-- The version of the public content. Every change to a table shown on public pages increments it in
-- the same transaction, so the page cache of every node sees the change and renders the page again.
CREATE TABLE content_version (
    id       TINYINT NOT NULL,
    version  BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO content_version (id, version) VALUES (1, 1);

CREATE TRIGGER accountability_session_insert_version AFTER INSERT ON accountability_session FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER accountability_session_update_version AFTER UPDATE ON accountability_session FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER accountability_session_delete_version AFTER DELETE ON accountability_session FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_department_insert_version AFTER INSERT ON session_department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_department_update_version AFTER UPDATE ON session_department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_department_delete_version AFTER DELETE ON session_department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER agenda_item_insert_version AFTER INSERT ON agenda_item FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER agenda_item_update_version AFTER UPDATE ON agenda_item FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER agenda_item_delete_version AFTER DELETE ON agenda_item FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER agenda_item_dataset_insert_version AFTER INSERT ON agenda_item_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER agenda_item_dataset_update_version AFTER UPDATE ON agenda_item_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER agenda_item_dataset_delete_version AFTER DELETE ON agenda_item_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER question_insert_version AFTER INSERT ON question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER question_update_version AFTER UPDATE ON question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER question_delete_version AFTER DELETE ON question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER response_insert_version AFTER INSERT ON response FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER response_update_version AFTER UPDATE ON response FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER response_delete_version AFTER DELETE ON response FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER question_support_insert_version AFTER INSERT ON question_support FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER question_support_update_version AFTER UPDATE ON question_support FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER question_support_delete_version AFTER DELETE ON question_support FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER moderation_event_insert_version AFTER INSERT ON moderation_event FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER moderation_event_update_version AFTER UPDATE ON moderation_event FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER moderation_event_delete_version AFTER DELETE ON moderation_event FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_insert_version AFTER INSERT ON commitment FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_update_version AFTER UPDATE ON commitment FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_delete_version AFTER DELETE ON commitment FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_department_insert_version AFTER INSERT ON commitment_department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_department_update_version AFTER UPDATE ON commitment_department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_department_delete_version AFTER DELETE ON commitment_department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_milestone_insert_version AFTER INSERT ON commitment_milestone FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_milestone_update_version AFTER UPDATE ON commitment_milestone FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_milestone_delete_version AFTER DELETE ON commitment_milestone FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_update_insert_version AFTER INSERT ON commitment_update FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_update_update_version AFTER UPDATE ON commitment_update FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_update_delete_version AFTER DELETE ON commitment_update FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_evidence_insert_version AFTER INSERT ON commitment_evidence FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_evidence_update_version AFTER UPDATE ON commitment_evidence FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER commitment_evidence_delete_version AFTER DELETE ON commitment_evidence FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER management_report_insert_version AFTER INSERT ON management_report FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER management_report_update_version AFTER UPDATE ON management_report FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER management_report_delete_version AFTER DELETE ON management_report FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER report_document_insert_version AFTER INSERT ON report_document FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER report_document_update_version AFTER UPDATE ON report_document FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER report_document_delete_version AFTER DELETE ON report_document FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER report_dataset_insert_version AFTER INSERT ON report_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER report_dataset_update_version AFTER UPDATE ON report_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER report_dataset_delete_version AFTER DELETE ON report_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER dataset_insert_version AFTER INSERT ON dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER dataset_update_version AFTER UPDATE ON dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER dataset_delete_version AFTER DELETE ON dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_dataset_insert_version AFTER INSERT ON session_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_dataset_update_version AFTER UPDATE ON session_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER session_dataset_delete_version AFTER DELETE ON session_dataset FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER department_insert_version AFTER INSERT ON department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER department_update_version AFTER UPDATE ON department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER department_delete_version AFTER DELETE ON department FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER development_plan_line_insert_version AFTER INSERT ON development_plan_line FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER development_plan_line_update_version AFTER UPDATE ON development_plan_line FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER development_plan_line_delete_version AFTER DELETE ON development_plan_line FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER entity_settings_insert_version AFTER INSERT ON entity_settings FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER entity_settings_update_version AFTER UPDATE ON entity_settings FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER entity_settings_delete_version AFTER DELETE ON entity_settings FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER user_account_insert_version AFTER INSERT ON user_account FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER user_account_update_version AFTER UPDATE ON user_account FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER user_account_delete_version AFTER DELETE ON user_account FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1;

-- The session page lists a session's published questions a page at a time, by date or by support; the
-- support index gains the tie-breaking columns of that order.
ALTER TABLE question
    ADD INDEX ix_question_session_date (session_id, status, submitted_at, id),
    DROP INDEX ix_question_session_support,
    ADD INDEX ix_question_session_support (session_id, status, support_count, submitted_at, id);

-- The key of the form that created a commitment: a resent or double-clicked form finds the commitment
-- it already created instead of creating a second one.
ALTER TABLE commitment
    ADD COLUMN submission_key VARCHAR(64) NULL,
    ADD CONSTRAINT uk_commitment_submission UNIQUE (submission_key);
