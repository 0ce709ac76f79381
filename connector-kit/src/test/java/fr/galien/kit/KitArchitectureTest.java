package fr.galien.kit;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/** ADR 0014: the kit is JDK plus segur-core; it knows no connector, no simulator, no UI, no protocol library. */
@AnalyzeClasses(packages = "fr.galien.kit", importOptions = ImportOption.DoNotIncludeTests.class)
class KitArchitectureTest extends CommonArchitectureTest {

    @ArchTest
    static final ArchRule noConnectorSandboxOrApp = noDependencyOn("fr.galien.ins..", "fr.galien.psc..",
            "fr.galien.dmp..", "fr.galien.mssante..", "fr.galien.eprescription..", "fr.galien.sandbox..",
            "fr.galien.app..");

    @ArchTest
    static final ArchRule noUiNorProtocolLibrary = noDependencyOn("javafx..", "ca.uhn..", "com.nimbusds..",
            "com.fasterxml..", "org.eclipse.jetty..", "jakarta..", "javax.xml.parsers..", "javax.xml.soap..");

    @ArchTest
    static final ArchRule packagesFreeOfCycles = slices().matching("fr.galien.kit.(*)..").should().beFreeOfCycles();
}
