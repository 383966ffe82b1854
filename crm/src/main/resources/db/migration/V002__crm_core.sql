-- FashionOS CRM schema, part 2: accounts, contacts, deals, activities, segments.
-- Soft delete (deleted_at) keeps an undo possible; list queries filter on deleted_at IS NULL.
-- version columns are Spring Data JDBC optimistic locks.

CREATE TABLE accounts
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id        uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    name            text        NOT NULL CHECK (length(trim(name)) > 0),
    type            text        NOT NULL CHECK (type IN ('SPONSOR', 'BUYER', 'MEDIA', 'VENDOR')),
    website         text,
    budget_tier     text CHECK (budget_tier IN ('EMERGING', 'CORE', 'PREMIUM', 'FLAGSHIP')),
    industry        text,
    city            text,
    country         char(2),
    description     text,
    website_summary text,
    tags            text[]      NOT NULL DEFAULT '{}',
    owner_id        uuid REFERENCES app_users (id),
    deleted_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         integer     NOT NULL DEFAULT 0,
    UNIQUE (brand_id, id)
);
CREATE INDEX accounts_brand_name_idx ON accounts (brand_id, lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX accounts_brand_type_idx ON accounts (brand_id, type) WHERE deleted_at IS NULL;
CREATE INDEX accounts_name_trgm_idx ON accounts USING gin (brand_id, name gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE contacts
(
    id               uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id         uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    account_id       uuid,
    name             text        NOT NULL CHECK (length(trim(name)) > 0),
    email            text CHECK (email IS NULL OR (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
    -- WhatsApp number in E.164 (+ and up to 15 digits)
    whatsapp         text CHECK (whatsapp IS NULL OR whatsapp ~ '^\+[1-9][0-9]{6,14}$'),
    phone            text CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'),
    role             text,
    city             text,
    country          char(2),
    language         text        NOT NULL DEFAULT 'en',
    tags             text[]      NOT NULL DEFAULT '{}',
    -- -1 (hostile) .. 1 (warm); NULL until scored
    sentiment_score  numeric(3, 2) CHECK (sentiment_score BETWEEN -1 AND 1),
    bio_grounded     text,
    bio_sources      jsonb       NOT NULL DEFAULT '[]'::jsonb,
    notes            text,
    owner_id         uuid REFERENCES app_users (id),
    last_activity_at timestamptz,
    deleted_at       timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer     NOT NULL DEFAULT 0,
    UNIQUE (brand_id, id),
    FOREIGN KEY (brand_id, account_id) REFERENCES accounts (brand_id, id)
);
CREATE INDEX contacts_brand_name_idx ON contacts (brand_id, lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_last_activity_idx ON contacts (brand_id, last_activity_at DESC NULLS LAST, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_sentiment_idx ON contacts (brand_id, sentiment_score, id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_account_idx ON contacts (brand_id, account_id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_owner_idx ON contacts (brand_id, owner_id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_email_idx ON contacts (brand_id, email) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_whatsapp_idx ON contacts (brand_id, whatsapp) WHERE deleted_at IS NULL;
CREATE INDEX contacts_tags_idx ON contacts USING gin (brand_id, tags) WHERE deleted_at IS NULL;
CREATE INDEX contacts_name_trgm_idx ON contacts USING gin (brand_id, name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX contacts_email_trgm_idx ON contacts USING gin (brand_id, email gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX contacts_role_trgm_idx ON contacts USING gin (brand_id, role gin_trgm_ops) WHERE deleted_at IS NULL;

CREATE TABLE deals
(
    id                 uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id           uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    -- short human reference shown in the UI and searchable ("D-1042")
    number             bigint      NOT NULL,
    account_id         uuid        NOT NULL,
    primary_contact_id uuid,
    owner_id           uuid REFERENCES app_users (id),
    title              text        NOT NULL CHECK (length(trim(title)) > 0),
    stage              text        NOT NULL DEFAULT 'LEAD' CHECK (stage IN ('LEAD', 'PITCH', 'CONTRACT', 'ROI')),
    stage_index        smallint    NOT NULL DEFAULT 0,
    outcome            text        NOT NULL DEFAULT 'OPEN' CHECK (outcome IN ('OPEN', 'WON', 'LOST')),
    stage_changed_at   timestamptz NOT NULL DEFAULT now(),
    value_forecast     numeric(14, 2) CHECK (value_forecast >= 0),
    actual_roi         numeric(14, 2),
    currency           char(3)     NOT NULL DEFAULT 'EUR',
    expected_close     date,
    contract_signed_at date,
    probability        smallint CHECK (probability BETWEEN 0 AND 100),
    campaign           text,
    notes              text,
    lost_reason        text,
    deleted_at         timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    UNIQUE (brand_id, id),
    UNIQUE (brand_id, number),
    CHECK (stage_index = CASE stage WHEN 'LEAD' THEN 0 WHEN 'PITCH' THEN 1 WHEN 'CONTRACT' THEN 2 ELSE 3 END),
    FOREIGN KEY (brand_id, account_id) REFERENCES accounts (brand_id, id),
    FOREIGN KEY (brand_id, primary_contact_id) REFERENCES contacts (brand_id, id)
);
CREATE INDEX deals_brand_stage_idx ON deals (brand_id, outcome, stage_index, stage_changed_at, id) WHERE deleted_at IS NULL;
CREATE INDEX deals_brand_account_idx ON deals (brand_id, account_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_brand_contact_idx ON deals (brand_id, primary_contact_id) WHERE deleted_at IS NULL;
CREATE INDEX deals_brand_value_idx ON deals (brand_id, value_forecast DESC NULLS LAST) WHERE deleted_at IS NULL;
CREATE INDEX deals_title_trgm_idx ON deals USING gin (brand_id, title gin_trgm_ops) WHERE deleted_at IS NULL;

-- Stakeholders of a deal beyond its primary contact.
CREATE TABLE deal_contacts
(
    brand_id   uuid        NOT NULL DEFAULT app_brand_id(),
    deal_id    uuid        NOT NULL,
    contact_id uuid        NOT NULL,
    role       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brand_id, deal_id, contact_id),
    FOREIGN KEY (brand_id, deal_id) REFERENCES deals (brand_id, id) ON DELETE CASCADE,
    FOREIGN KEY (brand_id, contact_id) REFERENCES contacts (brand_id, id) ON DELETE CASCADE
);
CREATE INDEX deal_contacts_contact_idx ON deal_contacts (brand_id, contact_id);

CREATE TABLE activities
(
    id           uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id     uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    type         text        NOT NULL CHECK (type IN ('EMAIL', 'WHATSAPP', 'CALL', 'NOTE', 'MEETING', 'TASK', 'STAGE_CHANGE', 'AI')),
    contact_id   uuid,
    account_id   uuid,
    deal_id      uuid,
    subject      text,
    content      text,
    metadata     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    author_id    uuid REFERENCES app_users (id),
    -- tasks only
    assignee_id  uuid REFERENCES app_users (id),
    due_at       timestamptz,
    completed_at timestamptz,
    deleted_at   timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (brand_id, contact_id) REFERENCES contacts (brand_id, id),
    FOREIGN KEY (brand_id, account_id) REFERENCES accounts (brand_id, id),
    FOREIGN KEY (brand_id, deal_id) REFERENCES deals (brand_id, id),
    CHECK (type = 'TASK' OR (due_at IS NULL AND completed_at IS NULL AND assignee_id IS NULL))
);
CREATE INDEX activities_brand_time_idx ON activities (brand_id, occurred_at DESC, id) WHERE deleted_at IS NULL;
CREATE INDEX activities_contact_time_idx ON activities (brand_id, contact_id, occurred_at DESC) WHERE deleted_at IS NULL AND contact_id IS NOT NULL;
CREATE INDEX activities_account_time_idx ON activities (brand_id, account_id, occurred_at DESC) WHERE deleted_at IS NULL AND account_id IS NOT NULL;
CREATE INDEX activities_deal_time_idx ON activities (brand_id, deal_id, occurred_at DESC) WHERE deleted_at IS NULL AND deal_id IS NOT NULL;
CREATE INDEX activities_open_tasks_idx ON activities (brand_id, assignee_id, due_at) WHERE type = 'TASK' AND completed_at IS NULL AND deleted_at IS NULL;

-- A segment is a saved filter over contacts (the same filter record the contacts grid uses, as JSON).
CREATE TABLE segments
(
    id          uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id    uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    name        text        NOT NULL CHECK (length(trim(name)) > 0),
    description text,
    filter      jsonb       NOT NULL DEFAULT '{}'::jsonb,
    -- NULL: shared with the whole brand
    owner_id    uuid REFERENCES app_users (id),
    system      boolean     NOT NULL DEFAULT false,
    position    integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0,
    UNIQUE (brand_id, name)
);

-- Every write a user makes, append-only for the application.
CREATE TABLE audit_log
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    brand_id    uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    actor_id    uuid REFERENCES app_users (id),
    action      text        NOT NULL,
    entity_type text        NOT NULL,
    entity_id   uuid,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_brand_time_idx ON audit_log (brand_id, at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (brand_id, entity_type, entity_id, at DESC);
