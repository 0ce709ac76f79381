package fr.galien.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a display, {@code galien} says so in French (APP-0011) instead of failing inside JavaFX. */
class GuiCommandDisplayTest {

    @Test
    void aLinuxSessionWithoutDisplayHasNoWindow() {
        assertThat(GuiCommand.displayAvailable(Map.of(), "Linux", "")).isFalse();
        assertThat(GuiCommand.displayAvailable(Map.of("DISPLAY", " "), "Linux", "")).isFalse();
    }

    @Test
    void x11WaylandWindowsMacAndAnExplicitPlatformHaveOne() {
        assertThat(GuiCommand.displayAvailable(Map.of("DISPLAY", ":0"), "Linux", "")).isTrue();
        assertThat(GuiCommand.displayAvailable(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", "")).isTrue();
        assertThat(GuiCommand.displayAvailable(Map.of(), "Windows 11", "")).isTrue();
        assertThat(GuiCommand.displayAvailable(Map.of(), "Mac OS X", "")).isTrue();
        assertThat(GuiCommand.displayAvailable(Map.of(), "Linux", "Monocle")).isTrue();
    }
}
