package fr.galien.psc;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import fr.galien.core.testsupport.CommonArchitectureTest;

/** The shared suite: among others, no other connector, no sandbox, no app, no JavaFX (derived, not listed here). */
@AnalyzeClasses(packages = "fr.galien.psc", importOptions = ImportOption.DoNotIncludeTests.class)
class PscArchitectureTest extends CommonArchitectureTest {
}
