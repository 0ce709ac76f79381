package fr.galien.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.testsupport.SqlSourceScanner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every SQL statement of segur-core is constant text (decisions.md, "No string-built SQL"). */
class NoStringBuiltSqlTest {

    @Test
    void coreSourcesBuildNoSqlFromStrings() {
        Path sources = Path.of("src/main/java");

        assertThat(sources).isDirectory();
        assertThat(SqlSourceScanner.scan(sources)).isEmpty();
    }
}
