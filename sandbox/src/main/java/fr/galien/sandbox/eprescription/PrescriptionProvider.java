package fr.galien.sandbox.eprescription;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.time.Clock;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/**
 * The operations of the sandbox contract (docs/eprescription.md), on the {@code Bundle} that is the prescription:
 * {@code POST Bundle} registers, {@code GET Bundle/[id]} reads, {@code PUT Bundle/[id]} modifies,
 * {@code POST Bundle/[id]/$cancel} cancels, {@code POST Bundle/[id]/$dispense} records a dispensation. Each call
 * needs a Pro Santé Connect token (unless switched off for a test).
 */
final class PrescriptionProvider implements IResourceProvider {

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Z]{18}");

    private final PrescriptionBook book;
    private final ErxModes modes;
    private final PscBearerCheck tokens;

    PrescriptionProvider(PrescriptionBook book, ErxModes modes, Clock clock) {
        this.book = book;
        this.modes = modes;
        this.tokens = new PscBearerCheck(clock);
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return Bundle.class;
    }

    @Create
    public MethodOutcome register(@ResourceParam Bundle prescription, RequestDetails request) {
        authenticate(request);
        PrescriptionBook.Registration registration = book.register(prescription);
        MethodOutcome outcome = new MethodOutcome(new IdType("Bundle", registration.id()), registration.created());
        outcome.setResource(registration.bundle());
        return outcome;
    }

    @Read
    public Bundle read(@IdParam IdType id, RequestDetails request) {
        authenticate(request);
        return book.read(identifier(id));
    }

    @Update
    public MethodOutcome modify(@IdParam IdType id, @ResourceParam Bundle replacement, RequestDetails request) {
        authenticate(request);
        String identifier = identifier(id);
        Bundle modified = book.modify(identifier, replacement);
        MethodOutcome outcome = new MethodOutcome(new IdType("Bundle", identifier), false);
        outcome.setResource(modified);
        return outcome;
    }

    @Operation(name = "$cancel", idempotent = false)
    public Bundle cancel(@IdParam IdType id, RequestDetails request) {
        authenticate(request);
        return book.cancel(identifier(id));
    }

    @Operation(name = "$dispense", idempotent = false)
    public Bundle dispense(@IdParam IdType id, @OperationParam(name = "dispensation", min = 1, max = 1) Bundle given,
                           RequestDetails request) {
        authenticate(request);
        return book.dispense(identifier(id), given);
    }

    private void authenticate(RequestDetails request) {
        if (modes.checkToken()) {
            tokens.professional(request.getHeader("Authorization"));
        }
    }

    private static String identifier(IdType id) {
        String value = id == null ? null : id.getIdPart();
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw Refusals.unknown(String.valueOf(value));
        }
        return value;
    }
}
