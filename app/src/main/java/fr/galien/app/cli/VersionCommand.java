package fr.galien.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "version", description = "Affiche la version de Galien.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Sortie JSON.")
    boolean json;

    @Override
    public Integer call() {
        String version = version();
        if (json) {
            spec.commandLine().getOut().println(Json.write(new VersionJson(version, System.getProperty("java.version"))));
        } else {
            spec.commandLine().getOut().println("Galien " + version + " (Java " + System.getProperty("java.version") + ")");
        }
        return Cli.OK;
    }

    static String version() {
        String fromManifest = VersionCommand.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "développement" : fromManifest;
    }

    record VersionJson(String version, String java) {
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Galien " + version()};
        }
    }
}
