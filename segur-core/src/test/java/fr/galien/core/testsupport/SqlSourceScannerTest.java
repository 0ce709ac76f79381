package fr.galien.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.testsupport.SqlSourceScanner.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSourceScannerTest {

    @Test
    void literalArgumentIsAccepted() {
        assertThat(scan("c.prepareStatement(\"SELECT 1\");")).isEmpty();
    }

    @Test
    void textBlockArgumentIsAccepted() {
        assertThat(scan("c.prepareStatement(\"\"\"\n    SELECT id\n    FROM t\n    \"\"\");")).isEmpty();
    }

    @Test
    void constantArgumentIsAccepted() {
        assertThat(scan("static final String FIND = \"SELECT * FROM t WHERE id = ?\";\n"
                + "void f() { c.prepareStatement(FIND); c.prepareCall(Rows.CALL_IT, 1); }")).isEmpty();
    }

    @Test
    void constantBuiltFromLiteralsAndConstantsIsAccepted() {
        assertThat(scan("private static final String COLUMNS = \"id, name\";\n"
                + "private static final String FIND = \"SELECT \" + COLUMNS + \" FROM t \" + Rows.WHERE_ID;\n"
                + "void f() { c.prepareStatement(FIND); }")).isEmpty();
    }

    @Test
    void variableArgumentIsReported() {
        List<Violation> violations = scan("void f(String sql) {\n c.prepareStatement(sql);\n}");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(2);
            assertThat(v.message()).contains("prepareStatement with non-constant SQL: sql");
        });
    }

    @Test
    void concatenationInTheCallIsReported() {
        assertThat(scan("c.prepareStatement(\"SELECT * FROM t WHERE name = '\" + name + \"'\");")).hasSize(1);
    }

    @Test
    void concatenatedConstantsInTheCallAreReported() {
        assertThat(scan("c.prepareStatement(SELECT + WHERE);")).hasSize(1);
    }

    @Test
    void formattedLiteralInTheCallIsReported() {
        assertThat(scan("c.prepareCall(\"CALL p(%s)\".formatted(x));")).hasSize(1);
    }

    @Test
    void conditionalInTheCallIsReported() {
        assertThat(scan("c.prepareStatement(all ? ALL : SOME);")).hasSize(1);
    }

    @Test
    void sqlConstantBuiltFromAVariableIsReported() {
        List<Violation> violations = scan("static String table = \"t\";\n"
                + "static final String FIND = \"SELECT * FROM \" + table;\n"
                + "void f() { c.prepareStatement(FIND); }");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(2);
            assertThat(v.message()).isEqualTo("SQL constant FIND is built from a non-constant part: table");
        });
    }

    @Test
    void sqlConstantBuiltByAMethodCallIsReported() {
        assertThat(scan("static final String FIND = String.format(\"SELECT * FROM %s\", TABLE);")).hasSize(1);
    }

    @Test
    void sqlLookingConstantIsCheckedEvenWhenUsedElsewhere() {
        assertThat(scan("static final String DELETE_ALL = \"DELETE FROM \" + System.getProperty(\"t\");"))
                .hasSize(1);
    }

    @Test
    void columnListBehindASqlConstantIsCheckedToo() {
        assertThat(scan("static final String COLUMNS = \"id, \" + extra();\n"
                + "static final String FIND = \"SELECT \" + COLUMNS + \" FROM t\";")).hasSize(1);
    }

    @Test
    void nonSqlConstantsMayBeBuiltFreely() {
        assertThat(scan("static final String HOME = System.getProperty(\"user.home\") + \"/galien\";")).isEmpty();
    }

    @Test
    void commentsAndStringsAreNotCode() {
        assertThat(scan("// c.prepareStatement(sql);\n/* c.prepareStatement(sql); */\n"
                + "String s = \"c.prepareStatement(sql)\";")).isEmpty();
    }

    @Test
    void declaringADelegatingMethodIsNotACall() {
        assertThat(scan("public PreparedStatement prepareStatement(String sql) throws SQLException {\n"
                + "  return delegate.prepareStatement(sql);\n}")).hasSize(1)
                .first().extracting(Violation::line).isEqualTo(2);
    }

    @Test
    void methodReferenceIsIgnored() {
        assertThat(scan("Function<String, ?> f = c::prepareStatement;")).isEmpty();
    }

    private static List<Violation> scan(String body) {
        return SqlSourceScanner.scanSource("Sample.java", body);
    }
}
