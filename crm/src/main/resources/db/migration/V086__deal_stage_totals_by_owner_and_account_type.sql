-- The kanban's totals filtered by owner ("my pipeline") or account type from the trigger-kept totals too.
--
-- V084 kept one row per outcome, stage and currency, so only the unfiltered board read it; an owner or account-type
-- filter scanned every open deal (15 ms for an owner, 58 ms for an account type with its join, at 120k open deals).
-- The rows now also carry the deal's owner and its account's type; any combination of those two filters (or none)
-- sums a few dozen rows. Deals without an owner count under the nil uuid.

ALTER TABLE deal_stage_totals
    ADD COLUMN owner_id     uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000',
    ADD COLUMN account_type text NOT NULL DEFAULT '';
ALTER TABLE deal_stage_totals DROP CONSTRAINT deal_stage_totals_pkey;
ALTER TABLE deal_stage_totals
    ADD PRIMARY KEY (brand_id, outcome, stage_index, currency, owner_id, account_type);

-- Recounts one brand's totals from its deals, as the triggers keep them: the backfill below and the bench's data
-- generator (whose bulk load bypasses triggers) share it.
CREATE FUNCTION recount_deal_stage_totals(p_brand uuid) RETURNS void
    LANGUAGE sql
AS $$
    DELETE FROM deal_stage_totals WHERE brand_id = p_brand;
    INSERT INTO deal_stage_totals (brand_id, outcome, stage_index, currency, owner_id, account_type, deals, total)
    SELECT d.brand_id, d.outcome, d.stage_index, d.currency,
           coalesce(d.owner_id, '00000000-0000-0000-0000-000000000000'), a.type,
           count(*), coalesce(sum(d.value_forecast), 0)
      FROM deals d JOIN accounts a ON a.id = d.account_id
     WHERE d.brand_id = p_brand AND d.deleted_at IS NULL
     GROUP BY d.brand_id, d.outcome, d.stage_index, d.currency, d.owner_id, a.type;
$$;

-- The same for the tag vocabulary of V083.
CREATE FUNCTION recount_contact_tags(p_brand uuid) RETURNS void
    LANGUAGE sql
AS $$
    DELETE FROM contact_tags WHERE brand_id = p_brand;
    INSERT INTO contact_tags (brand_id, tag, contacts)
    SELECT c.brand_id, t, count(DISTINCT c.id)
      FROM contacts c, unnest(c.tags) t
     WHERE c.brand_id = p_brand AND c.deleted_at IS NULL
     GROUP BY c.brand_id, t;
$$;

-- One statement per deal change, its rows in key order (see V084: no deadlock between opposite moves).
CREATE OR REPLACE FUNCTION deals_stage_totals() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    old_live boolean := TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL;
    new_live boolean := TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL;
    nil constant uuid := '00000000-0000-0000-0000-000000000000';
    o_brand uuid; o_outcome text; o_stage smallint; o_currency char(3); o_value numeric; o_owner uuid; o_type text;
    n_brand uuid; n_outcome text; n_stage smallint; n_currency char(3); n_value numeric; n_owner uuid; n_type text;
BEGIN
    IF old_live THEN
        o_brand := OLD.brand_id; o_outcome := OLD.outcome; o_stage := OLD.stage_index;
        o_currency := OLD.currency; o_value := coalesce(OLD.value_forecast, 0);
        o_owner := coalesce(OLD.owner_id, nil);
        o_type := coalesce((SELECT type FROM accounts WHERE id = OLD.account_id), '');
    END IF;
    IF new_live THEN
        n_brand := NEW.brand_id; n_outcome := NEW.outcome; n_stage := NEW.stage_index;
        n_currency := NEW.currency; n_value := coalesce(NEW.value_forecast, 0);
        n_owner := coalesce(NEW.owner_id, nil);
        n_type := CASE WHEN old_live AND OLD.account_id = NEW.account_id THEN o_type
                       ELSE coalesce((SELECT type FROM accounts WHERE id = NEW.account_id), '') END;
    END IF;
    IF old_live AND new_live AND o_outcome = n_outcome AND o_stage = n_stage AND o_currency = n_currency
        AND o_value = n_value AND o_owner = n_owner AND o_type = n_type THEN
        RETURN NULL;
    END IF;
    INSERT INTO deal_stage_totals AS t (brand_id, outcome, stage_index, currency, owner_id, account_type, deals, total)
    SELECT brand, outcome, stage, currency, owner, type, sum(n), sum(v)
      FROM (SELECT o_brand, o_outcome, o_stage, o_currency, o_owner, o_type, -1, -o_value WHERE old_live
            UNION ALL
            SELECT n_brand, n_outcome, n_stage, n_currency, n_owner, n_type, 1, n_value WHERE new_live)
           AS change(brand, outcome, stage, currency, owner, type, n, v)
     GROUP BY brand, outcome, stage, currency, owner, type
     ORDER BY brand, outcome, stage, currency, owner, type
    ON CONFLICT (brand_id, outcome, stage_index, currency, owner_id, account_type)
        DO UPDATE SET deals = t.deals + excluded.deals, total = t.total + excluded.total;
    RETURN NULL;
END
$$;

DROP TRIGGER deals_stage_totals ON deals;
CREATE TRIGGER deals_stage_totals
    AFTER INSERT OR DELETE OR UPDATE OF outcome, stage_index, currency, value_forecast, deleted_at, owner_id, account_id
    ON deals
    FOR EACH ROW EXECUTE FUNCTION deals_stage_totals();

-- An account changing type moves its live deals' share from the old type's rows to the new one's, in key order.
CREATE FUNCTION accounts_type_stage_totals() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO deal_stage_totals AS t (brand_id, outcome, stage_index, currency, owner_id, account_type, deals, total)
    SELECT brand, outcome, stage, currency, owner, type, sum(n), sum(v)
      FROM (SELECT d.brand_id, d.outcome, d.stage_index, d.currency,
                   coalesce(d.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), OLD.type,
                   -1, -coalesce(d.value_forecast, 0)
              FROM deals d WHERE d.account_id = NEW.id AND d.deleted_at IS NULL
            UNION ALL
            SELECT d.brand_id, d.outcome, d.stage_index, d.currency,
                   coalesce(d.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), NEW.type,
                   1, coalesce(d.value_forecast, 0)
              FROM deals d WHERE d.account_id = NEW.id AND d.deleted_at IS NULL)
           AS change(brand, outcome, stage, currency, owner, type, n, v)
     GROUP BY brand, outcome, stage, currency, owner, type
     ORDER BY brand, outcome, stage, currency, owner, type
    ON CONFLICT (brand_id, outcome, stage_index, currency, owner_id, account_type)
        DO UPDATE SET deals = t.deals + excluded.deals, total = t.total + excluded.total;
    RETURN NULL;
END
$$;

CREATE TRIGGER accounts_type_stage_totals
    AFTER UPDATE OF type ON accounts
    FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION accounts_type_stage_totals();

-- Backfill (see V080 for why FORCE is lifted for the owner meanwhile).
ALTER TABLE deals NO FORCE ROW LEVEL SECURITY;
ALTER TABLE accounts NO FORCE ROW LEVEL SECURITY;
ALTER TABLE deal_stage_totals NO FORCE ROW LEVEL SECURITY;
SELECT recount_deal_stage_totals(id) FROM brands;
ALTER TABLE deals FORCE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
ALTER TABLE deal_stage_totals FORCE ROW LEVEL SECURITY;
