package fr.galien.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoriesTest {

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectories.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "/data/u"), "/home/u"))
                .isEqualTo(Path.of("/data/u/galien"));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertThat(DataDirectories.defaultDirectory("Linux", Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/galien"));
    }

    @Test
    void relativeXdgDataHomeIsIgnored() {
        assertThat(DataDirectories.defaultDirectory("Linux", Map.of("XDG_DATA_HOME", "data"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/galien"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataDirectories.defaultDirectory("Mac OS X", Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Galien"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectories.defaultDirectory("Windows 11", Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"),
                "C:\\Users\\u")).isEqualTo(Path.of("C:\\Users\\u\\AppData\\Roaming", "Galien"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToRoaming() {
        assertThat(DataDirectories.defaultDirectory("Windows 10", Map.of(), "C:\\Users\\u"))
                .isEqualTo(Path.of("C:\\Users\\u", "AppData", "Roaming", "Galien"));
    }
}
