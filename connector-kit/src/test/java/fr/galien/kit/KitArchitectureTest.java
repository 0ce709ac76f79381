package fr.galien.kit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/**
 * ADR 0014: the kit is JDK plus segur-core; it knows no connector, no simulator, no UI, no protocol library. Package
 * cycles and the rest come from the shared suite.
 */
@AnalyzeClasses(packages = "fr.galien.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest extends CommonArchitectureTest {

    /** Connectors need no list: one on the kit's class path would be caught by the shared connector rule. */
    @ArchTest
    static final ArchRule noSandboxOrApp = noDependencyOn("fr.galien.sandbox..", "fr.galien.app..");

    @ArchTest
    static final ArchRule noUiNorProtocolLibrary = noDependencyOn("javafx..", "ca.uhn..", "com.nimbusds..",
            "com.fasterxml..", "org.eclipse.jetty..", "jakarta..", "javax.xml.parsers..", "javax.xml.soap..");
}
