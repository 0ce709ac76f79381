package fr.galien.sandbox.eprescription;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HAPI's {@link RestfulServer} with the simulator's modes in front: « lent » waits, « panne » answers 503 and
 * « erreur » 500 with an OperationOutcome, before anything is read or recorded.
 */
final class ErxRestfulServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    private final transient ErxModes modes;

    ErxRestfulServer(FhirContext fhir, PrescriptionProvider provider, ErxModes modes) {
        super(fhir);
        this.modes = modes;
        setResourceProviders(List.of(provider));
        setDefaultResponseEncoding(ca.uhn.fhir.rest.api.EncodingEnum.JSON);
    }

    /** Far above a prescription of many lines; a larger request is refused before HAPI reads it. */
    static final long MAX_REQUEST_BYTES = 5L * 1024 * 1024;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            write(response, 413, "NON_CONFORME", "too-costly",
                    "Requête trop volumineuse pour le service d'ordonnance numérique.");
            return;
        }
        switch (modes.mode()) {
            case LENT -> {
                try {
                    Thread.sleep(modes.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            case PANNE -> {
                response.setHeader("Retry-After", "30");
                write(response, 503, "SERVICE_INDISPONIBLE", "transient",
                        "Service d'ordonnance numérique momentanément indisponible (simulateur en mode panne).");
                return;
            }
            case ERREUR -> {
                write(response, 500, "ERREUR_SERVICE", "exception",
                        "Erreur interne du service d'ordonnance numérique (simulateur en mode erreur).");
                return;
            }
            default -> { }
        }
        super.service(request, response);
    }

    private static void write(HttpServletResponse response, int status, String code, String type, String text)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json;charset=utf-8");
        String json = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + type
                + "\",\"details\":{\"coding\":[{\"system\":\"" + Refusals.SYSTEM + "\",\"code\":\"" + code
                + "\"}]},\"diagnostics\":\"" + text + "\"}]}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
