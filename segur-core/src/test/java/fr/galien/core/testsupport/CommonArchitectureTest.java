package fr.galien.core.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.Connection;

/**
 * Architecture rules every Galien module obeys. A module subclasses it in one line, naming what to analyse:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "fr.galien.dmp", importOptions = ImportOption.DoNotIncludeTests.class)
 * class DmpArchitectureTest extends CommonArchitectureTest { }
 * }</pre>
 *
 * <p>and adds its own rules next to these; {@link #noDependencyOn(String...)} builds the usual "never import" rule.
 * Shipped in segur-core's test-jar (style.md, model: JabRef's {@code CommonArchitectureTest}).
 */
public abstract class CommonArchitectureTest {

    /** SQL goes through {@code PreparedStatement} with constant text only (HELPERS.md, decisions.md). */
    @ArchTest
    public static final ArchRule noConnectionCreateStatement = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("java.sql.Connection.createStatement(..)",
                    CommonArchitectureTest::isCreateStatement))
            .because("a plain Statement invites SQL built from strings: use prepareStatement with constant SQL");

    /**
     * The String-taking {@code Statement} methods ({@code execute(String)}, {@code executeQuery(String)},
     * {@code addBatch(String)}…) run SQL text given at call time. {@code executeBatch()} and friends, inherited by
     * PreparedStatement, are fine.
     */
    @ArchTest
    public static final ArchRule noPlainStatement = noClasses()
            .should().callMethodWhere(DescribedPredicate.describe("java.sql.Statement.*(String, ..)",
                    CommonArchitectureTest::runsSqlText))
            .because("only PreparedStatement with constant SQL is allowed");

    @ArchTest
    public static final ArchRule noJavaDeserialisation = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream")
            .because("Java deserialisation of outside data runs attacker-chosen code");

    /** "No class analysed depends on any of these packages" ({@code javafx..}, {@code ca.uhn..} …). */
    protected static ArchRule noDependencyOn(String... packageIdentifiers) {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(packageIdentifiers);
    }

    private static boolean runsSqlText(JavaMethodCall call) {
        var parameters = call.getTarget().getRawParameterTypes();
        return call.getTargetOwner().isAssignableTo(java.sql.Statement.class) && !parameters.isEmpty()
                && parameters.get(0).isEquivalentTo(String.class);
    }

    private static boolean isCreateStatement(JavaMethodCall call) {
        return call.getName().equals("createStatement") && call.getTargetOwner().isAssignableTo(Connection.class);
    }
}
