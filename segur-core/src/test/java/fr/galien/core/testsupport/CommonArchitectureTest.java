package fr.galien.core.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.spi.SegurService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Architecture rules every Galien module obeys (issue 8 §6). A module subclasses it in one line, naming what to
 * analyse, and adds its own rules next to these:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "fr.galien.dmp", importOptions = ImportOption.DoNotIncludeTests.class)
 * class DmpArchitectureTest extends CommonArchitectureTest { }
 * }</pre>
 *
 * <p>{@link #noDependencyOn(String...)} builds the usual "never import" rule. Nothing here names a module: the
 * connectors are found from what the class path declares ({@code META-INF/services/fr.galien.core.spi.SegurService})
 * and from the classes analysed that implement {@link SegurService}. Shipped in segur-core's test-jar (style.md,
 * model: JabRef's {@code CommonArchitectureTest}); {@code CommonMessagesCompletenessTest} is its twin for messages.
 */
public abstract class CommonArchitectureTest {

    /** Where the window lives; it reaches national services through core services, never a port. */
    static final String UI_PACKAGES = "fr.galien.app.ui..";

    /**
     * Packages of the analysed module that import one another both ways cannot be understood, tested or moved one
     * at a time (docs/architecture.md). Each package is a slice; the analysed module is the scope.
     */
    @ArchTest
    public static final ArchRule noPackageCycles = slices().matching("fr.galien.(**)")
            .namingSlices("fr.galien.$1")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    /**
     * The UI asks core services (permission check, audit row) and never holds a national port itself: a
     * {@code fr.galien.core.port.*Port} in a screen skips both. The ports' value types (nested records) are fine.
     */
    @ArchTest
    public static final ArchRule uiUsesNoPort = uiUsesNoPort(UI_PACKAGES);

    /**
     * A connector depends on segur-core, the connector kit, its own package and libraries only: never on another
     * connector, the sandbox, the app or JavaFX; and nothing but the connector itself depends on its classes (the app
     * finds connectors through ServiceLoader). Connectors are derived, never listed by hand (see
     * {@link #connectorPackages}).
     */
    @ArchTest
    public static final ArchRule connectorsStayApart = classes()
            .should(new ConnectorIsolation())
            .because("a connector is added by dropping a jar on the class path; it cooperates through core ports only");

    /**
     * Only {@code InsExchange.requireQualified} builds a {@link QualifiedIns}, after checking that the identity is
     * qualified (ADR 0013, issue 8 §1): no other main class may call its constructor. Tests may (they are not
     * analysed).
     */
    @ArchTest
    public static final ArchRule onlyInsExchangeBuildsQualifiedIns = noClasses()
            .that(not(belongToAnyOf(InsExchange.class)))
            .should().callConstructorWhere(DescribedPredicate.describe("a constructor of QualifiedIns",
                    (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(QualifiedIns.class)))
            .because("an unqualified matricule must never leave the practice (issue 4 §5)");

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

    /**
     * The bytecode cannot tell a constant SQL string from a built one, so the module's sources are scanned
     * ({@link SqlSourceScanner}: {@code prepareStatement}/{@code prepareCall} take a literal or a constant built
     * from literals only). Surefire runs in the module's directory.
     */
    @ArchTest
    public static void noSqlBuiltFromStrings(JavaClasses analysed) {
        Path sources = Path.of("src/main/java");
        if (!Files.isDirectory(sources)) {
            throw new AssertionError("no " + sources.toAbsolutePath() + ": run from the module's directory");
        }
        var violations = SqlSourceScanner.scan(sources);
        if (!violations.isEmpty()) {
            throw new AssertionError("SQL built from strings (decisions.md, \"No string-built SQL\"):\n"
                    + String.join("\n", violations.stream().map(Object::toString).toList()));
        }
    }

    /** "No class analysed depends on any of these packages" ({@code javafx..}, {@code ca.uhn..} …). */
    protected static ArchRule noDependencyOn(String... packageIdentifiers) {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(packageIdentifiers);
    }

    /** {@link #uiUsesNoPort} for the UI under {@code uiPackages} (a parameter so the rule's own test can aim it). */
    static ArchRule uiUsesNoPort(String uiPackages) {
        return noClasses().that().resideInAPackage(uiPackages)
                .should().dependOnClassesThat(resideInAPackage("fr.galien.core.port..")
                        .and(simpleNameEndingWith("Port")))
                .allowEmptyShould(true)
                .because("the UI goes through core services, which check the permission and write the audit row");
    }

    /**
     * Base packages ({@code fr.galien.<name>}) of the connectors: those that register a {@link SegurService} in
     * {@code META-INF/services} on the class path, plus those of analysed classes implementing it. The core (the
     * platform and its test modules) and the connector kit (its {@code ClientModule} base) are not connectors.
     */
    static Set<String> connectorPackages(Collection<JavaClass> analysed) {
        Set<String> packages = new TreeSet<>();
        for (String provider : registeredSegurServices()) {
            basePackage(provider).ifPresent(packages::add);
        }
        for (JavaClass javaClass : analysed) {
            if (!javaClass.isInterface() && javaClass.isAssignableTo(SegurService.class)) {
                basePackage(javaClass.getName()).ifPresent(packages::add);
            }
        }
        packages.remove("fr.galien.core");
        packages.remove("fr.galien.kit");
        return packages;
    }

    private static Set<String> registeredSegurServices() {
        Set<String> providers = new TreeSet<>();
        String resource = "META-INF/services/" + SegurService.class.getName();
        try {
            for (URL file : Collections.list(CommonArchitectureTest.class.getClassLoader().getResources(resource))) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(line -> line.replaceFirst("#.*", "").strip())
                            .filter(line -> !line.isEmpty()).forEach(providers::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return providers;
    }

    /** {@code fr.galien.ins.InsService} → {@code fr.galien.ins}. */
    private static Optional<String> basePackage(String className) {
        String[] parts = className.split("\\.");
        if (parts.length < 4 || !parts[0].equals("fr") || !parts[1].equals("galien")) {
            return Optional.empty();
        }
        return Optional.of("fr.galien." + parts[2]);
    }

    private static boolean inPackage(String className, String basePackage) {
        return className.startsWith(basePackage + ".");
    }

    /** Checks each analysed class against the connector packages computed once from the whole import. */
    static final class ConnectorIsolation extends ArchCondition<JavaClass> {

        private Set<String> connectors = Set.of();

        ConnectorIsolation() {
            super("depend only on segur-core, the connector kit and their own package when in a connector, "
                    + "and on no connector otherwise");
        }

        @Override
        public void init(Collection<JavaClass> allObjectsToTest) {
            connectors = connectorPackages(allObjectsToTest);
        }

        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            String own = connectors.stream().filter(p -> inPackage(origin.getName(), p)).findFirst().orElse(null);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getName();
                boolean refused;
                if (own != null) {
                    refused = inPackage(target, "fr.galien") && !inPackage(target, own)
                            && !inPackage(target, "fr.galien.core") && !inPackage(target, "fr.galien.kit")
                            || inPackage(target, "javafx");
                } else {
                    refused = connectors.stream().anyMatch(connector -> inPackage(target, connector));
                }
                if (refused) {
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        }
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
