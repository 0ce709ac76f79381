package fr.galien.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.testsupport.archsamples.left.Left;
import fr.galien.core.testsupport.archsamples.right.Right;
import fr.galien.core.testsupport.archsamples.ui.HoldsAPort;
import fr.galien.core.testsupport.archsamples.ui.ShowsAPortValue;
import fr.galien.otherconnector.OtherService;
import fr.galien.sampleconnector.SampleService;
import fr.galien.sampleconnector.UsesAnotherConnector;
import fr.galien.sampleconnector.UsesTheCore;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared rules catch what they claim to, and let the allowed cases through (PreparedStatement, port values…). */
class CommonArchitectureRulesTest {

    private static final String SAMPLE_UI = "fr.galien.core.testsupport.archsamples.ui..";

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

    @Test
    void packageCycleIsCaught() {
        assertThat(violates(CommonArchitectureTest.noPackageCycles, Left.class, Right.class)).isTrue();
    }

    @Test
    void oneWayDependencyIsNoCycle() {
        assertThat(violates(CommonArchitectureTest.noPackageCycles, Left.class, UsesPreparedStatement.class))
                .isFalse();
    }

    @Test
    void uiHoldingAPortIsCaught() {
        assertThat(violates(CommonArchitectureTest.uiUsesNoPort(SAMPLE_UI), HoldsAPort.class)).isTrue();
    }

    @Test
    void uiShowingAPortValueTypePasses() {
        assertThat(violates(CommonArchitectureTest.uiUsesNoPort(SAMPLE_UI), ShowsAPortValue.class)).isFalse();
    }

    @Test
    void connectorImportingAnotherConnectorIsCaught() {
        assertThat(violates(CommonArchitectureTest.connectorsStayApart, SampleService.class,
                UsesAnotherConnector.class, OtherService.class)).isTrue();
    }

    @Test
    void connectorUsingOnlyTheCorePasses() {
        assertThat(violates(CommonArchitectureTest.connectorsStayApart, SampleService.class, UsesTheCore.class))
                .isFalse();
    }

    @Test
    void connectorsAreFoundFromTheirSegurService() {
        JavaClasses classes = new ClassFileImporter().importClasses(SampleService.class, OtherService.class,
                UsesTheCore.class);

        assertThat(CommonArchitectureTest.connectorPackages(classes))
                .contains("fr.galien.sampleconnector", "fr.galien.otherconnector")
                .doesNotContain("fr.galien.core", "fr.galien.kit");
    }

    @Test
    void buildingQualifiedInsOutsideInsExchangeIsCaught() {
        assertThat(violates(CommonArchitectureTest.onlyInsExchangeBuildsQualifiedIns, BuildsQualifiedIns.class))
                .isTrue();
    }

    @Test
    void insExchangeBuildsQualifiedIns() {
        assertThat(violates(CommonArchitectureTest.onlyInsExchangeBuildsQualifiedIns, InsExchange.class,
                QualifiedIns.class)).isFalse();
    }

    private static boolean violates(ArchRule rule, Class<?>... samples) {
        JavaClasses classes = new ClassFileImporter().importClasses(samples);
        return rule.evaluate(classes).hasViolation();
    }

    static final class BuildsQualifiedIns {
        QualifiedIns forge(IdentityTraits traits) {
            return new QualifiedIns(UUID.randomUUID(), "297022A02077878", "1.2.250.1.213.1.4.10", traits);
        }
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
