package fr.galien.sandbox;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fr.galien.core.testsupport.CommonArchitectureTest;

/**
 * The sandbox stands for the national platforms: it must speak only the wire protocols, so it imports no Galien
 * code (neither core nor any connector) except the connector kit's hardened XML reader (ADR 0014: it refuses hostile
 * XML exactly as the clients do). The shared suite adds the rest (no package cycle, no Java deserialisation of what
 * the network sends, constant SQL).
 */
@AnalyzeClasses(packages = "fr.galien.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class SandboxArchitectureTest extends CommonArchitectureTest {

    @ArchTest
    static final ArchRule importsNoOtherGalienCode = noClasses()
            .should().dependOnClassesThat(resideInAPackage("fr.galien..")
                    .and(not(resideInAPackage("fr.galien.sandbox..")))
                    .and(not(resideInAPackage("fr.galien.kit.xml.."))))
            .because("simulators model the national platforms from the specs, never from our client code");
}
