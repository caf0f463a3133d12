-- Issue 15: Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017). Two tables that are deliberately NOT linked:
-- survey_answered says only that an application has answered (one response per registration number), and
-- survey_response keeps the raw answers for audit with no registration number, no time of day and a random id,
-- so that no answer can be traced back to an application or a person. SurveyService writes the two in separate
-- transactions (rows of one transaction share its id).
CREATE TABLE survey_answered (
    registration_number VARCHAR(32) PRIMARY KEY
);

CREATE TABLE survey_response (
    -- a random UUID rather than a sequence: the order of responses says nothing about whose they are
    id           VARCHAR(36) PRIMARY KEY,
    service_code VARCHAR(64) NOT NULL,
    answered_on  DATE        NOT NULL,
    -- the nine elements U1..U9, each 1 (worst) to 4 (best), null when the respondent skipped it
    u1           SMALLINT CONSTRAINT survey_u1 CHECK (u1 BETWEEN 1 AND 4),
    u2           SMALLINT CONSTRAINT survey_u2 CHECK (u2 BETWEEN 1 AND 4),
    u3           SMALLINT CONSTRAINT survey_u3 CHECK (u3 BETWEEN 1 AND 4),
    u4           SMALLINT CONSTRAINT survey_u4 CHECK (u4 BETWEEN 1 AND 4),
    u5           SMALLINT CONSTRAINT survey_u5 CHECK (u5 BETWEEN 1 AND 4),
    u6           SMALLINT CONSTRAINT survey_u6 CHECK (u6 BETWEEN 1 AND 4),
    u7           SMALLINT CONSTRAINT survey_u7 CHECK (u7 BETWEEN 1 AND 4),
    u8           SMALLINT CONSTRAINT survey_u8 CHECK (u8 BETWEEN 1 AND 4),
    u9           SMALLINT CONSTRAINT survey_u9 CHECK (u9 BETWEEN 1 AND 4),
    -- optional anonymous profile, codes from fixed lists (SurveyProfile)
    age_band     VARCHAR(16),
    gender       VARCHAR(16),
    education    VARCHAR(16),
    occupation   VARCHAR(32)
);
CREATE INDEX survey_response_period ON survey_response (answered_on, service_code);

-- the camat's rencana tindak lanjut for a period's results (PermenPAN-RB 14/2017: results are followed up), for the
-- whole office (scope '') or one service (its code)
CREATE TABLE survey_follow_up (
    period_from DATE          NOT NULL,
    period_to   DATE          NOT NULL,
    scope       VARCHAR(64)   NOT NULL,
    plan        VARCHAR(4000) NOT NULL,
    entered_by  VARCHAR(100)  NOT NULL,
    entered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (period_from, period_to, scope)
);
