package fr.galien.core.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with one JDBC connection, inside a transaction opened by {@link Transactions}. */
@FunctionalInterface
public interface SqlFunction<T> {

    T apply(Connection connection) throws SQLException;
}
