-- Schema version 18 (PostgreSQL): accounts are database roles, and the database keeps people in
-- their place (docs/design/postgresql.md, "Accounts are database roles" and "The second wall").
--
-- Roles are the cluster's, so every role of this database carries its role prefix, decided here once
-- and stored: the one the program's address names (Database::openPostgres sets
-- sitegov.role_prefix for this connection), else the database's name as db::RoleNames::prefixFor
-- writes it. A copy of this database (CREATE DATABASE ... TEMPLATE) keeps the prefix, and with it
-- these roles. The migrating login needs CREATEROLE (or to be a superuser).

ALTER TABLE schema_version ADD COLUMN role_prefix TEXT;
UPDATE schema_version
   SET role_prefix = coalesce(nullif(current_setting('sitegov.role_prefix', true), ''),
                              regexp_replace(lower(current_database()), '[^a-z0-9_]', '_', 'g'))
 WHERE id = 1;
ALTER TABLE schema_version ADD CONSTRAINT schema_version_role_prefix
    CHECK (role_prefix ~ '^[a-z0-9_]+$' AND octet_length(role_prefix) <= 48);

-- The role names, as db::RoleNames makes them (the one mapping the program connects with; this is
-- the database's, for the roles it creates).
-- The group roles have two underscores after the prefix, the logins one: a user name never starts
-- with an underscore, so the account `director` (the login <prefix>_director) is not the group
-- <prefix>__director.
CREATE FUNCTION sitegov_role(suffix TEXT) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT role_prefix || '__' || suffix FROM schema_version WHERE id = 1 $$;
CREATE FUNCTION sitegov_login_role(username TEXT) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT role_prefix || '_' || lower(trim(username)) FROM schema_version WHERE id = 1 $$;

-- The group roles, the grants' role and the owner of the stored prefix. Existing ones are taken as
-- they are: a database migrated again under the same name, or a copy's original.
CREATE FUNCTION sitegov_make_roles() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    suffix TEXT;
    name   TEXT;
BEGIN
    FOREACH suffix IN ARRAY ARRAY['owner', 'user', 'administrator', 'director', 'approver', 'inspector'] LOOP
        name := sitegov_role(suffix);
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another migration made it at the same moment
            END;
        END IF;
    END LOOP;
    -- The owner creates and alters the accounts' login roles, through the functions below.
    EXECUTE format('ALTER ROLE %I NOLOGIN CREATEROLE', sitegov_role('owner'));
    EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', sitegov_role('user'), sitegov_role('owner'));
    FOREACH suffix IN ARRAY ARRAY['administrator', 'director', 'approver', 'inspector'] LOOP
        EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', sitegov_role(suffix), sitegov_role('owner'));
    END LOOP;
    -- The login that migrates (and the programs that connect with it: sitegovctl without --as, the
    -- server, the probe) acts as the owner.
    IF NOT pg_has_role(current_user, sitegov_role('owner'), 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', sitegov_role('owner'), current_user);
    END IF;
END
$$;
SELECT sitegov_make_roles();

-- The account of the login this session is (NULL for any other login: the owner's members).
-- session_user, not current_user: SET ROLE to a group does not make one somebody else.
CREATE FUNCTION sitegov_session_account() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT a.id FROM accounts a, schema_version v
           WHERE v.id = 1 AND starts_with(session_user::text, v.role_prefix || '_')
             AND a.username = substr(session_user::text, octet_length(v.role_prefix) + 2)::citext
             AND a.disabled = 0 $$;
-- Whether the unit `unit` is in the jurisdiction of this session's account (its unit and those
-- under it, org_ancestors).
CREATE FUNCTION sitegov_in_jurisdiction(unit BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM org_ancestors t JOIN accounts a ON a.org_id = t.ancestor_id
                          WHERE a.id = sitegov_session_account() AND t.org_id = unit) $$;
-- A unit's parent as it was before the statement (a moved unit's new parent must be in jurisdiction
-- too; a unit left where it is may keep a parent above it).
CREATE FUNCTION sitegov_unit_parent(unit BIGINT) RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT parent_id FROM organisations WHERE id = unit $$;
CREATE FUNCTION sitegov_site_in_jurisdiction(site BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT sitegov_in_jurisdiction((SELECT host_org_id FROM sites WHERE id = site)) $$;

-- Makes the login role of account `account` what the account is: created when missing (in
-- <prefix>_user), LOGIN unless the account is disabled, a member of exactly the group roles of its
-- SiteGov roles, and, when `verifier` is given, with that password. The password arrives only as a
-- SCRAM-SHA-256 verifier computed by the program (storage/ScramVerifier): never in plain text.
-- Callable by the owner's members and by administrators, for accounts of their jurisdiction.
CREATE FUNCTION sitegov_account_role(account BIGINT, verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    a      RECORD;
    login  TEXT;
    suffix TEXT;
BEGIN
    SELECT id, username, org_id, disabled INTO a FROM accounts WHERE id = account;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no account %', account USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT pg_has_role(session_user, sitegov_role('owner'), 'MEMBER') THEN
        IF NOT pg_has_role(session_user, sitegov_role('administrator'), 'MEMBER')
           OR NOT sitegov_in_jurisdiction(a.org_id) THEN
            RAISE EXCEPTION 'only an administrator of its unit may change the account %', a.username
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF verifier IS NOT NULL AND verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password arrives only as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_password';
    END IF;
    login := sitegov_login_role(a.username);
    IF octet_length(login) > 63 THEN
        RAISE EXCEPTION 'the login % is longer than 63 bytes', login USING ERRCODE = 'name_too_long';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE %I', login, sitegov_role('user'));
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    -- A role of that name that is not one of this database's logins (not in <prefix>_user) is
    -- somebody else's: it is not taken over.
    IF NOT pg_has_role(login, sitegov_role('user'), 'MEMBER')
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND (rolsuper OR rolcreaterole OR rolbypassrls)) THEN
        RAISE EXCEPTION 'the role % exists and is not a login of this database', login
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN a.disabled = 0 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    END IF;
    FOREACH suffix IN ARRAY ARRAY['administrator', 'director', 'approver', 'inspector'] LOOP
        IF EXISTS (SELECT 1 FROM account_roles WHERE account_id = account AND role = suffix) THEN
            EXECUTE format('GRANT %I TO %I', sitegov_role(suffix), login);
        -- to_regrole parses an identifier: a user name with a dot (wang.wu) must be quoted.
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = to_regrole(quote_ident(sitegov_role(suffix)))
                                                      AND m.member = to_regrole(quote_ident(login))) THEN
            EXECUTE format('REVOKE %I FROM %I', sitegov_role(suffix), login);
        END IF;
    END LOOP;
END
$$;

-- Everyone's own password (AccountService::setPassword on one's own account), as a verifier too.
CREATE FUNCTION sitegov_own_password(verifier TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    account BIGINT := sitegov_session_account();
BEGIN
    IF account IS NULL THEN
        RAISE EXCEPTION 'this login is no account of this database' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a password arrives only as a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_password';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, verifier);
END
$$;

-- The grants to the stored prefix's roles: the table x role x command matrix of
-- docs/design/postgresql.md ("The second wall"), which mirrors core/Permissions. Who may write a
-- governed table is said here; where (the account's unit and the units under it) by the policies
-- below.
CREATE FUNCTION sitegov_grant() RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    usr      TEXT := sitegov_role('user');
    admin    TEXT := sitegov_role('administrator');
    director TEXT := sitegov_role('director');
    approver TEXT := sitegov_role('approver');
    insp     TEXT := sitegov_role('inspector');
    t        RECORD;
BEGIN
    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', usr);
    -- Everyone reads everything but the password hashes: accounts is read column by column.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', usr);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', usr);
    EXECUTE format('REVOKE SELECT ON accounts FROM %I', usr);
    EXECUTE format('GRANT SELECT (id, username, display_name, org_id, disabled, failed_attempts, locked_until, '
                   'last_login_at, created_at, updated_at) ON accounts TO %I', usr);
    -- The audit trail is appended to, never changed (its triggers refuse UPDATE, DELETE and
    -- TRUNCATE even to the owner).
    EXECUTE format('GRANT INSERT ON audit_log, audit_log_ids TO %I', usr);
    -- The governed tables, by the groups whose actions write them (core/Permissions).
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON organisations TO %I', admin);   -- ManageOrganisations
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON sites TO %I, %I', admin, approver); -- EditSites; a request's execution
    EXECUTE format('GRANT UPDATE (flags) ON sites TO %I', director);                 -- AssignPersons refreshes the flags
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON persons, assignments TO %I, %I', admin, director); -- AssignPersons
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON inspections TO %I', insp);      -- LogInspection
    EXECUTE format('GRANT INSERT, UPDATE ON accounts TO %I', admin);                 -- ManageAccounts
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON account_roles TO %I', admin);
    -- Everyone's own login's bookkeeping and password (the policies keep it to one's own row).
    EXECUTE format('GRANT UPDATE (failed_attempts, locked_until, last_login_at, password_hash, updated_at) '
                   'ON accounts TO %I', usr);
    -- The other tables: written by every login for now (their services' rules are the program's
    -- only wall there; docs/design/postgresql.md, "What is not done yet").
    FOR t IN SELECT c.oid::regclass AS name FROM pg_class c
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                AND c.relname NOT IN ('schema_version', 'audit_log', 'audit_log_ids', 'accounts', 'account_roles',
                                      'organisations', 'sites', 'persons', 'assignments', 'inspections') LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %I', t.name, usr);
    END LOOP;
    -- Only administrators manage login roles; everyone may change their own password.
    REVOKE ALL ON FUNCTION sitegov_account_role(BIGINT, TEXT) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitegov_account_role(BIGINT, TEXT) TO %I', admin);
    REVOKE ALL ON FUNCTION sitegov_own_password(TEXT) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION sitegov_own_password(TEXT) TO %I', usr);
END
$$;
SELECT sitegov_grant();

-- Where a login may write: row-level security over the unit tree (sitegov_in_jurisdiction). Reading
-- is open to every login (the grants keep the hashes out). The owner and its members (the programs'
-- own login) own the tables and are not held by the policies; the accounts' logins are. The policies
-- name no role, so that a copy taking a prefix of its own keeps them as they are.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisations_read ON organisations FOR SELECT USING (true);
CREATE POLICY organisations_add ON organisations FOR INSERT WITH CHECK (sitegov_in_jurisdiction(parent_id));
CREATE POLICY organisations_change ON organisations FOR UPDATE USING (sitegov_in_jurisdiction(id))
    WITH CHECK (sitegov_in_jurisdiction(id)
                AND (parent_id IS NOT DISTINCT FROM sitegov_unit_parent(id) OR sitegov_in_jurisdiction(parent_id)));
CREATE POLICY organisations_remove ON organisations FOR DELETE USING (sitegov_in_jurisdiction(id));

ALTER TABLE sites ENABLE ROW LEVEL SECURITY;
CREATE POLICY sites_read ON sites FOR SELECT USING (true);
CREATE POLICY sites_add ON sites FOR INSERT WITH CHECK (sitegov_in_jurisdiction(host_org_id));
CREATE POLICY sites_change ON sites FOR UPDATE USING (sitegov_in_jurisdiction(host_org_id))
    WITH CHECK (sitegov_in_jurisdiction(host_org_id));
CREATE POLICY sites_remove ON sites FOR DELETE USING (sitegov_in_jurisdiction(host_org_id));

ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
CREATE POLICY persons_read ON persons FOR SELECT USING (true);
CREATE POLICY persons_add ON persons FOR INSERT WITH CHECK (sitegov_in_jurisdiction(org_id));
CREATE POLICY persons_change ON persons FOR UPDATE USING (sitegov_in_jurisdiction(org_id))
    WITH CHECK (sitegov_in_jurisdiction(org_id));
CREATE POLICY persons_remove ON persons FOR DELETE USING (sitegov_in_jurisdiction(org_id));

ALTER TABLE assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY assignments_read ON assignments FOR SELECT USING (true);
CREATE POLICY assignments_add ON assignments FOR INSERT WITH CHECK (sitegov_site_in_jurisdiction(site_id));
CREATE POLICY assignments_change ON assignments FOR UPDATE USING (sitegov_site_in_jurisdiction(site_id))
    WITH CHECK (sitegov_site_in_jurisdiction(site_id));
CREATE POLICY assignments_remove ON assignments FOR DELETE USING (sitegov_site_in_jurisdiction(site_id));

ALTER TABLE inspections ENABLE ROW LEVEL SECURITY;
CREATE POLICY inspections_read ON inspections FOR SELECT USING (true);
CREATE POLICY inspections_add ON inspections FOR INSERT WITH CHECK (sitegov_site_in_jurisdiction(site_id));
CREATE POLICY inspections_change ON inspections FOR UPDATE USING (sitegov_site_in_jurisdiction(site_id))
    WITH CHECK (sitegov_site_in_jurisdiction(site_id));
CREATE POLICY inspections_remove ON inspections FOR DELETE USING (sitegov_site_in_jurisdiction(site_id));

-- Accounts: administrators over their jurisdiction's accounts; everyone over their own login's
-- bookkeeping (the column grants say which columns).
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY accounts_read ON accounts FOR SELECT USING (true);
CREATE POLICY accounts_add ON accounts FOR INSERT WITH CHECK (sitegov_in_jurisdiction(org_id));
CREATE POLICY accounts_change ON accounts FOR UPDATE
    USING (pg_has_role(session_user, sitegov_role('administrator'), 'MEMBER') AND sitegov_in_jurisdiction(org_id))
    WITH CHECK (sitegov_in_jurisdiction(org_id));
CREATE POLICY accounts_own ON accounts FOR UPDATE USING (id = sitegov_session_account());

ALTER TABLE account_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_roles_read ON account_roles FOR SELECT USING (true);
CREATE POLICY account_roles_add ON account_roles FOR INSERT
    WITH CHECK (sitegov_in_jurisdiction((SELECT a.org_id FROM accounts a WHERE a.id = account_id)));
CREATE POLICY account_roles_change ON account_roles FOR UPDATE
    USING (sitegov_in_jurisdiction((SELECT a.org_id FROM accounts a WHERE a.id = account_id)))
    WITH CHECK (sitegov_in_jurisdiction((SELECT a.org_id FROM accounts a WHERE a.id = account_id)));
CREATE POLICY account_roles_remove ON account_roles FOR DELETE
    USING (sitegov_in_jurisdiction((SELECT a.org_id FROM accounts a WHERE a.id = account_id)));

-- A copy of this database (CREATE DATABASE ... TEMPLATE) keeps its original's prefix and so shares
-- its roles: a password set or an account disabled in one is so in both. A copy that is to be a
-- database of its own (the tests' copies of their templates; a staging copy) takes a prefix of its
-- own here: the new prefix's roles are made, own what the old ones owned and get their grants, the
-- old ones lose theirs in this database, and every account gets a login of the new prefix with the
-- password its old login had. Run by a superuser (the old logins' verifiers are read from
-- pg_authid, which only superusers read).
CREATE FUNCTION sitegov_take_role_prefix(new_prefix TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    old_prefix TEXT := (SELECT role_prefix FROM schema_version WHERE id = 1);
    suffix     TEXT;
    a          RECORD;
BEGIN
    IF new_prefix = old_prefix THEN
        RETURN;
    END IF;
    CREATE TEMPORARY TABLE sitegov_old_logins ON COMMIT DROP AS
        SELECT ac.id, au.rolpassword AS verifier FROM accounts ac
          LEFT JOIN pg_authid au ON au.rolname = old_prefix || '_' || lower(ac.username::text);
    UPDATE schema_version SET role_prefix = new_prefix WHERE id = 1;
    PERFORM sitegov_make_roles();
    EXECUTE format('REASSIGN OWNED BY %I TO %I', old_prefix || '__owner', sitegov_role('owner'));
    PERFORM sitegov_grant();
    FOREACH suffix IN ARRAY ARRAY['user', 'administrator', 'director', 'approver', 'inspector'] LOOP
        EXECUTE format('DROP OWNED BY %I', old_prefix || '__' || suffix);
    END LOOP;
    FOR a IN SELECT id, verifier FROM sitegov_old_logins LOOP
        PERFORM sitegov_account_role(a.id, CASE WHEN a.verifier LIKE 'SCRAM-SHA-256$%' THEN a.verifier END);
    END LOOP;
    DROP TABLE sitegov_old_logins;
END
$$;
REVOKE ALL ON FUNCTION sitegov_take_role_prefix(TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION sitegov_make_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION sitegov_grant() FROM PUBLIC;

-- The owner owns every object of the schema but the extensions' (so that the logins, which own
-- nothing, are held by the grants and policies, and the functions above act with the owner's
-- CREATEROLE and no more).
DO $$
DECLARE
    o     RECORD;
    owner TEXT := sitegov_role('owner');
BEGIN
    FOR o IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                 AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')) LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I',
            CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                           ELSE 'TABLE' END, o.name, owner);
    END LOOP;
    FOR o IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
              WHERE p.pronamespace = 'public'::regnamespace
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                 AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', CASE o.prokind WHEN 'a' THEN 'AGGREGATE' WHEN 'p' THEN 'PROCEDURE'
                                                                ELSE 'FUNCTION' END, o.name, owner);
    END LOOP;
END
$$;
