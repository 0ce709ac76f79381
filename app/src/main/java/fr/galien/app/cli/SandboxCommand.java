package fr.galien.app.cli;

import fr.galien.app.InProcessSandbox;
import fr.galien.app.SandboxStateDirectory;
import fr.galien.sandbox.SandboxHost;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.apcv.ApCvMode;
import fr.galien.sandbox.apcv.ApCvModes;
import fr.galien.sandbox.apcv.ApCvSimulator;
import fr.galien.sandbox.insi.InsiMode;
import fr.galien.sandbox.insi.InsiModes;
import fr.galien.sandbox.psc.PscModes;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galien sandbox}: runs the national-service simulators standalone on 127.0.0.1 and prints their URLs (and the
 * PSC test professionals) as JSON, until stopped (Ctrl+C). Their state (readings, journals…) is kept in the folder
 * of {@code --state}, else {@link SandboxStateDirectory}, shared with the window and the commands of this user. The {@code --psc-*} options set the PSC simulator's modes
 * at start, through its API; they can be changed later through its control endpoint (docs/sandbox.md).
 */
@Command(name = "sandbox", description = "Lance les simulateurs des services nationaux (bac à sable) sur 127.0.0.1.")
final class SandboxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "0", description = "Port de l'index du bac à sable (0 : au hasard).")
    int port;

    @Option(names = "--state", paramLabel = "DOSSIER",
            description = "Dossier de l'état des simulateurs, partagé par chaque processus qui l'utilise (défaut : "
                    + "$GALIEN_SANDBOX_STATE, sinon galien-sandbox à côté du dossier des données par défaut).")
    Path state;

    @Option(names = "--psc-deny", paramLabel = "ID",
            description = "Ce professionnel refuse sur son téléphone (répétable).")
    List<String> pscDeny = new ArrayList<>();

    @Option(names = "--psc-approval-delay", paramLabel = "MS",
            description = "Délai de validation sur le téléphone, en millisecondes (défaut : 1500).")
    Long pscApprovalDelay;

    @Option(names = "--psc-down", description = "Pro Santé Connect indisponible (503 sur chaque point d'accès).")
    boolean pscDown;

    @Option(names = "--psc-slow", paramLabel = "MS", description = "Chaque requête PSC attend ce délai, en millisecondes.")
    Long pscSlow;

    @Option(names = "--psc-wrong-key", description = "Jetons signés par une clé absente du JWKS.")
    boolean pscWrongKey;

    @Option(names = "--psc-expired-tokens", description = "Jetons délivrés déjà expirés.")
    boolean pscExpiredTokens;

    @Option(names = "--insi-mode", paramLabel = "normal|lent|panne",
            description = "Mode du simulateur INSi : normal, lent (chaque appel attend --insi-delay) ou panne.")
    String insiMode;

    @Option(names = "--insi-delay", paramLabel = "MS", description = "Délai du mode lent de l'INSi, en millisecondes.")
    Long insiDelay;

    @Option(names = "--insi-test-oid",
            description = "Les NIR renvoyés portent l'OID de test 1.2.250.1.213.1.4.10 au lieu de .4.8.")
    boolean insiTestOid;

    @Option(names = "--apcv-mode", paramLabel = "normal|lent|panne", description = "Mode du simulateur ApCV.")
    String apCvMode;

    @Option(names = "--apcv-approval-delay", paramLabel = "MS",
            description = "Délai avant que le patient valide sur son téléphone, en millisecondes.")
    Long apCvApprovalDelay;

    @Option(names = "--apcv-card", paramLabel = "JETON",
            description = "Carte Vitale insérée dans le lecteur simulé (jeton d'un code de test, ex. TEST-ADRUN-ZOE).")
    String apCvCard;

    @Option(names = "--apcv-refuse", description = "Le patient refuse chaque partage sur l'appli carte Vitale.")
    boolean apCvRefuse;

    @Override
    public Integer call() throws InterruptedException {
        InProcessSandbox sandbox = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "galien-sandbox-stop"));
        spec.commandLine().getOut().println(Json.write(describe(sandbox)));
        spec.commandLine().getOut().flush();
        stopped.await();
        return Cli.OK;
    }

    /** Starts the simulators with the PSC modes asked for (tests call it without waiting for Ctrl+C). */
    InProcessSandbox start() {
        Path stateDirectory = state != null ? state.toAbsolutePath() : SandboxStateDirectory.resolve();
        InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults().withIndexPort(port)
                .withStateDirectory(stateDirectory));
        try {
            sandbox.psc().ifPresent(psc -> apply(psc.modes()));
            sandbox.insi().ifPresent(insi -> apply(insi.modes()));
            sandbox.apCv().ifPresent(this::apply);
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    private void apply(PscModes modes) {
        pscDeny.forEach(modes::deny);
        if (pscApprovalDelay != null) {
            modes.setApprovalDelay(millis(pscApprovalDelay, "--psc-approval-delay"));
        }
        if (pscSlow != null) {
            modes.setSlowDelay(millis(pscSlow, "--psc-slow"));
        }
        modes.setProviderDown(pscDown);
        modes.setWrongSigningKey(pscWrongKey);
        modes.setExpiredTokens(pscExpiredTokens);
    }

    private void apply(InsiModes modes) {
        if (insiMode != null) {
            modes.setMode(InsiMode.fromWire(insiMode.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> usage("--insi-mode : normal, lent ou panne, pas « " + insiMode + " ».")));
        }
        if (insiDelay != null) {
            modes.setDelay(millis(insiDelay, "--insi-delay"));
        }
        modes.setTestOid(insiTestOid);
    }

    private void apply(ApCvSimulator apCv) {
        ApCvModes modes = apCv.modes();
        if (apCvMode != null) {
            modes.setMode(ApCvMode.fromWire(apCvMode.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> usage("--apcv-mode : normal, lent ou panne, pas « " + apCvMode + " ».")));
        }
        if (apCvApprovalDelay != null) {
            modes.setApprovalDelay(millis(apCvApprovalDelay, "--apcv-approval-delay"));
        }
        if (apCvCard != null) {
            modes.insertCard(apCv.testCodes().stream().filter(code -> code.token().equals(apCvCard.strip()))
                    .findFirst().orElseThrow(() -> usage("--apcv-card : jeton inconnu « " + apCvCard + " » ; voir "
                            + "la page des codes de test du simulateur ApCV.")));
        }
        modes.setRefuseAll(apCvRefuse);
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }

    private Duration millis(long value, String option) {
        if (value < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    option + " : un délai positif ou nul est attendu, pas " + value + ".");
        }
        return Duration.ofMillis(value);
    }

    /** {@code {"index", "simulators": {id: url}, "state": folder, <id>: what each simulator describes}}. */
    static Map<String, Object> describe(InProcessSandbox sandbox) {
        SandboxHost host = sandbox.host();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", host.indexUrl().toString());
        Map<String, String> simulators = new LinkedHashMap<>();
        for (Map.Entry<String, URI> entry : host.urls().entrySet()) {
            simulators.put(entry.getKey(), entry.getValue().toString());
        }
        json.put("simulators", simulators);
        json.put("state", sandbox.stateDirectory().map(Path::toString).orElse(null));
        for (Simulator simulator : host.simulators()) {
            Map<String, Object> described = simulator.describe();
            if (!described.isEmpty()) {
                json.put(simulator.id(), described);
            }
        }
        return json;
    }
}
