-- An API call acts for the brand of its token and, where no approver is named, on behalf of the user who created the
-- token: resolve_api_token now returns that user too, so callers need no second look-up through row-level security.
DROP FUNCTION resolve_api_token(text);
CREATE FUNCTION resolve_api_token(p_token_hash text)
    RETURNS TABLE (brand_id uuid, role text, created_by uuid)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE api_tokens SET last_used_at = now()
    WHERE token_hash = p_token_hash AND revoked_at IS NULL
    RETURNING api_tokens.brand_id, api_tokens.role, api_tokens.created_by
$$;
REVOKE ALL ON FUNCTION resolve_api_token(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_api_token(text) TO ${appRole};
