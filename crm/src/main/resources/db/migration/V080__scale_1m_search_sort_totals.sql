-- Fixes found by the 1M-contact benchmark (bench/RESULTS-1M.md has the before/after numbers).

-- 1. Trigram indexes without brand_id in front. The (brand_id, text gin_trgm_ops) GIN indexes of V002 make every
-- trigram search also read the brand's posting list of the brand_id column: one entry per row of the brand (1M at
-- scale), 40-50 ms per scan before a single trigram is looked at. Single-column trigram indexes read only the
-- posting lists of the searched trigrams; the tenant policy (brand_id = app_brand_id()) still filters every row
-- they yield, so nothing of another brand is ever returned.
DROP INDEX contacts_name_trgm_idx;
DROP INDEX contacts_email_trgm_idx;
DROP INDEX contacts_role_trgm_idx;
DROP INDEX accounts_name_trgm_idx;
DROP INDEX deals_title_trgm_idx;
CREATE INDEX contacts_name_trgm_idx ON contacts USING gin (name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX contacts_email_trgm_idx ON contacts USING gin (email gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX contacts_role_trgm_idx ON contacts USING gin (role gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX accounts_name_trgm_idx ON accounts USING gin (name gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX deals_title_trgm_idx ON deals USING gin (title gin_trgm_ops) WHERE deleted_at IS NULL;

-- 2. The global search's name-prefix fast path is a range on lower(name) (the index of the name sort). Under the
-- forced tenant policy a condition can only be an index condition when all its functions are LEAKPROOF, and lower()
-- is not declared so (it cannot fail or reveal anything but its result). Same rule and fallback as V011.
DO $$
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'FashionOS: not a superuser, cannot mark lower(text) LEAKPROOF; the search name-prefix path '
            'will not use its index under row-level security. Run V080 as a superuser to fix.';
        RETURN;
    END IF;
    ALTER FUNCTION lower(text) LEAKPROOF;
END
$$;

-- 3. Sorting contacts by account name joined every contact to its account and sorted the brand (4-5 s at 1M).
-- The account's name is now kept on the contact (as open_deal_value is, V010) and indexed with the name sort.
-- It is the account's name whether or not the account is soft-deleted, as the grid's join showed it.
ALTER TABLE contacts ADD COLUMN account_name text;

-- Keep updated_at meaning "the contact was edited": not when one of its deals or its account's name changed.
CREATE OR REPLACE FUNCTION touch_contact_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF (NEW.open_deal_value IS DISTINCT FROM OLD.open_deal_value OR NEW.account_name IS DISTINCT FROM OLD.account_name)
        AND (to_jsonb(NEW) - 'open_deal_value' - 'account_name') = (to_jsonb(OLD) - 'open_deal_value' - 'account_name') THEN
        RETURN NEW;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- A contact's account_name follows its account_id (and is refreshed when it is restored: renames while it was
-- deleted skip it, see below). Runs as the invoker: the tenant policy applies to the account read.
CREATE FUNCTION contacts_account_name() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.account_name := (SELECT a.name FROM accounts a WHERE a.id = NEW.account_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER contacts_account_name
    BEFORE INSERT OR UPDATE OF account_id, account_name, deleted_at
    ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_account_name();

-- Renaming an account renames it on its live contacts (through contacts_brand_account_idx).
CREATE FUNCTION accounts_rename_contacts() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE contacts SET account_name = NEW.name
    WHERE brand_id = NEW.brand_id AND account_id = NEW.id AND deleted_at IS NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER accounts_rename_contacts
    AFTER UPDATE OF name ON accounts
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION accounts_rename_contacts();

-- Backfill. FORCE ROW LEVEL SECURITY would hide every row from a schema owner that is not a superuser; lifted for
-- this statement only (DDL is transactional: no other session ever sees the tables without it).
ALTER TABLE contacts NO FORCE ROW LEVEL SECURITY;
ALTER TABLE accounts NO FORCE ROW LEVEL SECURITY;
UPDATE contacts c SET account_name = a.name FROM accounts a WHERE a.id = c.account_id;
ALTER TABLE contacts FORCE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;

-- Ascending: account name A→Z, contacts without an account last; descending is its exact reverse (a backward scan).
CREATE INDEX contacts_brand_account_name_idx ON contacts (brand_id, lower(account_name), lower(name), id)
    WHERE deleted_at IS NULL;

-- 4. Kanban totals and the dashboard: count and value per stage and currency of the open deals, as an index-only
-- scan also when filtered by owner or account (V030's index did not cover those columns).
DROP INDEX deals_brand_totals_idx;
CREATE INDEX deals_brand_totals_idx ON deals (brand_id, outcome, stage_index, currency)
    INCLUDE (value_forecast, owner_id, account_id)
    WHERE deleted_at IS NULL;
