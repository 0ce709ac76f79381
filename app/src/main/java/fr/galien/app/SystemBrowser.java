package fr.galien.app;

import fr.galien.core.error.SegurException;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/**
 * Opens the PSC authorization page in the user's browser (RFC 8252: never an embedded web view). Called by the
 * port on a worker thread, never on the FX thread (AWT's Desktop may block).
 */
final class SystemBrowser {

    private SystemBrowser() {
    }

    static void open(URI page) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(page);
                return;
            }
            // Linux desktops without AWT's BROWSE support.
            new ProcessBuilder("xdg-open", page.toString()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new SegurException(AppError.APP_0006, e, "navigateur");
        }
    }
}
