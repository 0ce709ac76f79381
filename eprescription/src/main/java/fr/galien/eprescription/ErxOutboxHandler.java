package fr.galien.eprescription;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.outbox.Delivery;
import fr.galien.core.outbox.OutboxEntry;
import fr.galien.core.outbox.OutboxHandler;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.EPrescriptionPort;
import fr.galien.core.port.EPrescriptionPort.Submission;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.kit.KitError;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the e-prescription writes the core queued ({@code register}, {@code dispense}): the payload is the exact
 * document the core kept, sent as is under the Pro Santé Connect session open on this workstation. The service
 * deduplicates on the request or dispensation id inside it, so a resend after a crash is harmless (ADR 0006).
 * No session, service down, token expired: later. A refusal by the service (a quantity another counter took, a
 * non-conformant document): rejected, with the French reason the core shows.
 */
final class ErxOutboxHandler implements OutboxHandler {

    /** The dispatcher acts for no one in particular: the audit of the write was made when it was queued. */
    private static final Caller DISPATCHER = new Caller("system:outbox", "Envoi différé", Role.NON_AUTHENTIFIE,
            "outbox");

    private final Supplier<EPrescriptionPort> client;
    private final Supplier<Optional<AccessToken>> tokens;

    ErxOutboxHandler(Supplier<EPrescriptionPort> client, Supplier<Optional<AccessToken>> tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    @Override
    public Delivery send(OutboxEntry entry) {
        Optional<AccessToken> token = tokens.get();
        if (token.isEmpty()) {
            return new Delivery.RetryLater(Messages.format(KitError.KIT_0009));
        }
        CallIdentity identity = CallIdentity.professional(token.get());
        try {
            return switch (entry.operation()) {
                case "register" -> new Delivery.Sent(client.get().register(DISPATCHER, identity,
                        new Submission(entry.idempotencyKey(), "register", FhirWire.MEDIA_TYPE, entry.payload()))
                        .prescriptionId());
                case "dispense" -> {
                    String key = FhirEPrescriptionClient.dispensationOf(entry.payload()).toString();
                    yield new Delivery.Sent(client.get().record(DISPATCHER, identity,
                            new Submission(key, "dispense:" + FhirEPrescriptionClient.prescriptionOf(entry.payload()),
                                    FhirWire.MEDIA_TYPE, entry.payload())).dispensationId().toString());
                }
                default -> new Delivery.Rejected(Messages.format(ErxClientError.ERX_0118, entry.operation()));
            };
        } catch (EPrescriptionPort.Unavailable down) {
            return new Delivery.RetryLater(down.getMessage());
        } catch (SegurException refused) {
            String code = refused.code();
            if (code.startsWith("KIT-") || code.equals(ErxClientError.ERX_0111.code())
                    || code.equals(ErxClientError.ERX_0115.code()) || code.equals(ErxClientError.ERX_0100.code())) {
                // No usable token right now, interrupted, or not configured yet: a reconnection fixes it.
                return new Delivery.RetryLater(refused.getMessage());
            }
            return new Delivery.Rejected(code + " " + refused.getMessage());
        }
    }
}
