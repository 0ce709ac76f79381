package fr.galien.sandbox.eprescription;

import ca.uhn.fhir.context.FhirContext;
import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.Simulator;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The e-prescription service simulator (specs §4, sandbox contract in docs/eprescription.md): HAPI's
 * {@code RestfulServer} in Jetty 12 ee10 on the loopback address it is given, {@code <base>eprescription/fhir} for
 * the FHIR operations and {@code <base>eprescription/_control} for the modes. Stateful and shared between the
 * processes of the sandbox (a cabinet prescribes, a pharmacy dispenses).
 */
public final class EPrescriptionSimulator implements Simulator {

    public static final String ID = "eprescription";
    public static final String FHIR_PATH = "/eprescription/fhir";
    public static final String CONTROL_PATH = "/eprescription/_control";

    private final ErxModes modes = new ErxModes();
    private final PrescriptionBook book = new PrescriptionBook();
    private final Clock clock;
    private Server server;
    private URI baseUrl;

    /** Used by {@link java.util.ServiceLoader}. */
    public EPrescriptionSimulator() {
        this(Clock.systemUTC());
    }

    public EPrescriptionSimulator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Ordonnance numérique (Assurance Maladie)";
    }

    @Override
    public synchronized void useStateDirectory(Path directory) {
        if (server != null) {
            throw new IllegalStateException("the state directory is chosen before start");
        }
        book.use(SimulatorState.in(directory));
    }

    @Override
    public synchronized void start(InetSocketAddress bindAddress) throws Exception {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        if (!bindAddress.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the sandbox binds the loopback address only");
        }
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(bindAddress.getAddress().getHostAddress());
        connector.setPort(bindAddress.getPort());
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder fhir = new ServletHolder(new ErxRestfulServer(FhirContext.forR4Cached(),
                new PrescriptionProvider(book, modes, clock), modes));
        fhir.setInitOrder(1);
        context.addServlet(fhir, FHIR_PATH + "/*");
        context.addServlet(new ServletHolder(new ErxControlServlet(modes, book)), CONTROL_PATH);
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
            throw new IllegalStateException("the e-prescription simulator is not started");
        }
        return baseUrl;
    }

    /** The FHIR base the connector's {@code eprescription.endpoint} points at. */
    public URI fhirBase() {
        return baseUrl().resolve(FHIR_PATH);
    }

    public URI controlUrl() {
        return baseUrl().resolve(CONTROL_PATH);
    }

    public ErxModes modes() {
        return modes;
    }

    @Override
    public Map<String, URI> endpoints() {
        Map<String, URI> endpoints = new LinkedHashMap<>();
        endpoints.put("fhir", fhirBase());
        endpoints.put("controle", controlUrl());
        return endpoints;
    }

    @Override
    public Optional<String> simulatedSetting() {
        return Optional.of("eprescription.endpoint");
    }

    @Override
    public Map<String, String> settingsOverrides() {
        return Map.of("eprescription.endpoint", fhirBase().toString());
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("endpoint", fhirBase().toString());
        json.put("control", controlUrl().toString());
        json.put("mode", modes.mode().wire());
        json.put("operations", List.of("POST Bundle (enregistrer)", "GET Bundle/{id} (lire)",
                "PUT Bundle/{id} (modifier)", "POST Bundle/{id}/$cancel (annuler)",
                "POST Bundle/{id}/$dispense (délivrer)"));
        json.put("identifierRoot", "1.2.250.1.215.500.1.1");
        json.put("prescriptions", book.count());
        json.put("recent", book.summary(20));
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
