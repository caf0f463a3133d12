-- Issue 14: Telegram. A bot may message only someone who started it, so the receipt and the tracking page offer a
-- deep link https://t.me/<bot>?start=<token>; the bot's webhook binds the chat that sent "/start <token>" to the
-- application. A token is single use and expires after 7 days; only its SHA-256 (hex) is kept, so the table does
-- not hand out working links to whoever reads it.
CREATE TABLE telegram_link_token (
    token_hash     VARCHAR(64) PRIMARY KEY,
    application_id BIGINT      NOT NULL REFERENCES application (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX telegram_link_token_application ON telegram_link_token (application_id);

-- The chat that receives an application's notices (one per application: a later link replaces it).
CREATE TABLE telegram_chat (
    application_id BIGINT   NOT NULL PRIMARY KEY REFERENCES application (id),
    chat_id        BIGINT   NOT NULL,
    bound_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
