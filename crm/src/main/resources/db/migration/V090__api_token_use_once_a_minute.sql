-- Resolving an API token wrote its last_used_at on every call: every call of a client (and every client sharing the
-- token) queued on that one row's lock, and each call was a write. Record the use at most once a minute, as sign-ins
-- do with last_login_at: within the minute the call only reads. The condition sits on the updated row itself, so
-- callers that raced for the same stale value re-check it after the first one's commit and skip.
CREATE OR REPLACE FUNCTION resolve_api_token(p_token_hash text)
    RETURNS TABLE (brand_id uuid, role text, created_by uuid)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    WITH token AS (
        SELECT t.id, t.brand_id, t.role, t.created_by
          FROM api_tokens t
         WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL
    ), used AS (
        UPDATE api_tokens t SET last_used_at = now()
          FROM token
         WHERE t.id = token.id
           AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute')
    )
    SELECT token.brand_id, token.role, token.created_by FROM token
$$;
REVOKE ALL ON FUNCTION resolve_api_token(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_api_token(text) TO ${appRole};
