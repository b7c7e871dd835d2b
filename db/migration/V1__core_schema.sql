-- Core schema of Gestión Abierta. Every table is InnoDB with utf8mb4, so names with tildes and ñ,
-- and emoji in citizens' text, are stored as written. Instants are DATETIME(6) in UTC; calendar
-- dates and times of day without a zone are in the entity's own time zone.

CREATE TABLE entity_settings (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(100) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    website     VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    code     VARCHAR(20)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_department_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE development_plan_line (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    plan_period       VARCHAR(20)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    progress_percent  DECIMAL(5,2) NOT NULL,
    cutoff_on         DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_line UNIQUE (plan_period, name),
    CONSTRAINT ck_plan_line_progress CHECK (progress_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE accountability_session (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    title           VARCHAR(300) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    session_year    SMALLINT     NOT NULL,
    quarter         TINYINT      NULL,
    held_on         DATE         NOT NULL,
    date_confirmed  BOOLEAN      NOT NULL DEFAULT TRUE,
    starts_at       TIME         NULL,
    place           VARCHAR(300) NULL,
    summary         TEXT         NULL,
    status          VARCHAR(20)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_session_quarter CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
    INDEX ix_session_held_on (held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_department (
    session_id     BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, department_id),
    CONSTRAINT fk_session_department_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_session_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    session_id        BIGINT       NOT NULL,
    sort_order        INT          NOT NULL,
    title             VARCHAR(300) NOT NULL,
    department_id     BIGINT       NULL,
    duration_minutes  INT          NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_agenda_item_order UNIQUE (session_id, sort_order),
    CONSTRAINT fk_agenda_item_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_agenda_item_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_agenda_item_duration CHECK (duration_minutes IS NULL OR duration_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE management_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    department_id  BIGINT       NOT NULL,
    session_id     BIGINT       NULL,
    title          VARCHAR(300) NOT NULL,
    summary        TEXT         NULL,
    file_name      VARCHAR(255) NULL,
    published_on   DATE         NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_report_session FOREIGN KEY (session_id) REFERENCES accountability_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dataset (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    title              VARCHAR(300) NOT NULL,
    portal             VARCHAR(100) NOT NULL,
    theme              VARCHAR(100) NOT NULL,
    portal_identifier  VARCHAR(100) NULL,
    url                VARCHAR(500) NULL,
    department_id      BIGINT       NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_dataset_title UNIQUE (portal, title),
    CONSTRAINT fk_dataset_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_dataset (
    session_id  BIGINT NOT NULL,
    dataset_id  BIGINT NOT NULL,
    PRIMARY KEY (session_id, dataset_id),
    CONSTRAINT fk_session_dataset_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_session_dataset_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(20)  NOT NULL,
    department_id  BIGINT       NULL,
    status         VARCHAR(20)  NOT NULL,
    demo           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_user_account_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT ck_user_account_secretary CHECK (role <> 'SECRETARY' OR department_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE question (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    session_id     BIGINT      NOT NULL,
    department_id  BIGINT      NOT NULL,
    author_id      BIGINT      NULL,
    body           TEXT        NOT NULL,
    status         VARCHAR(20) NOT NULL,
    example        BOOLEAN     NOT NULL DEFAULT FALSE,
    submitted_at   DATETIME(6) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_question_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_question_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    INDEX ix_question_session_status (session_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    question_id    BIGINT      NOT NULL,
    department_id  BIGINT      NOT NULL,
    author_id      BIGINT      NULL,
    body           TEXT        NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    answered_at    DATETIME(6) NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_response_question UNIQUE (question_id),
    CONSTRAINT fk_response_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT fk_response_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_response_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commitment (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    reference                  VARCHAR(40)  NULL,
    title                      VARCHAR(500) NOT NULL,
    result                     TEXT         NULL,
    responsible_department_id  BIGINT       NOT NULL,
    session_id                 BIGINT       NULL,
    response_id                BIGINT       NULL,
    source                     VARCHAR(20)  NOT NULL,
    starts_on                  DATE         NULL,
    due_on                     DATE         NOT NULL,
    status                     VARCHAR(20)  NOT NULL,
    progress_percent           TINYINT      NOT NULL DEFAULT 0,
    version                    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_commitment_reference UNIQUE (reference),
    CONSTRAINT fk_commitment_department FOREIGN KEY (responsible_department_id) REFERENCES department (id),
    CONSTRAINT fk_commitment_session FOREIGN KEY (session_id) REFERENCES accountability_session (id),
    CONSTRAINT fk_commitment_response FOREIGN KEY (response_id) REFERENCES response (id),
    CONSTRAINT ck_commitment_progress CHECK (progress_percent BETWEEN 0 AND 100),
    INDEX ix_commitment_due_on (due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Departments that share a commitment with the responsible one.
CREATE TABLE commitment_department (
    commitment_id  BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (commitment_id, department_id),
    CONSTRAINT fk_commitment_department_commitment FOREIGN KEY (commitment_id) REFERENCES commitment (id),
    CONSTRAINT fk_commitment_department_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per demo data set loaded, so a restart or a second node never loads it twice.
CREATE TABLE demo_data_load (
    name       VARCHAR(60) NOT NULL,
    loaded_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
