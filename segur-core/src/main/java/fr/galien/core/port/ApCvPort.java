package fr.galien.core.port;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.security.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Appli carte Vitale and Vitale card reading (specs §6). The real ApCV runs through the SESAM-Vitale stack (addendum
 * 8, not public): our sandbox contract is our own design (docs/sandbox.md). The flow: the counter scans the QR code
 * shown by the patient's phone ({@link #startApCv}), the patient approves in the app, the counter polls
 * ({@link #poll}) and gets the beneficiary, then calls INSi "with Vitale" ({@link InsiPort#searchWithVitale}). A
 * Vitale card is read in one step ({@link #readCard}).
 */
public interface ApCvPort {

    /**
     * Sends the scanned QR content to the ApCV service and opens a reading session.
     *
     * @throws fr.galien.core.error.SegurException the QR is not an ApCV code, expired, or the service is unreachable
     */
    ApCvSession startApCv(Caller caller, String qrContent);

    /** Where the session stands; {@link ApCvStatus#APPROUVEE} carries the beneficiary. */
    ApCvPoll poll(Caller caller, ApCvSession session);

    /** Reads the Vitale card in the workstation's reader (simulated in the sandbox). */
    VitaleReading readCard(Caller caller);

    /** @param pollEvery how long to wait between two {@link #poll} calls */
    record ApCvSession(String id, Duration pollEvery) {
        public ApCvSession {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(pollEvery, "pollEvery");
        }
    }

    enum ApCvStatus {
        /** The patient has not answered yet on the phone. */
        EN_ATTENTE,
        APPROUVEE,
        /** The patient declined the sharing. */
        REFUSEE,
        EXPIREE
    }

    /** @param reading present when {@code status} is {@link ApCvStatus#APPROUVEE}, else null */
    record ApCvPoll(ApCvStatus status, VitaleReading reading) {
        public ApCvPoll {
            Objects.requireNonNull(status, "status");
            if ((status == ApCvStatus.APPROUVEE) != (reading != null)) {
                throw new IllegalArgumentException("a reading comes with an approved session and only then");
            }
        }
    }

    /**
     * The beneficiary as the card or the app gives it.
     *
     * @param matriculeIndividu     the beneficiary's NIR, 15 characters, may be null (a child on a parent's card)
     * @param matriculeOuvrantDroit the insured person's NIR, 15 characters
     * @param firstNames            as the card gives them (often only the first)
     * @param birthPlaceCode        COG when known, else null
     * @param rangNaissance         birth rank ("1" usually)
     */
    record VitaleReading(String matriculeIndividu, String matriculeOuvrantDroit, String birthName, String usedName,
                         List<String> firstNames, Sex sex, BirthDate birthDate, String birthPlaceCode,
                         String rangNaissance) {
        public VitaleReading {
            firstNames = List.copyOf(firstNames);
            Objects.requireNonNull(birthDate, "birthDate");
        }

        /** The INSi "with Vitale" query this reading makes. */
        public InsiPort.VitaleQuery toQuery() {
            return new InsiPort.VitaleQuery(matriculeIndividu, matriculeOuvrantDroit, birthName, birthDate,
                    rangNaissance);
        }
    }
}
