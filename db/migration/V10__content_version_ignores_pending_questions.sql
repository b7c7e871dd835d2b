-- A question that awaits moderation is on no shared page: only its author and the moderators see it,
-- and their pages are rendered for them. Storing, editing or deleting such a question therefore leaves
-- the content version alone, so the questions that citizens send during a live session do not make
-- every node render its stored pages again. Approving or rejecting one changes its status, which does
-- increment the version. The condition sits in the UPDATE's WHERE clause so that each trigger stays a
-- single statement.
DROP TRIGGER question_insert_version;
DROP TRIGGER question_update_version;
DROP TRIGGER question_delete_version;

CREATE TRIGGER question_insert_version AFTER INSERT ON question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1 AND NEW.status <> 'PENDING';

CREATE TRIGGER question_update_version AFTER UPDATE ON question FOR EACH ROW
    UPDATE content_version SET version = version + 1
    WHERE id = 1 AND (OLD.status <> 'PENDING' OR NEW.status <> 'PENDING');

CREATE TRIGGER question_delete_version AFTER DELETE ON question FOR EACH ROW
    UPDATE content_version SET version = version + 1 WHERE id = 1 AND OLD.status <> 'PENDING';
