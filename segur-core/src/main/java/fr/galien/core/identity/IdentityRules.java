package fr.galien.core.identity;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.error.SegurException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The RNIV status rules (specs §2.5), pure, in one place: what an INSi answer, a document check or the loss of the INS
 * does to a status, and which attributes may be combined. {@link fr.galien.core.patient.JdbcIdentityService} applies
 * them; {@code IdentityRulesTest} walks every transition, allowed and refused.
 *
 * <pre>
 *   INSi answer (00)      PROV → RECUP    VALI → QUAL     RECUP → RECUP   QUAL → refused (verify instead)
 *   ApCV reading + INSi   PROV, VALI, RECUP → QUAL (validation mode AV: specs §2.5 and §6, decisions.md)
 *   document checked      PROV → VALI     RECUP → QUAL    VALI, QUAL → refused
 *   INS removed           RECUP → PROV    QUAL → VALI     (strict-trait correction REM 27, verification KO REM 49,
 *                                                          douteuse/fictive: → PROV)
 * </pre>
 */
public final class IdentityRules {

    private static final Set<Set<IdentityAttribute>> ALLOWED_ATTRIBUTES = Set.of(
            Set.of(), Set.of(IdentityAttribute.DOUTEUSE), Set.of(IdentityAttribute.FICTIVE),
            Set.of(IdentityAttribute.HOMONYME), Set.of(IdentityAttribute.DOUTEUSE, IdentityAttribute.HOMONYME));

    private IdentityRules() {
    }

    /** REM 26: the strict traits of a récupérée or qualifiée identity are INSi's and are not edited in the file. */
    public static boolean strictTraitsComeFromInsi(IdentityStatus status) {
        return status == IdentityStatus.RECUPEREE || status == IdentityStatus.QUALIFIEE;
    }

    /** Only douteuse + homonyme combine (specs §2.5). */
    public static boolean attributesAllowed(Set<IdentityAttribute> attributes) {
        return ALLOWED_ATTRIBUTES.contains(attributes.isEmpty() ? Set.of() : Set.copyOf(attributes));
    }

    /** The attribute that keeps an identity provisional and away from INSi (douteuse or fictive), if any. */
    public static Optional<IdentityAttribute> blocking(Set<IdentityAttribute> attributes) {
        if (attributes.contains(IdentityAttribute.FICTIVE)) {
            return Optional.of(IdentityAttribute.FICTIVE);
        }
        if (attributes.contains(IdentityAttribute.DOUTEUSE)) {
            return Optional.of(IdentityAttribute.DOUTEUSE);
        }
        return Optional.empty();
    }

    /**
     * The status after an INSi answer (CodeCR 00) is accepted. An ApCV reading qualifies at once: the ApCV is a
     * high-trust electronic identity (specs §2.5 "ApCV read ⇒ QUAL directly (SC.APCV / method AV)", §6, decisions.md
     * "ApCV yields a qualified identity directly"); the Vitale card, the datamatrix and the traits search need the
     * document check.
     *
     * @throws SegurException {@code INS-0022} for a qualified identity (verify it instead), {@code INS-0031} for a
     *                        method that is not an INSi call
     */
    public static IdentityStatus afterInsi(IdentityStatus from, IdentificationMethod method) {
        if (method == IdentificationMethod.SAISIE_MANUELLE) {
            throw new SegurException(InsError.INS_0031, method.label());
        }
        if (from == IdentityStatus.QUALIFIEE) {
            throw new SegurException(InsError.INS_0022);
        }
        if (method == IdentificationMethod.APCV) {
            return IdentityStatus.QUALIFIEE;
        }
        return switch (from) {
            case PROVISOIRE, RECUPEREE -> IdentityStatus.RECUPEREE;
            case VALIDEE -> IdentityStatus.QUALIFIEE;
            case QUALIFIEE -> throw new SegurException(InsError.INS_0022);
        };
    }

    /**
     * The status after a high-trust document was checked.
     *
     * @throws SegurException {@code INS-0025} for the ApCV (its own path), {@code INS-0023} when already validated or
     *                        qualified
     */
    public static IdentityStatus afterDocument(IdentityStatus from, IdentityDocument document) {
        if (document == IdentityDocument.APCV) {
            throw new SegurException(InsError.INS_0025);
        }
        return switch (from) {
            case PROVISOIRE -> IdentityStatus.VALIDEE;
            case RECUPEREE -> IdentityStatus.QUALIFIEE;
            case VALIDEE, QUALIFIEE -> throw new SegurException(InsError.INS_0023, statusWord(from));
        };
    }

    /** The status once the INS is removed: what was checked on a document stays checked (REM 27, REM 49). */
    public static IdentityStatus afterInsRemoved(IdentityStatus from) {
        return switch (from) {
            case RECUPEREE, PROVISOIRE -> IdentityStatus.PROVISOIRE;
            case QUALIFIEE, VALIDEE -> IdentityStatus.VALIDEE;
        };
    }

    /** The status as a word in a sentence: "provisoire", "récupérée", "validée", "qualifiée". */
    public static String statusWord(IdentityStatus status) {
        return status.label().replace("Identité ", "");
    }

    /** True when the patient is certainly under 18 on {@code today} (a partial date counts from its earliest day). */
    public static boolean isMinor(BirthDate birthDate, LocalDate today) {
        LocalDate earliest = LocalDate.of(birthDate.year(), Math.max(birthDate.month(), 1), Math.max(birthDate.day(), 1));
        return earliest.plusYears(18).isAfter(today);
    }
}
