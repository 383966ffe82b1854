-- The ids of every brand, answerable with no brand set. The app uses it once at start-up to visit each brand (with
-- that brand bound) and re-drive its drafts still awaiting a decision: the embedded Temporal server keeps nothing
-- across a restart, the database is the source of truth. Reveals brand ids only, no names or settings.
CREATE FUNCTION brand_ids() RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT id FROM brands ORDER BY created_at, id $$;
REVOKE ALL ON FUNCTION brand_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION brand_ids() TO ${appRole};
