-- FashionOS CRM schema, part 1: tenants (brands), people (app users) and who may act for which brand.
-- Flyway runs this as the schema owner; the application connects as ${appRole}, which is neither
-- superuser nor owner, so the forced row-level-security policies below apply to every query it makes.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The brand of the current transaction, set with set_config('app.brand_id', ?, true).
-- NULLIF: once a transaction ends the setting reads '' rather than NULL.
CREATE FUNCTION app_brand_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT NULLIF(current_setting('app.brand_id', true), '')::uuid $$;

-- The signed-in user of the current transaction (used only to list that user's own memberships and brands).
CREATE FUNCTION app_user_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;

CREATE TABLE brands
(
    id         uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    slug       text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name       text        NOT NULL CHECK (length(trim(name)) > 0),
    campaign   text,
    time_zone  text        NOT NULL DEFAULT 'Europe/Paris',
    currency   char(3)     NOT NULL DEFAULT 'EUR',
    -- per-brand settings: stage gates, the stage that triggers a Neural Draft, draft expiry ...
    settings   jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_users
(
    id              uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    email           text        NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    enabled         boolean     NOT NULL DEFAULT true,
    time_zone       text,
    failed_attempts integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_users_email_key ON app_users (email);

CREATE TABLE memberships
(
    brand_id   uuid        NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES app_users (id) ON DELETE CASCADE,
    role       text        NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'AGENT', 'VIEWER')),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brand_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

-- Tokens for external systems calling the HTTP API of one brand; only the SHA-256 of a token is stored.
CREATE TABLE api_tokens
(
    id           uuid PRIMARY KEY     DEFAULT gen_random_uuid(),
    brand_id     uuid        NOT NULL REFERENCES brands (id) ON DELETE CASCADE,
    name         text        NOT NULL,
    token_hash   text        NOT NULL UNIQUE,
    role         text        NOT NULL DEFAULT 'AGENT' CHECK (role IN ('MANAGER', 'AGENT', 'VIEWER')),
    created_by   uuid REFERENCES app_users (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

ALTER TABLE brands ENABLE ROW LEVEL SECURITY;
ALTER TABLE brands FORCE ROW LEVEL SECURITY;
-- A brand is visible as the current brand, or to a signed-in user who is a member of it (brand switcher).
-- The membership lookup runs as the policy's caller, so it is itself filtered by the memberships policy.
CREATE POLICY brands_tenant ON brands
    USING (id = app_brand_id()
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.brand_id = brands.id AND m.user_id = app_user_id()))
    WITH CHECK (id = app_brand_id());

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY memberships_tenant ON memberships
    USING (brand_id = app_brand_id() OR user_id = app_user_id())
    WITH CHECK (brand_id = app_brand_id());

ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY api_tokens_tenant ON api_tokens
    USING (brand_id = app_brand_id())
    WITH CHECK (brand_id = app_brand_id());

-- The one door through RLS: resolve a presented API token (by its hash) to its brand and role.
CREATE FUNCTION resolve_api_token(p_token_hash text)
    RETURNS TABLE (brand_id uuid, role text)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE api_tokens SET last_used_at = now()
    WHERE token_hash = p_token_hash AND revoked_at IS NULL
    RETURNING api_tokens.brand_id, api_tokens.role
$$;
