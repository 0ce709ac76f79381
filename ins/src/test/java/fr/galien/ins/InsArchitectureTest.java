package fr.galien.ins;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

@AnalyzeClasses(packages = "fr.galien.ins", importOptions = ImportOption.DoNotIncludeTests.class)
class InsArchitectureTest extends CommonArchitectureTest {

    /** A connector imports no simulator, no UI and no other connector (style.md): only the core ports. */
    @ArchTest
    static final ArchRule noSandboxNoUiNoOtherConnector = noDependencyOn("fr.galien.sandbox..", "javafx..",
            "fr.galien.app..", "fr.galien.psc..", "fr.galien.dmp..", "fr.galien.mssante..",
            "fr.galien.eprescription..");

    /** XML goes through the JDK's JAXP/StAX (hardened in connector-kit's SafeXmlReader); no SAAJ, no DOM parser of our own. */
    @ArchTest
    static final ArchRule noSaajNorDom = noDependencyOn("jakarta.xml.soap..", "javax.xml.soap..",
            "javax.xml.parsers..");
}
