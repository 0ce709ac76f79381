package fr.galien.core.identity;

import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import java.util.Objects;
import java.util.Optional;

/**
 * THE outbound rule of the INS (issue 4 §5; specs §2.5 "In CDA/DMP/MSS, an INS may be sent only if QUAL"; REM 32
 * for printed documents): a matricule leaves the practice only with a qualified identity of an active patient.
 *
 * <p><b>Every connector that sends patient data out — DMP, MSSanté, e-prescription, exports to third parties, the
 * printed INS datamatrix — must get the INS from {@link #requireQualified} and from nowhere else</b>, and send only the
 * local identifier when it refuses. INSi requests are the one exception (decisions.md): they are how an INS is
 * obtained and verified, so they may carry a matricule that is not yet qualified.
 */
public final class InsExchange {

    private InsExchange() {
    }

    /**
     * The patient's INS, only when the identity is qualified, the patient active and not douteuse/fictive.
     *
     * @throws SegurException {@code INS-0040} not qualified (or qualified without matricule/OID), {@code INS-0041}
     *                        archived, {@code INS-0042} douteuse or fictive
     */
    public static QualifiedIns requireQualified(Patient patient) {
        Objects.requireNonNull(patient, "patient");
        if (patient.archived()) {
            throw new SegurException(InsError.INS_0041);
        }
        Optional<IdentityAttribute> blocking = IdentityRules.blocking(patient.attributes());
        if (blocking.isPresent()) {
            throw new SegurException(InsError.INS_0042, blocking.get().code());
        }
        if (patient.identityStatus() != IdentityStatus.QUALIFIEE || isBlank(patient.matricule())
                || isBlank(patient.oid())) {
            throw new SegurException(InsError.INS_0040, IdentityRules.statusWord(patient.identityStatus()));
        }
        return new QualifiedIns(patient.id(), patient.matricule(), patient.oid(), StrictTraits.of(patient));
    }

    /** The INS when it may go out, else empty: for payloads that then carry only the local identifier. */
    public static Optional<QualifiedIns> ifQualified(Patient patient) {
        try {
            return Optional.of(requireQualified(patient));
        } catch (SegurException refused) {
            return Optional.empty();
        }
    }

    /**
     * The patient as it may leave a practice of {@code mode} (ADR 0023): unchanged for a real practice; for the demo
     * or a training practice, whose INS were obtained from simulators, never with an INS — no matricule, no OID, and
     * a qualified identity goes out as « validée » — so that such an identity can never pass for a real one.
     */
    public static Patient forExport(Patient patient, PracticeMode mode) {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(mode, "mode");
        if (!mode.simulated()) {
            return patient;
        }
        IdentityStatus status = switch (patient.identityStatus()) {
            case QUALIFIEE -> IdentityStatus.VALIDEE;
            case RECUPEREE -> IdentityStatus.PROVISOIRE;
            default -> patient.identityStatus();
        };
        return new Patient(patient.id(), patient.birthName(), patient.usedName(), patient.firstNames(), patient.sex(),
                patient.birthDate(), patient.birthPlaceCode(), patient.contact(), status, null, null,
                patient.attributes(), patient.archived(), patient.version());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
