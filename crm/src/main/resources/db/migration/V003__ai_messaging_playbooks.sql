-- FashionOS CRM schema, part 3: agent runs, conversations and messages (the approval gate), WhatsApp
-- templates, playbooks and their retrievable chunks.

CREATE TABLE ai_runs
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id        uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    agent_node      text        NOT NULL CHECK (agent_node IN ('ORCHESTRATOR', 'ANALYST', 'CONTENT', 'CONTROLLER',
                                                               'GUARDIAN', 'RETRIEVER', 'ENRICHMENT', 'SCORER')),
    workflow_type   text,
    workflow_id     text,
    contact_id      uuid,
    account_id      uuid,
    deal_id         uuid,
    input_context   jsonb       NOT NULL DEFAULT '{}'::jsonb,
    proposed_output jsonb,
    citations       jsonb       NOT NULL DEFAULT '[]'::jsonb,
    provider        text,
    model           text,
    tokens_in       integer,
    tokens_out      integer,
    approval_status text        NOT NULL DEFAULT 'PENDING'
        CHECK (approval_status IN ('RUNNING', 'PENDING', 'APPROVED', 'REJECTED', 'EXPIRED', 'FAILED', 'SUPERSEDED')),
    decided_by      uuid REFERENCES app_users (id),
    decided_at      timestamptz,
    decision_note   text,
    error           text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    UNIQUE (brand_id, id),
    FOREIGN KEY (brand_id, contact_id) REFERENCES contacts (brand_id, id),
    FOREIGN KEY (brand_id, account_id) REFERENCES accounts (brand_id, id),
    FOREIGN KEY (brand_id, deal_id) REFERENCES deals (brand_id, id)
);
CREATE INDEX ai_runs_brand_status_idx ON ai_runs (brand_id, approval_status, created_at DESC);
CREATE INDEX ai_runs_workflow_idx ON ai_runs (brand_id, workflow_id);
CREATE INDEX ai_runs_deal_idx ON ai_runs (brand_id, deal_id, created_at DESC) WHERE deal_id IS NOT NULL;
CREATE INDEX ai_runs_contact_idx ON ai_runs (brand_id, contact_id, created_at DESC) WHERE contact_id IS NOT NULL;

CREATE TABLE conversations
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id        uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    contact_id      uuid        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('EMAIL', 'WHATSAPP', 'SANDBOX')),
    subject         text,
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ARCHIVED')),
    unread_count    integer     NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    last_message_at timestamptz,
    -- WhatsApp: free-form messages are allowed only within 24 h of this
    last_inbound_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (brand_id, id),
    FOREIGN KEY (brand_id, contact_id) REFERENCES contacts (brand_id, id)
);
CREATE INDEX conversations_brand_recent_idx ON conversations (brand_id, last_message_at DESC NULLS LAST);
CREATE INDEX conversations_contact_idx ON conversations (brand_id, contact_id, channel);
CREATE INDEX conversations_unread_idx ON conversations (brand_id) WHERE unread_count > 0;

-- The hash that ties an approval to exactly one text: SHA-256 (hex) of subject, a newline, and body, in UTF-8.
-- Immutable in practice: the encoding is fixed, so the same text always gives the same hash.
CREATE FUNCTION message_body_hash(p_subject text, p_body text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT encode(sha256(convert_to(coalesce(p_subject, '') || E'\n' || coalesce(p_body, ''), 'UTF8')), 'hex') $$;

CREATE TABLE messages
(
    id                  uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id            uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    conversation_id     uuid        NOT NULL,
    direction           text        NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    channel             text        NOT NULL CHECK (channel IN ('EMAIL', 'WHATSAPP', 'SANDBOX')),
    status              text        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'SENDING', 'SENT', 'DELIVERED',
                                                               'READ', 'FAILED', 'UNDELIVERED', 'SANDBOXED',
                                                               'RECEIVED', 'REJECTED', 'EXPIRED')),
    from_address        text,
    to_address          text,
    subject             text,
    body                text        NOT NULL,
    body_hash           text        NOT NULL GENERATED ALWAYS AS (message_body_hash(subject, body)) STORED,
    approved_by         uuid REFERENCES app_users (id),
    approved_at         timestamptz,
    approved_hash       text,
    ai_run_id           uuid,
    template_sid        text,
    template_variables  jsonb,
    provider            text,
    provider_message_id text,
    idempotency_key     text UNIQUE,
    error               text,
    sent_at             timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (brand_id, conversation_id) REFERENCES conversations (brand_id, id),
    FOREIGN KEY (brand_id, ai_run_id) REFERENCES ai_runs (brand_id, id),
    -- The approval gate in the database: an outbound message past APPROVED carries who approved it and the
    -- hash of exactly its own text.
    CONSTRAINT messages_outbound_needs_approval CHECK (
        direction = 'INBOUND'
            OR status IN ('DRAFT', 'REJECTED', 'EXPIRED')
            OR (approved_by IS NOT NULL AND approved_at IS NOT NULL AND approved_hash = body_hash))
);
CREATE INDEX messages_conversation_idx ON messages (brand_id, conversation_id, created_at);
CREATE UNIQUE INDEX messages_provider_id_idx ON messages (provider, provider_message_id) WHERE provider_message_id IS NOT NULL;

CREATE TABLE whatsapp_templates
(
    id          uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id    uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    content_sid text        NOT NULL CHECK (content_sid ~ '^HX[0-9a-fA-F]{32}$'),
    language    text        NOT NULL DEFAULT 'en',
    -- body with {{1}}, {{2}} ... placeholders, as approved by WhatsApp
    body        text        NOT NULL,
    variables   jsonb       NOT NULL DEFAULT '[]'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (brand_id, name)
);

CREATE TABLE playbooks
(
    id         uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id   uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('DNA', 'SOP', 'OTHER')),
    title      text        NOT NULL,
    doc_version text       NOT NULL DEFAULT '1.0',
    content_md text        NOT NULL,
    -- for kind DNA: pillars, banned words, required elements, length limits (the Guardian's rules)
    rules      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    active     boolean     NOT NULL DEFAULT true,
    indexed_at timestamptz,
    created_by uuid REFERENCES app_users (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer     NOT NULL DEFAULT 0,
    UNIQUE (brand_id, id),
    UNIQUE (brand_id, title)
);

CREATE TABLE playbook_chunks
(
    id          uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id    uuid        NOT NULL DEFAULT app_brand_id(),
    playbook_id uuid        NOT NULL,
    ordinal     integer     NOT NULL,
    heading     text        NOT NULL,
    content     text        NOT NULL,
    embedding   real[],
    tsv         tsvector GENERATED ALWAYS AS (to_tsvector('english', heading || ' ' || content)) STORED,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (playbook_id, ordinal),
    FOREIGN KEY (brand_id, playbook_id) REFERENCES playbooks (brand_id, id) ON DELETE CASCADE
);
CREATE INDEX playbook_chunks_tsv_idx ON playbook_chunks USING gin (tsv);
CREATE INDEX playbook_chunks_brand_idx ON playbook_chunks (brand_id, playbook_id);
