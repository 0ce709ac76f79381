package fr.galien.core.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/** segur-core stays headless and protocol-free: no UI toolkit, no HTTP stack, no FHIR library (issue 2). */
@AnalyzeClasses(packages = "fr.galien.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest extends CommonArchitectureTest {

    @ArchTest
    static final ArchRule coreImportsNoUiHttpOrFhir = noDependencyOn("javafx..", "ca.uhn..", "java.net.http..",
            "org.eclipse.jetty..")
            .because("connectors and the app bring those; the core must run in a CLI and in tests without them");
}
