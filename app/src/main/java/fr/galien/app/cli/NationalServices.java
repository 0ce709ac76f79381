package fr.galien.app.cli;

import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Starts the Ségur modules for one command, with the in-process simulators for every national service the practice
 * has not configured for real (a demo practice always): the same command then works against the sandbox or any
 * conformant server, endpoints being configuration.
 */
final class NationalServices implements AutoCloseable {

    private final InProcessSandbox sandbox;

    private NationalServices(InProcessSandbox sandbox) {
        this.sandbox = sandbox;
    }

    static NationalServices start(GalienRuntime runtime, PrintWriter err) {
        runtime.requirePractice();
        InProcessSandbox sandbox = InProcessSandbox.servesPracticeOf(runtime) ? InProcessSandbox.start() : null;
        try {
            Map<String, String> overrides = Map.of();
            if (sandbox != null) {
                err.println("Bac à sable : services nationaux simulés sur " + sandbox.host().indexUrl());
                overrides = sandbox.moduleOverrides(runtime);
            }
            runtime.startModules(new CurrentThreadTaskExecutor(), overrides);
            return new NationalServices(sandbox);
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
