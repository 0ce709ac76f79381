package fr.galien.app.cli;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.GalienUiContext;
import fr.galien.app.ui.GalienFx;
import fr.galien.app.ui.common.FxTaskExecutor;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.storage.ThreadGuard;
import fr.galien.core.task.BackgroundTask;
import fr.galien.core.task.WorkerTaskExecutor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galien gui} (or no command): opens the window and returns when it is closed. */
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
        try {
            return run(root, openDemo);
        } catch (SegurException refused) {
            // Also said on stderr by Cli; the box is for a user who started Galien from an icon.
            if (!java.awt.GraphicsEnvironment.isHeadless()) {
                GalienFx.launchFatal(refused.getMessage());
            }
            throw refused;
        }
    }

    /** The name is checked first: asking JavaFX on another thread would create its toolkit. */
    private static boolean onFxThread() {
        return "JavaFX Application Thread".equals(Thread.currentThread().getName())
                && javafx.application.Platform.isFxApplicationThread();
    }

    private int run(GalienCommand root, boolean openDemo) {
        // Opening the database, seeding the demo and starting the sandbox happen here, before the window exists,
        // so a refusal (lock held, corrupt file) is a French message on the terminal, not a half-open window.
        // The modules get worker threads of their own: their callbacks must never land on the window's thread.
        // Declared first, closed last: after the runtime has stopped the modules.
        try (WorkerTaskExecutor moduleTasks = new WorkerTaskExecutor("galien-module", 2);
             GalienRuntime runtime = root.openRuntime();
             GalienUiContext context = new GalienUiContext(runtime, new FxTaskExecutor())) {
            if (openDemo) {
                DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            }
            context.startSandbox();
            runtime.startModules(moduleTasks, context.moduleOverrides()).startDispatching();
            // First start: the bundled drug catalogue is stored and indexed in the background (docs/drugs.md).
            moduleTasks.execute(BackgroundTask.of("Catalogue des médicaments", runtime.drugs()::ensureLoaded)
                    .onFailure(error -> org.slf4j.LoggerFactory.getLogger(GuiCommand.class)
                            .warn("Drug catalogue not loaded", error)));
            // A query on the window's thread freezes the counter: logged with its stack (the tests make it fail).
            ThreadGuard.install(GuiCommand::onFxThread, ThreadGuard.Mode.LOG);
            GalienFx.launch(context);
        }
        return Cli.OK;
    }
}
