package fr.galien.core.cda;

import fr.galien.core.domain.Patient;
import fr.galien.core.domain.PracticeMode;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.identity.InsOid;
import fr.galien.core.identity.Matricules;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.QualifiedIns;
import java.util.regex.Pattern;

/**
 * Our own rules for the INS a clinical document carries, checked before any document is produced. The ANS
 * schematrons require the INS traits once an INS is present, but neither that the identity is qualified nor the
 * form of the matricule and OID (conformance/cda README, « Known limits »): a 14-digit INS passes them. So:
 * <ol>
 *   <li>qualified only: the patient's INS comes from {@link InsExchange#requireQualified} ({@code INS-0040/41/42}
 *       otherwise) — a {@link QualifiedIns} cannot be made any other way;</li>
 *   <li>the matricule has the INS structure ({@code CDA-0001}); its key is not re-checked: INSi is the authority
 *       and one official test identity has a key that does not verify (specs §2.4, {@link Matricules});</li>
 *   <li>the OID is NIR {@code 1.2.250.1.213.1.4.8} or NIA {@code .4.9} ({@code CDA-0002}); the test {@code .4.10}
 *       and demo {@code .4.11} OIDs (specs §2.3) only in a demo or training practice ({@code CDA-0003});</li>
 *   <li>the five strict traits are all there ({@code CDA-0004}) and the birth place is a COG code
 *       ({@code CDA-0005}): the StrucMin schematron wants them in the header.</li>
 * </ol>
 */
public final class CdaInsRules {

    /** Commune (2 digits or 2A/2B, then 3 digits) or 99 + country (3 digits). */
    private static final Pattern COG = Pattern.compile("(?:\\d{2}|2[AB])\\d{3}");

    private CdaInsRules() {
    }

    /** The INS of {@code patient} when it may be put in a document of a practice in {@code mode}. */
    public static QualifiedIns require(Patient patient, PracticeMode mode) {
        QualifiedIns ins = InsExchange.requireQualified(patient);
        check(ins, mode);
        return ins;
    }

    /** Refuses with the first rule {@code ins} breaks; returns quietly when it may go into a document. */
    public static void check(QualifiedIns ins, PracticeMode mode) {
        if (!Matricules.hasInsStructure(ins.matricule())) {
            throw new SegurException(CdaError.CDA_0001);
        }
        String oid = ins.oid();
        if (!InsOid.isKnown(oid)) {
            throw new SegurException(CdaError.CDA_0002, oid);
        }
        if ((InsOid.NIR_TEST.equals(oid) || InsOid.NIR_DEMO.equals(oid)) && !mode.simulated()) {
            throw new SegurException(CdaError.CDA_0003, oid);
        }
        IdentityTraits traits = ins.traits();
        if (traits.birthName() == null || traits.birthName().isBlank()) {
            throw new SegurException(CdaError.CDA_0004, "nom de naissance");
        }
        if (traits.firstNames().isEmpty() || traits.firstNames().get(0).isBlank()) {
            throw new SegurException(CdaError.CDA_0004, "prénom(s) de naissance");
        }
        if (traits.sex() == null) {
            throw new SegurException(CdaError.CDA_0004, "sexe");
        }
        if (traits.birthDate() == null) {
            throw new SegurException(CdaError.CDA_0004, "date de naissance");
        }
        if (traits.birthPlaceCode() == null || traits.birthPlaceCode().isBlank()) {
            throw new SegurException(CdaError.CDA_0004, "lieu de naissance");
        }
        if (!COG.matcher(traits.birthPlaceCode()).matches()) {
            throw new SegurException(CdaError.CDA_0005);
        }
    }
}
