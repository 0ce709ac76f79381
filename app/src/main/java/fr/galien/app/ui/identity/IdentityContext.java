package fr.galien.app.ui.identity;

import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.identity.VitaleReadings;
import java.util.List;
import java.util.Optional;

/**
 * What the identity screens need from the rest of Galien, implemented by the composition root. The INSi and ApCV
 * ports exist only once their module started with an endpoint: empty means "not configured", never an error.
 */
public interface IdentityContext {

    /** Statuses, INS, attributes and history of human patients (permission-checked and audited in the core). */
    IdentityService identities();

    /** The INSi call strategy; empty while the INSi teleservice is not configured. */
    Optional<InsiSearch> insiSearch();

    /** The appli carte Vitale and the Vitale card reader (permission-checked and audited); empty while not configured. */
    Optional<VitaleReadings> apCv();

    /** Sandbox only: the ApCV simulator's test QR codes, so the demo can be played without a phone. */
    default List<SandboxCode> sandboxCodes() {
        return List.of();
    }

    /** Sandbox only: the page of the simulator that shows the test QR codes to scan or print. */
    default Optional<String> sandboxCodesPage() {
        return Optional.empty();
    }

    /**
     * A test QR code of the sandbox.
     *
     * @param content what the scanner types ({@code APCV1:<token>})
     */
    record SandboxCode(String label, String content) {
    }
}
