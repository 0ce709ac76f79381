package fr.galien.app.cli;

import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.SandboxOptions;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien sandbox}: runs the national-service simulators standalone on 127.0.0.1 and prints their URLs as
 * JSON, until stopped (Ctrl+C).
 */
@Command(name = "sandbox", description = "Lance les simulateurs des services nationaux (bac à sable) sur 127.0.0.1.")
final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port de l'index du bac à sable (0 : au hasard).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        SandboxHost host = SandboxHost.start(SandboxOptions.defaults().withIndexPort(port));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            stopped.countDown();
        }, "galien-sandbox-stop"));
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("index", host.indexUrl().toString());
        Map<String, String> simulators = new LinkedHashMap<>();
        for (Map.Entry<String, URI> entry : host.urls().entrySet()) {
            simulators.put(entry.getKey(), entry.getValue().toString());
        }
        urls.put("simulators", simulators);
        spec.commandLine().getOut().println(Json.write(urls));
        spec.commandLine().getOut().flush();
        stopped.await();
        return Cli.OK;
    }
}
