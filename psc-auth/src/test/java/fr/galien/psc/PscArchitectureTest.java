package fr.galien.psc;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

@AnalyzeClasses(packages = "fr.galien.psc", importOptions = ImportOption.DoNotIncludeTests.class)
class PscArchitectureTest extends CommonArchitectureTest {

    /** A connector imports no simulator, no UI and no other connector (style.md): only the core port. */
    @ArchTest
    static final ArchRule noSandboxNoUiNoOtherConnector = noDependencyOn("fr.galien.sandbox..", "javafx..",
            "fr.galien.app..", "fr.galien.ins..", "fr.galien.dmp..", "fr.galien.mssante..",
            "fr.galien.eprescription..");
}
