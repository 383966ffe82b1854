/**
 * Database bootstrap: finds or starts PostgreSQL (embedded when no URL is configured), ensures the application
 * role, migrates the schema with Flyway as the owner, refuses schemas newer than this build, and exposes the
 * application {@code DataSource} that connects as the row-level-security-bound application role.
 */
@NullMarked
package com.fashionos.crm.database;

import org.jspecify.annotations.NullMarked;
