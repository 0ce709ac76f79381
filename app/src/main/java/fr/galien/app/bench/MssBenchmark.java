package fr.galien.app.bench;

import fr.galien.app.DemoPractice;
import fr.galien.app.GalienRuntime;
import fr.galien.app.InProcessSandbox;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.mssante.Draft;
import fr.galien.core.mssante.MailFiling;
import fr.galien.core.mssante.SecureMail;
import fr.galien.core.port.MssantePort;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.DatabaseSettings;
import fr.galien.core.task.CurrentThreadTaskExecutor;
import fr.galien.sandbox.SandboxOptions;
import fr.galien.sandbox.mssante.Correspondent;
import fr.galien.sandbox.mssante.MssSimulator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * MSSanté throughput (issue 13 measures), the app's whole path against the operator simulator in-process on
 * 127.0.0.1 (STARTTLS, XOAUTH2), in a throw-away demo data directory: mails composed in the core, queued and sent by
 * the outbox dispatcher through the real client (messages/s); the same mails received back and read (messages/s);
 * and the time to fetch and file {@code documents} IHE XDM packages from the scripted correspondent (each a CDA of
 * the qualified demo patient ADRUN Zoé, filed into her documents).
 */
public final class MssBenchmark {

    /**
     * @param fileMillis time to fetch, read and file {@code documents} received XDM packages
     */
    public record Result(int messages, double sentPerSecond, double receivedPerSecond, int documents,
                         long fileMillis, int filed) {
    }

    private static final String PHARMACIST = "899900000001";
    private static final String BOX = "claire.titulairetest@pharmacien.mssante.fr";

    private final PrintWriter progress;

    public MssBenchmark(PrintWriter progress) {
        this.progress = progress;
    }

    public Result run(Path dataDir, int messages, int documents) {
        try (GalienRuntime runtime = GalienRuntime.open(DatabaseSettings.forDataDirectory(dataDir));
             InProcessSandbox sandbox = InProcessSandbox.start(SandboxOptions.defaults())) {
            DemoPractice.ensure(runtime, PracticeProfile.OFFICINE);
            runtime.startModules(new CurrentThreadTaskExecutor(), sandbox.moduleOverrides(runtime));
            ProSanteConnectPort psc = runtime.pscPort().orElseThrow();
            psc.authenticateWithCiba(PHARMACIST, ProSanteConnectPort.Progress.NONE);
            Caller caller = Caller.pscProfessional(PHARMACIST, "Claire TITULAIRETEST", Role.PHARMACIEN_TITULAIRE,
                    runtime.workstationId());
            MssantePort port = runtime.mssPort().orElseThrow();
            SecureMail mail = runtime.secureMail();
            MailFiling filing = runtime.mailFiling();
            MssSimulator simulator = sandbox.simulator(MssSimulator.class).orElseThrow();

            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                mail.compose(caller, Draft.simple(BOX, List.of(BOX), "Banc d'essai " + i, "Message " + i),
                        List.of(BOX));
                runtime.startModules(new CurrentThreadTaskExecutor()).dispatcher().dispatchDue();
            }
            double sent = messages / seconds(start);
            progress.printf("%d messages envoyés%n", messages);
            progress.flush();

            start = System.nanoTime();
            int received = filing.fetch(caller, port, BOX, messages * 3).size();
            double read = received / seconds(start);
            progress.printf("%d messages relevés (accusés compris)%n", received);
            progress.flush();

            for (int i = 0; i < documents; i++) {
                simulator.sendDocument(BOX, Correspondent.Scenario.QUALIFIED);
            }
            start = System.nanoTime();
            int filed = 0;
            for (MailFiling.Received one : filing.fetch(caller, port, BOX, documents + 10)) {
                filed += one.filed();
            }
            long fileMillis = (System.nanoTime() - start) / 1_000_000;
            progress.printf("%d documents classés%n", filed);
            progress.flush();
            psc.logout();
            return new Result(messages, round(sent), round(read), documents, fileMillis, filed);
        }
    }

    private static double seconds(long start) {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
