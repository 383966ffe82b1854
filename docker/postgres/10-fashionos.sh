#!/bin/sh
# Runs once, when the postgres container initialises an empty data directory.
# Creates the FashionOS database owned by the schema owner (runs Flyway migrations) and the
# application role, which is neither superuser nor owner, so row-level security applies to it.
set -eu

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner="$FASHIONOS_DB_USERNAME" -v owner_pw="$FASHIONOS_DB_PASSWORD" \
    -v app="$FASHIONOS_DB_APP_USERNAME" -v app_pw="$FASHIONOS_DB_APP_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER CREATEROLE PASSWORD :'owner_pw';
CREATE ROLE :"app" LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_pw';
-- Lets the owner manage the app role (e.g. reset its password) without inheriting its rights.
GRANT :"app" TO :"owner" WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;
CREATE DATABASE fashionos OWNER :"owner";
REVOKE ALL ON DATABASE fashionos FROM PUBLIC;
GRANT CONNECT ON DATABASE fashionos TO :"app";
SQL
