package fr.galien.eprescription;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.EPrescriptionPort;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the service answered, defensively: the size was already capped while the body arrived
 * ({@code BoundedHttp}); a streaming pass then bounds nesting, names, strings and numbers before HAPI builds
 * anything (a 10⁵-deep array, a huge exponent); then the resource must be of the expected type. Every refusal has
 * its code and nothing is recorded from a refused answer.
 */
final class FhirAnswers {

    static final int MAX_DEPTH = 64;
    static final int MAX_STRING_CHARS = 256 * 1024;
    static final int MAX_NUMBER_CHARS = 64;
    static final int MAX_EXPONENT = 400;

    private static final Logger LOG = LoggerFactory.getLogger(FhirAnswers.class);
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS).maxStringLength(MAX_STRING_CHARS).maxNameLength(256).build())
            .build();

    private FhirAnswers() {
    }

    /**
     * @throws SegurException {@code ERX-0104} not FHIR JSON, {@code ERX-0105} another type, {@code ERX-0106} a limit
     */
    static <R extends IBaseResource> R read(byte[] body, Class<R> expected) {
        IBaseResource resource = parse(body);
        if (!expected.isInstance(resource)) {
            throw new SegurException(ErxClientError.ERX_0105, resource.fhirType(), expected.getSimpleName());
        }
        return expected.cast(resource);
    }

    static IBaseResource parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new SegurException(ErxClientError.ERX_0104, "réponse vide");
        }
        String json = new String(body, StandardCharsets.UTF_8);
        check(json);
        try {
            return FhirWire.parser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
            LOG.info("E-prescription answer refused by the FHIR parser: {}", e.getClass().getSimpleName());
            throw new SegurException(ErxClientError.ERX_0104, e, "structure FHIR incorrecte");
        }
    }

    /** The refusal of an OperationOutcome answer, when the body is one. */
    static Optional<OperationOutcome> outcome(byte[] body) {
        try {
            IBaseResource resource = parse(body);
            return resource instanceof OperationOutcome outcome ? Optional.of(outcome) : Optional.empty();
        } catch (SegurException unreadable) {
            return Optional.empty();
        }
    }

    /** The simulator's refusal code ({@code issue.details}, system {@link FhirWire#CS_REFUSAL}), if any. */
    static Optional<String> refusalCode(OperationOutcome outcome) {
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            CodeableConcept details = issue.getDetails();
            for (Coding coding : details.getCoding()) {
                if (FhirWire.CS_REFUSAL.equals(coding.getSystem()) && coding.hasCode()) {
                    return Optional.of(coding.getCode());
                }
            }
        }
        return Optional.empty();
    }

    /** The issues' diagnostics (French in the sandbox), joined, bounded. */
    static String diagnostics(OperationOutcome outcome) {
        StringBuilder text = new StringBuilder();
        for (OperationOutcome.OperationOutcomeIssueComponent issue : outcome.getIssue()) {
            String one = issue.hasDiagnostics() ? issue.getDiagnostics() : issue.getDetails().getText();
            if (one != null && !one.isBlank()) {
                if (text.length() > 0) {
                    text.append(" ; ");
                }
                text.append(one.strip());
                if (!issue.getExpression().isEmpty()) {
                    text.append(" (").append(issue.getExpression().get(0).getValue()).append(')');
                }
            }
        }
        String all = text.length() == 0 ? "motif non précisé" : text.toString();
        return all.length() > 600 ? all.substring(0, 600) + "…" : all;
    }

    private static void check(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                    String text = parser.getText().toLowerCase(Locale.ROOT);
                    int e = text.indexOf('e');
                    if (e >= 0 && exponentTooLarge(text.substring(e + 1))) {
                        throw new SegurException(ErxClientError.ERX_0106, "nombre hors limites");
                    }
                } else if (token == JsonToken.VALUE_STRING) {
                    parser.getText();
                }
            }
        } catch (StreamConstraintsException e) {
            throw new SegurException(ErxClientError.ERX_0106, e, "imbrication ou longueur excessive");
        } catch (JsonProcessingException e) {
            throw new SegurException(ErxClientError.ERX_0104, e, "JSON mal formé ou tronqué, ligne "
                    + e.getLocation().getLineNr());
        } catch (IOException e) {
            throw new SegurException(ErxClientError.ERX_0104, e, e.getClass().getSimpleName());
        }
    }

    private static boolean exponentTooLarge(String exponent) {
        try {
            return Math.abs(Long.parseLong(exponent.startsWith("+") ? exponent.substring(1) : exponent))
                    > MAX_EXPONENT;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    static boolean isIdentifier(String text) {
        return EPrescriptionPort.isIdentifier(text);
    }
}
