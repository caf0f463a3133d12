-- Issue 14: the outbox carries phone messages too (channel WHATSAPP). Each notice row names its application and
-- event, so staff see which channel reached the citizen; a WhatsApp row keeps the provider's message ids (wamid…)
-- of its template message and of its document message, and the last status the provider's webhook reported.
-- One column per statement: H2 (the demo database) knows no comma list of ADD COLUMN clauses.
ALTER TABLE outbox_message ADD COLUMN application_id BIGINT;
ALTER TABLE outbox_message ADD COLUMN event VARCHAR(32);
ALTER TABLE outbox_message ADD COLUMN provider_message_id VARCHAR(200);
ALTER TABLE outbox_message ADD COLUMN document_message_id VARCHAR(200);
ALTER TABLE outbox_message ADD COLUMN provider_status VARCHAR(16);
ALTER TABLE outbox_message ADD COLUMN provider_status_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX outbox_message_application ON outbox_message (application_id);
CREATE INDEX outbox_message_provider_id ON outbox_message (provider_message_id);
CREATE INDEX outbox_message_document_id ON outbox_message (document_message_id);
