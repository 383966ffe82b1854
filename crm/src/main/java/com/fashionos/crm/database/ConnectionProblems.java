package com.fashionos.crm.database;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.postgresql.Driver;

/** Translates a failed PostgreSQL connection into a {@link DatabaseStartupException} an operator can act on. */
final class ConnectionProblems {

    private ConnectionProblems() {}

    /** Host, port and database named by a PostgreSQL JDBC URL, for messages. */
    record Target(String host, String port, String database) {
        String hostPort() {
            return host + ":" + port;
        }
    }

    /** Parses {@code url}; a URL that is not a PostgreSQL JDBC URL is a start-up failure of its own. */
    static Target target(String url, String setting) {
        Properties props = url.startsWith("jdbc:postgresql:") ? Driver.parseURL(url, null) : null;
        if (props == null) {
            throw new DatabaseStartupException(
                    "'" + url + "' (" + setting + ") is not a PostgreSQL JDBC URL.",
                    "Use the form jdbc:postgresql://host:5432/fashionos, or unset " + setting
                            + " to use the embedded database.");
        }
        return new Target(
                props.getProperty("PGHOST", "localhost"),
                props.getProperty("PGPORT", "5432"),
                props.getProperty("PGDBNAME", ""));
    }

    /**
     * Explains why connecting to {@code target} as {@code user} failed.
     *
     * @param where how the operator named the server, e.g. {@code (FASHIONOS_DB_URL)}
     * @param userSettings the settings that name the user and password, e.g. {@code FASHIONOS_DB_USERNAME /
     *     FASHIONOS_DB_PASSWORD}
     * @param fallback the advice for the "not reachable" case
     */
    static DatabaseStartupException explain(
            SQLException e, Target target, String user, String where, String userSettings, String fallback) {
        String at = "PostgreSQL at " + target.hostPort() + " " + where;
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable network = networkCause(e);
        if (network instanceof UnknownHostException) {
            return new DatabaseStartupException(
                    "Cannot reach " + at + ": unknown host '" + target.host() + "'.",
                    "Fix the host name. " + fallback,
                    e);
        }
        if (network instanceof ConnectException || network instanceof NoRouteToHostException) {
            return new DatabaseStartupException(
                    "Cannot reach " + at + ": connection refused.", "Start PostgreSQL. " + fallback, e);
        }
        if (network instanceof SocketTimeoutException) {
            return new DatabaseStartupException(
                    "Cannot reach " + at + ": no answer within " + DatabaseBootstrap.CONNECT_TIMEOUT_SECONDS + " s.",
                    "Check the host, port and firewall. " + fallback,
                    e);
        }
        return switch (state) {
            case "28P01" ->
                new DatabaseStartupException(
                        at + " rejected the password of user '" + user + "'.",
                        "Set the right password for that user (" + userSettings + ").",
                        e);
            case "28000" ->
                new DatabaseStartupException(
                        at + " refused user '" + user + "': " + firstLine(e) + ".",
                        "Check the user name (" + userSettings + ") and the server's pg_hba.conf.",
                        e);
            case "3D000" ->
                new DatabaseStartupException(
                        "Database '" + target.database() + "' does not exist on " + at + ".",
                        "Create it (createdb -h " + target.host() + " -p " + target.port() + " " + target.database()
                                + ") or point the URL at an existing database.",
                        e);
            default ->
                state.startsWith("08")
                        ? new DatabaseStartupException(
                                "Cannot reach " + at + ": " + firstLine(e) + ".", "Start PostgreSQL. " + fallback, e)
                        : new DatabaseStartupException(
                                "Cannot use " + at + " as user '" + user + "': " + firstLine(e)
                                        + (state.isEmpty() ? "" : " (SQL state " + state + ")") + ".",
                                "Check the database settings (" + userSettings + ").",
                                e);
        };
    }

    private static @Nullable Throwable networkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException
                    || t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return t;
            }
        }
        return null;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
