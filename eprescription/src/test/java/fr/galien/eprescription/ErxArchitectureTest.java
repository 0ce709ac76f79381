package fr.galien.eprescription;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/**
 * The shared suite (no package cycle, no other connector, sandbox, app or JavaFX, constant SQL…), plus: HTTP only
 * through the connector kit (HAPI's REST client would bypass its bearer token, caps, tracing — ADR 0026).
 */
@AnalyzeClasses(packages = "fr.galien.eprescription", importOptions = ImportOption.DoNotIncludeTests.class)
class ErxArchitectureTest extends CommonArchitectureTest {

    @ArchTest
    static final ArchRule noHapiRestClient = noDependencyOn("ca.uhn.fhir.rest.client..", "org.apache.http..");
}
