package com.fashionos.crm.database;

/**
 * The database after start-up checks and migrations: where it is, which role the application uses and the schema
 * version it is at.
 *
 * @param jdbcUrl JDBC URL of the CRM database, without credentials
 * @param appUsername the row-level-security-bound role the application connects as
 * @param schemaVersion the newest applied migration, e.g. {@code 5}
 * @param embedded whether the database runs in the embedded PostgreSQL
 */
public record DatabaseStatus(String jdbcUrl, String appUsername, String schemaVersion, boolean embedded) {}
