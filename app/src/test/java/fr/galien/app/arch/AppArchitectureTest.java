package fr.galien.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layering inside app: ViewModels stay toolkit-free, UI code does no I/O of its own. */
class AppArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.galien.app");
    }

    @Test
    void viewModelsDoNotUseTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    void uiMakesNoJdbcHttpOrFhirCall() {
        noClasses().that().resideInAPackage("fr.galien.app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net.http..",
                        "ca.uhn..", "org.h2..", "org.postgresql..", "fr.galien.core.storage..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    void onlyTheCompositionRootAndCliKnowTheSandbox() {
        noClasses().that().resideInAPackage("fr.galien.app.ui..")
                .should().dependOnClassesThat().resideInAPackage("fr.galien.sandbox..")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    void nothingDeserialisesJavaObjects() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.ObjectInputStream").check(app);
    }
}
