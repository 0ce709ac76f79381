package fr.galien.sandbox.dmp;

import ca.uhn.fhir.context.FhirContext;
import fr.galien.sandbox.Simulator;
import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.StateStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The DMP simulator (specs §1.2, §1.8): the PDSm4DMP FHIR API at {@code <base>dmp/fhir} — a HAPI
 * {@code RestfulServer} in Jetty 12 ee10 on loopback (stack.md recipe, {@code setInitOrder(1)}) — with invented DMPs
 * for the INSi test identities ({@link DmpPatients}), the documents kept in the sandbox state folder
 * ({@code documents.json}, shared by every process of the user), and the modes of {@link #modes()}.
 */
public final class DmpSimulator implements Simulator {

    public static final String ID = "dmp";
    /** Path of the FHIR base, relative to the base URL. */
    public static final String FHIR_PATH = "/dmp/fhir";

    private static final int MAX_STATE_BYTES = 256 * 1024 * 1024;

    private final DmpModes modes = new DmpModes();
    private final DmpJournal journal = new DmpJournal();
    private final Clock clock;
    private SimulatorState state = SimulatorState.inMemory();
    private StateStore<DmpState> documents;
    private Server server;
    private URI baseUrl;

    /** Used by {@link java.util.ServiceLoader}. */
    public DmpSimulator() {
        this(Clock.systemUTC());
    }

    public DmpSimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "DMP — Mon espace santé (PDSm4DMP)";
    }

    @Override
    public synchronized void useStateDirectory(Path directory) {
        if (server != null) {
            throw new IllegalStateException("the state directory is chosen before start");
        }
        state = SimulatorState.in(directory);
    }

    @Override
    public synchronized void start(InetSocketAddress bindAddress) throws Exception {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        FhirContext fhir = FhirContext.forR4Cached();
        documents = state.store("documents", DmpState.class, () -> SeedDocuments.seed(fhir, clock.instant()),
                MAX_STATE_BYTES);
        DmpRecords records = new DmpRecords(fhir, documents, journal, clock);
        DmpServer restful = new DmpServer(fhir, records, modes, new DmpTokenCheck(clock), journal);

        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(bindAddress.getAddress().getHostAddress());
        connector.setPort(bindAddress.getPort());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder holder = new ServletHolder(restful);
        holder.setInitOrder(1);
        context.addServlet(holder, FHIR_PATH + "/*");
        jetty.setHandler(context);
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            throw e;
        }
        server = jetty;
        baseUrl = URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort() + "/");
    }

    @Override
    public synchronized URI baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("the DMP simulator is not started");
        }
        return baseUrl;
    }

    /** {@code <base>dmp/fhir}: where the client sends its FHIR requests. */
    public URI fhirUrl() {
        return baseUrl().resolve(FHIR_PATH);
    }

    @Override
    public Map<String, URI> endpoints() {
        return Map.of("fhir", fhirUrl());
    }

    public DmpModes modes() {
        return modes;
    }

    public DmpJournal journal() {
        return journal;
    }

    /** Every document held, as stored (tests count them per unique id). */
    public List<StoredDocument> documents() {
        return documents == null ? List.of() : documents.read().documents();
    }

    @Override
    public Optional<String> simulatedSetting() {
        return Optional.of("dmp.endpoint");
    }

    @Override
    public Map<String, String> settingsOverrides() {
        return Map.of("dmp.endpoint", fhirUrl().toString());
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", fhirUrl().toString());
        json.put("mode", modes.mode().wire());
        json.put("modes", List.of("normal", "lent", "latence", "panne", "erreur"));
        json.put("securite", "jeton Pro Santé Connect (Authorization: Bearer), signature non vérifiée");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DmpPatient patient : DmpPatients.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ins", patient.matricule());
            row.put("birthName", patient.birthName());
            row.put("firstName", patient.firstName());
            row.put("acces", patient.access());
            row.put("fermeLe", patient.closedOn());
            row.put("purpose", patient.purpose());
            rows.add(row);
        }
        json.put("patients", rows);
        json.put("autresIns", "pas de DMP");
        json.putAll(journal.describe());
        return json;
    }

    @Override
    public synchronized void stop() throws Exception {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
