package fr.galien.sandbox.eprescription;

import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * The simulator's refusals: an {@code OperationOutcome} whose {@code issue.details} carries our refusal code
 * (system {@value #SYSTEM}, docs/eprescription.md) and a French {@code diagnostics}, with the HTTP status the real
 * service would plausibly use.
 */
final class Refusals {

    static final String SYSTEM = "https://galien.fr/fhir/CodeSystem/eprescription-refus";

    /** One finding of the conformance check: where and what. */
    record Finding(String expression, String diagnostics) {
    }

    private Refusals() {
    }

    static OperationOutcome outcome(String code, OperationOutcome.IssueType type, List<Finding> findings) {
        OperationOutcome outcome = new OperationOutcome();
        for (Finding finding : findings) {
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                    .setDetails(new CodeableConcept(new Coding(SYSTEM, code, null)))
                    .setDiagnostics(finding.diagnostics());
            if (finding.expression() != null) {
                issue.addExpression(finding.expression());
            }
        }
        return outcome;
    }

    private static OperationOutcome one(String code, OperationOutcome.IssueType type, String diagnostics) {
        return outcome(code, type, List.of(new Finding(null, diagnostics)));
    }

    static BaseServerResponseException nonConformant(List<Finding> findings) {
        return new UnprocessableEntityException(outcome("NON_CONFORME", OperationOutcome.IssueType.INVALID,
                findings));
    }

    static BaseServerResponseException unknown(String id) {
        return new ResourceNotFoundException("Ordonnance inconnue : " + id,
                one("INCONNUE", OperationOutcome.IssueType.NOTFOUND, "Ordonnance inconnue du service : " + id + "."));
    }

    static BaseServerResponseException conflict(String code, String diagnostics) {
        return new ResourceVersionConflictException(diagnostics,
                one(code, OperationOutcome.IssueType.BUSINESSRULE, diagnostics));
    }

    static BaseServerResponseException token(String diagnostics) {
        AuthenticationException refused = new AuthenticationException(diagnostics);
        refused.setOperationOutcome(one("JETON_PSC", OperationOutcome.IssueType.LOGIN, diagnostics));
        return refused;
    }

    static BaseServerResponseException failure(String diagnostics) {
        return new InternalErrorException(diagnostics,
                one("ERREUR_SERVICE", OperationOutcome.IssueType.EXCEPTION, diagnostics));
    }
}
