package fr.galien.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galien gui} (or no command): opens the window. */
@Command(name = "gui", description = "Ouvre la fenêtre de Galien (par défaut).")
final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--demo", description = "Ouvre directement la pharmacie de démonstration (créée si besoin).")
    boolean demo;

    @Override
    public Integer call() {
        return launch(GalienCommand.root(spec), demo);
    }

    int launch(GalienCommand root, boolean openDemo) {
        // Wired to the JavaFX shell when the UI lands.
        throw new UnsupportedOperationException("UI not wired yet");
    }
}
