-- FashionOS CRM schema, part 4: bookkeeping triggers, row-level security on every tenant table, and the
-- privileges of the application role ${appRole}.

CREATE FUNCTION touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['brands', 'app_users', 'accounts', 'contacts', 'deals', 'segments', 'ai_runs',
                             'conversations', 'messages', 'playbooks']
    LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION touch_updated_at()',
                       t || '_touch', t);
    END LOOP;
END
$$;

-- Deal numbers (D-1001, D-1002 ...) count per brand.
ALTER TABLE brands ADD COLUMN deal_seq bigint NOT NULL DEFAULT 1000;

CREATE FUNCTION assign_deal_number() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.number IS NULL THEN
        UPDATE brands SET deal_seq = deal_seq + 1 WHERE id = NEW.brand_id RETURNING deal_seq INTO NEW.number;
        IF NEW.number IS NULL THEN
            RAISE EXCEPTION 'brand % is not the current brand', NEW.brand_id USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER deals_number BEFORE INSERT ON deals FOR EACH ROW EXECUTE FUNCTION assign_deal_number();

-- Row-level security: one policy per tenant table, forced so that even the owner is filtered.
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['accounts', 'contacts', 'deals', 'deal_contacts', 'activities', 'segments', 'audit_log',
                             'ai_runs', 'conversations', 'messages', 'whatsapp_templates', 'playbooks',
                             'playbook_chunks']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (brand_id = app_brand_id()) WITH CHECK (brand_id = app_brand_id())',
                       t || '_tenant', t);
    END LOOP;
END
$$;

GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON brands, memberships, api_tokens, accounts, contacts, deals, deal_contacts,
    activities, segments, ai_runs, conversations, messages, whatsapp_templates, playbooks, playbook_chunks
    TO ${appRole};
GRANT SELECT, INSERT, UPDATE ON app_users TO ${appRole};
-- the audit trail is append-only for the application
GRANT SELECT, INSERT ON audit_log TO ${appRole};
GRANT EXECUTE ON FUNCTION resolve_api_token(text) TO ${appRole};
