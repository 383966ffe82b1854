-- FashionOS CRM schema, part 5: the doors through row-level security that work with no brand set.

-- Whether the installation has any brand yet (first-run setup), answerable with no brand set. Reveals a count only.
CREATE FUNCTION brand_count() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT count(*) FROM brands $$;
REVOKE ALL ON FUNCTION brand_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION brand_count() TO ${appRole};

REVOKE ALL ON FUNCTION resolve_api_token(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_api_token(text) TO ${appRole};

-- SECURITY DEFINER functions run as the schema owner, and FORCE ROW LEVEL SECURITY filters the owner too unless it
-- is a superuser. These policies let the schema owner (that is, only those functions: the application role is never
-- the owner, which start-up verifies) read brands and resolve API tokens when the owner is an ordinary role.
CREATE POLICY brands_schema_owner ON brands FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY api_tokens_schema_owner_read ON api_tokens FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY api_tokens_schema_owner_touch ON api_tokens FOR UPDATE TO CURRENT_USER USING (true) WITH CHECK (true);
