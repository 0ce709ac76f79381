package fr.galien.mssante;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import fr.galien.core.testsupport.CommonArchitectureTest;

/** The shared suite (no package cycle, no other connector, sandbox, app or JavaFX, constant SQL…). */
@AnalyzeClasses(packages = "fr.galien.mssante", importOptions = ImportOption.DoNotIncludeTests.class)
class MssArchitectureTest extends CommonArchitectureTest {
}
