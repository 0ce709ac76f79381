package fr.galien.core.dmp;

import fr.galien.core.port.DmpPort.DmpStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the DMP band of a patient file shows without a click (REM DMP/UX.07, UX.11–UX.16): whether the INS is
 * qualified, whether a DMP exists and may be read, and how many documents of each type other structures put there
 * since this user last looked.
 *
 * @param newByType     JDV_J07 type code → count, documents of other structures since {@code lastConsulted}
 * @param typeLabels    type code → French display, as the DMP gave it
 * @param lastConsulted when this user last opened the patient's DMP list, if ever
 * @param message       the French sentence for a state without a status (a code and its reason), else null
 */
public record DmpBand(State state, Optional<DmpStatus> status, Map<String, Integer> newByType,
                      Map<String, String> typeLabels, Optional<Instant> lastConsulted, String message) {

    public enum State {
        /** The identity is not qualified: nothing is asked of the DMP (REM DMP/UX.11). */
        INS_NOT_QUALIFIED,
        /** No PSC session of this user: nothing asked. */
        SESSION_REQUIRED,
        /** The DMP module is not started, or the call failed (message says why). */
        UNAVAILABLE,
        NO_DMP,
        AUTHORISED,
        PATIENT_OPPOSED,
        CONSENT_REQUIRED
    }

    public DmpBand {
        Objects.requireNonNull(state, "state");
        status = status == null ? Optional.empty() : status;
        newByType = Map.copyOf(newByType);
        typeLabels = Map.copyOf(typeLabels);
        lastConsulted = lastConsulted == null ? Optional.empty() : lastConsulted;
    }

    public static DmpBand of(State state, String message) {
        return new DmpBand(state, Optional.empty(), Map.of(), Map.of(), Optional.empty(), message);
    }

    public int newDocuments() {
        return newByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
