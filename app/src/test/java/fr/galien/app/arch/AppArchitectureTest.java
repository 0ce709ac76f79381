package fr.galien.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/**
 * The shared suite (no package cycle, the UI holds no port, no connector imported, constant SQL…) plus layering
 * inside app: ViewModels stay toolkit-free, UI code does no I/O of its own.
 */
@AnalyzeClasses(packages = "fr.galien.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest extends CommonArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsDoNotUseTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiMakesNoJdbcHttpOrFhirCall = noClasses().that().resideInAPackage("fr.galien.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..",
                    "ca.uhn..", "org.h2..", "org.postgresql..", "fr.galien.core.storage..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyTheCompositionRootAndCliKnowTheSandbox = noClasses()
            .that().resideInAPackage("fr.galien.app.ui..")
            .should().dependOnClassesThat().resideInAPackage("fr.galien.sandbox..")
            .allowEmptyShould(true);
}
