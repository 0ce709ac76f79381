package fr.galien.sandbox.dmp;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.FifoMemoryPagingProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The HAPI {@code RestfulServer} of the simulated DMP, with what the real service does before any transaction:
 * the mode (latency, slow, outage, error) and the PSC token check ({@code 401} with an {@code OperationOutcome}
 * without one). The professional's identity goes to the providers in the request's user data.
 */
final class DmpServer extends RestfulServer {

    private static final long serialVersionUID = 1L;

    private final transient DmpModes modes;
    private final transient DmpTokenCheck tokens;
    private final transient DmpJournal journal;

    DmpServer(FhirContext fhir, DmpRecords records, DmpModes modes, DmpTokenCheck tokens, DmpJournal journal) {
        super(fhir);
        this.modes = modes;
        this.tokens = tokens;
        this.journal = journal;
        setResourceProviders(List.of(new DmpProviders.Patients(records), new DmpProviders.DocumentReferences(records),
                new DmpProviders.Binaries(records)));
        setPlainProviders(List.of(new DmpProviders.Transactions(records)));
        FifoMemoryPagingProvider paging = new FifoMemoryPagingProvider(20);
        paging.setDefaultPageSize(100);
        paging.setMaximumPageSize(100);
        setPagingProvider(paging);
        setDefaultResponseEncoding(ca.uhn.fhir.rest.api.EncodingEnum.JSON);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        DmpMode mode = modes.mode();
        Duration wait = modes.wait(mode);
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (mode == DmpMode.PANNE) {
            outcome(response, 503, "transient", "Service DMP indisponible (simulateur en mode panne).");
            return;
        }
        if (mode == DmpMode.ERREUR) {
            outcome(response, 500, "exception", "Erreur interne du DMP (simulateur en mode erreur).");
            return;
        }
        if (request.getRequestURI().endsWith("/metadata")) {
            super.service(request, response);
            return;
        }
        String professional;
        try {
            professional = tokens.professional(request.getHeader("Authorization"));
        } catch (IllegalArgumentException refused) {
            outcome(response, 401, "login", refused.getMessage());
            return;
        }
        journal.identity(professional);
        request.setAttribute(DmpProviders.PROFESSIONAL, professional);
        super.service(request, response);
    }

    private static void outcome(HttpServletResponse response, int status, String code, String text)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/fhir+json;charset=UTF-8");
        String json = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"" + code
                + "\",\"diagnostics\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(text) + "}]}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
