-- The contacts grid filters and sorts by "open deal value": the sum of value_forecast of the open deals a
-- contact is the primary contact of. Computing that per query would aggregate deals for every contact of a
-- brand (1M rows at scale), so it is kept on the contact by a trigger on deals and indexed like the other sorts.
-- Sums mix currencies (a brand normally works in one); the deal list shows each deal in its own currency.

ALTER TABLE contacts ADD COLUMN open_deal_value numeric(16, 2) NOT NULL DEFAULT 0;

CREATE INDEX contacts_brand_open_deal_value_idx ON contacts (brand_id, open_deal_value DESC, id)
    WHERE deleted_at IS NULL;

-- Sentiment sorts descending (warmest first) with unscored contacts last.
CREATE INDEX contacts_brand_sentiment_desc_idx ON contacts (brand_id, sentiment_score DESC NULLS LAST, id DESC)
    WHERE deleted_at IS NULL;

CREATE FUNCTION refresh_contact_open_deal_value(p_contact_id uuid) RETURNS void
    LANGUAGE sql
AS $$
    UPDATE contacts c
    SET open_deal_value = coalesce((SELECT sum(d.value_forecast)
                                    FROM deals d
                                    WHERE d.brand_id = c.brand_id
                                      AND d.primary_contact_id = c.id
                                      AND d.outcome = 'OPEN'
                                      AND d.deleted_at IS NULL), 0)
    WHERE c.id = p_contact_id
$$;

CREATE FUNCTION deals_open_deal_value() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.primary_contact_id IS NOT NULL THEN
        PERFORM refresh_contact_open_deal_value(OLD.primary_contact_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.primary_contact_id IS NOT NULL
        AND (TG_OP = 'INSERT' OR NEW.primary_contact_id IS DISTINCT FROM OLD.primary_contact_id) THEN
        PERFORM refresh_contact_open_deal_value(NEW.primary_contact_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER deals_open_deal_value
    AFTER INSERT OR DELETE OR UPDATE OF primary_contact_id, outcome, value_forecast, deleted_at
    ON deals
    FOR EACH ROW EXECUTE FUNCTION deals_open_deal_value();

-- Keep updated_at meaning "the contact was edited", not "one of its deals changed".
CREATE FUNCTION touch_contact_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.open_deal_value IS DISTINCT FROM OLD.open_deal_value
        AND (to_jsonb(NEW) - 'open_deal_value') = (to_jsonb(OLD) - 'open_deal_value') THEN
        RETURN NEW;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

DROP TRIGGER contacts_touch ON contacts;
CREATE TRIGGER contacts_touch BEFORE UPDATE ON contacts FOR EACH ROW EXECUTE FUNCTION touch_contact_updated_at();
