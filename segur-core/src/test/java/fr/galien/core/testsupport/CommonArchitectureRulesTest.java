package fr.galien.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they claim to, and let PreparedStatement through. */
class CommonArchitectureRulesTest {

    @Test
    void createStatementIsCaught() {
        assertThat(violates(CommonArchitectureTest.noConnectionCreateStatement, CreatesStatement.class)).isTrue();
    }

    @Test
    void createStatementWithResultSetOptionsIsCaught() {
        assertThat(violates(CommonArchitectureTest.noConnectionCreateStatement, CreatesScrollableStatement.class))
                .isTrue();
    }

    @Test
    void plainStatementIsCaught() {
        assertThat(violates(CommonArchitectureTest.noPlainStatement, CreatesStatement.class)).isTrue();
    }

    @Test
    void preparedStatementPassesEveryJdbcRule() {
        assertThat(violates(CommonArchitectureTest.noConnectionCreateStatement, UsesPreparedStatement.class))
                .isFalse();
        assertThat(violates(CommonArchitectureTest.noPlainStatement, UsesPreparedStatement.class)).isFalse();
    }

    @Test
    void objectInputStreamIsCaught() {
        assertThat(violates(CommonArchitectureTest.noJavaDeserialisation, Deserialises.class)).isTrue();
    }

    private static boolean violates(ArchRule rule, Class<?> sample) {
        JavaClasses classes = new ClassFileImporter().importClasses(sample);
        return rule.evaluate(classes).hasViolation();
    }

    static final class CreatesStatement {
        int run(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM t");
            }
        }
    }

    static final class CreatesScrollableStatement {
        Object run(Connection connection) throws SQLException {
            return connection.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
        }
    }

    static final class UsesPreparedStatement {
        private static final String COUNT = "SELECT COUNT(*) FROM t WHERE id = ?";

        long run(Connection connection) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(COUNT)) {
                select.setLong(1, 1);
                select.setFetchSize(10);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }

    static final class Deserialises {
        Object read(ObjectInputStream in) throws Exception {
            return in.readObject();
        }
    }
}
