-- The contacts grid's text filter ("name, email or role contains ...") on one pre-lowered column.
--
-- Before, the filter was three ILIKEs (name OR email OR role): PostgreSQL lowers both sides of every ILIKE on every
-- row it checks, 1.5 us a row, and the three trigram indexes were scanned and ORed. Both ways of answering a page were
-- slow at 1M contacts: sorting the matches the trigram indexes find rechecks each candidate three times; walking the
-- name sort until the page is full checks every row it passes. search_text holds lower(name, email, role) once, so the
-- check is one byte-wise LIKE (0.25 us), one trigram index finds the candidates, and the name-sort index carries the
-- column, so the walk is an index-only scan that never reads the table.
--
-- The unit separator (U+001F) between the parts cannot be typed into the filter, so a fragment never matches across
-- two fields ("ana.t" does not match a name ending in "Ana" followed by an email starting with "t").
ALTER TABLE contacts
    ADD COLUMN search_text text
        GENERATED ALWAYS AS (lower(name || E'\x1f' || coalesce(email, '') || E'\x1f' || coalesce(role, ''))) STORED;

-- In a BEFORE UPDATE trigger a stored generated column is still NULL in NEW, so the "was the contact edited?" test
-- of V080 must leave search_text out as well (it only changes with name, email or role, which the test compares).
CREATE OR REPLACE FUNCTION touch_contact_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF (NEW.open_deal_value IS DISTINCT FROM OLD.open_deal_value OR NEW.account_name IS DISTINCT FROM OLD.account_name)
        AND (to_jsonb(NEW) - 'open_deal_value' - 'account_name' - 'search_text')
            = (to_jsonb(OLD) - 'open_deal_value' - 'account_name' - 'search_text') THEN
        RETURN NEW;
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE INDEX contacts_search_text_trgm_idx ON contacts USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL;

-- The name sort with the filter column carried along (replaces V002's contacts_brand_name_idx); name too, as PostgreSQL
-- computes the sort key lower(name) from it before it lets a walk skip the table.
CREATE INDEX contacts_brand_name_search_idx ON contacts (brand_id, lower(name), id) INCLUDE (name, search_text)
    WHERE deleted_at IS NULL;
DROP INDEX contacts_brand_name_idx;

-- Same resolution as V081 gives name and email: the planner's estimate of a fragment's matches decides between the
-- two ways of answering a page.
ALTER TABLE contacts ALTER COLUMN search_text SET STATISTICS 1000;
ANALYZE contacts (search_text);
