package com.fashionos.bench.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Records the exact SQL text and bind values that a service call sends through the application's
 * {@link DataSource}, so that the benchmark can replay the very same statements over plain JDBC ("raw SQL") and
 * set the service's cost beside the query's own. Recording is per thread and only while {@link #capture} runs;
 * otherwise the proxies only delegate.
 */
public final class SqlCapture {

    /** One prepared statement as executed: its SQL and the {@code set*} calls that bound its parameters. */
    public record Statement(String sql, List<Bind> binds) {}

    /** One {@code PreparedStatement.setX(index, value...)} call. */
    public record Bind(Method method, @Nullable Object[] args) {}

    private static final ThreadLocal<@Nullable List<Statement>> RECORDING = new ThreadLocal<>();

    private SqlCapture() {}

    /** Runs {@code work}, returning its result and the statements it executed on this thread. */
    public static <T> Captured<T> capture(Supplier<T> work) {
        var statements = new ArrayList<Statement>();
        RECORDING.set(statements);
        try {
            return new Captured<>(work.get(), statements);
        } finally {
            RECORDING.remove();
        }
    }

    public record Captured<T>(T result, List<Statement> statements) {}

    /** Wraps a data source so that its prepared statements can be recorded. */
    public static DataSource wrap(DataSource target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> c
                    && c.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor")
                    && args != null
                    && args[0] instanceof Class<?> c
                    && c.isInstance(target)) {
                return true;
            }
            if (method.getDeclaringClass() == AutoCloseable.class) {
                if (target instanceof AutoCloseable closeable) {
                    closeable.close();
                }
                return null;
            }
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? connection(c) : result;
        };
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class, AutoCloseable.class}, handler);
    }

    /**
     * Replays {@code statements} on {@code con} in one transaction and reads every column of every row; returns the
     * number of rows read.
     */
    public static int replay(Connection con, List<Statement> statements) throws SQLException {
        boolean auto = con.getAutoCommit();
        con.setAutoCommit(false);
        int rows = 0;
        try {
            for (Statement s : statements) {
                try (PreparedStatement ps = con.prepareStatement(s.sql())) {
                    for (Bind b : s.binds()) {
                        invoke(ps, b.method(), b.args());
                    }
                    if (ps.execute()) {
                        try (ResultSet rs = ps.getResultSet()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int i = 1; i <= columns; i++) {
                                    rs.getString(i);
                                }
                                rows++;
                            }
                        }
                    }
                }
            }
            con.commit();
        } catch (SQLException | RuntimeException e) {
            con.rollback();
            throw e;
        } finally {
            con.setAutoCommit(auto);
        }
        return rows;
    }

    /** Prepares {@code s} on {@code con} with its recorded binds. */
    public static PreparedStatement prepare(Connection con, Statement s) throws SQLException {
        PreparedStatement ps = con.prepareStatement(s.sql());
        for (Bind b : s.binds()) {
            invoke(ps, b.method(), b.args());
        }
        return ps;
    }

    /** Executes {@code s} on {@code con} (in whatever transaction is open), discarding any result. */
    public static void execute(Connection con, Statement s) throws SQLException {
        try (PreparedStatement ps = prepare(con, s)) {
            ps.execute();
        }
    }

    /** The statements as readable text (for reports and EXPLAIN): SQL followed by its bind values. */
    public static String describe(Statement s) {
        var sb = new StringBuilder(s.sql().strip());
        if (!s.binds().isEmpty()) {
            sb.append("\n-- binds: ");
            for (Bind b : s.binds()) {
                @Nullable Object[] args = b.args();
                Object value = args != null && args.length > 1 ? args[1] : null;
                sb.append(value instanceof Object[] array ? java.util.Arrays.toString(array) : String.valueOf(value))
                        .append(" | ");
            }
        }
        return sb.toString();
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            List<Statement> recording = RECORDING.get();
            if (recording != null
                    && result instanceof PreparedStatement ps
                    && method.getName().equals("prepareStatement")
                    && args != null
                    && args[0] instanceof String sql) {
                return statement(ps, sql, recording);
            }
            return result;
        });
    }

    private static PreparedStatement statement(PreparedStatement target, String sql, List<Statement> recording) {
        var binds = new ArrayList<Bind>();
        recording.add(new Statement(sql, binds));
        return proxy(PreparedStatement.class, target, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set")
                    && args != null
                    && args.length >= 2
                    && args[0] instanceof Integer
                    && method.getDeclaringClass() == PreparedStatement.class) {
                binds.add(new Bind(method, args.clone()));
            }
            return invoke(target, method, args);
        });
    }

    private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        InvocationHandler unwrapping = (proxy, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> c
                    && c.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor")
                    && args != null
                    && args[0] instanceof Class<?> c
                    && c.isInstance(target)) {
                return true;
            }
            return handler.invoke(proxy, method, args);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, unwrapping);
    }
}
