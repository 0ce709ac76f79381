package fr.galien.ins;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/**
 * The shared suite (no package cycle, no other connector, sandbox, app or JavaFX, constant SQL…) plus the XML rule of
 * this SOAP client.
 */
@AnalyzeClasses(packages = "fr.galien.ins", importOptions = ImportOption.DoNotIncludeTests.class)
class InsArchitectureTest extends CommonArchitectureTest {

    /** XML goes through the JDK's JAXP/StAX (hardened in connector-kit's SafeXmlReader); no SAAJ, no DOM parser of our own. */
    @ArchTest
    static final ArchRule noSaajNorDom = noDependencyOn("jakarta.xml.soap..", "javax.xml.soap..",
            "javax.xml.parsers..");
}
