package fr.galien.dmp;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import fr.galien.core.testsupport.CommonArchitectureTest;

/** The shared suite: no package cycle, no other connector, sandbox, app or JavaFX, constant SQL… */
@AnalyzeClasses(packages = "fr.galien.dmp", importOptions = ImportOption.DoNotIncludeTests.class)
class DmpArchitectureTest extends CommonArchitectureTest {
}
