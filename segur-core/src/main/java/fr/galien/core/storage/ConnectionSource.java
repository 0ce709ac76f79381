package fr.galien.core.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A bounded pool of connections, whatever the engine. */
interface ConnectionSource extends AutoCloseable {

    Connection borrow() throws SQLException;

    /** Gives the connection back; a broken one is closed instead of reused. */
    void release(Connection connection, boolean broken);

    @Override
    void close();
}
