package fr.galien.core.cda;

import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.Professional;
import fr.galien.core.port.QualifiedIns;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds a document header from what Galien holds: the patient (through {@link CdaInsRules}: qualified INS only),
 * the practice (its FINESS or SIRET, its kind for the facility code) and the professional signing (from the Pro
 * Santé Connect session: {@code SubjectNameID} and the exercise's profession).
 */
public final class CdaHeaders {

    /** The PSC sandbox's test pharmacy. */
    static final String DEMO_OFFICINE_FINESS = "999900011";
    /** An invented cabinet in the same test range. */
    static final String DEMO_CABINET_FINESS = "999900033";

    private CdaHeaders() {
    }

    /**
     * The header of a new document (or of a new version) about {@code patient}.
     *
     * @throws SegurException {@code INS-0040/41/42} unqualified, {@code CDA-0001..0005} INS form, {@code CDA-0007}
     *                        practice without national id
     */
    public static CdaHeader forPatient(Patient patient, Practice practice, CdaProfessional author, Instant now,
                                       CdaVersion version) {
        QualifiedIns ins = CdaInsRules.require(patient, practice.mode());
        String usedName = patient.usedName() != null && !patient.usedName().equalsIgnoreCase(patient.birthName())
                ? patient.usedName() : null;
        return new CdaHeader(ins, usedName, null, author, organizationOf(practice), now, now, practice.mode(),
                version);
    }

    /**
     * The practice as a document names it; {@code CDA-0007} for a real practice without FINESS nor SIRET. A demo or
     * training practice without either takes a test FINESS of the 9999… range the sandbox uses (the PSC
     * simulator's test pharmacy for an officine), so that its documents reach the DMP simulator.
     */
    public static CdaOrganization organizationOf(Practice practice) {
        boolean officine = practice.profile() == PracticeProfile.OFFICINE;
        String id = CdaOrganization.nationalIdOf(practice.finess(), practice.siret());
        if (id == null && practice.simulated()) {
            id = "1" + (officine ? DEMO_OFFICINE_FINESS : DEMO_CABINET_FINESS);
        }
        if (id == null) {
            throw new SegurException(CdaError.CDA_0007);
        }
        CdaCode facility = officine ? CdaCodes.FACILITY_OFFICINE : CdaCodes.FACILITY_CABINET;
        return new CdaOrganization(id, practice.name(), facility, CdaCodes.SETTING_AMBULATORY, null, null);
    }

    /** The professional of a PSC session, with the JDV_J01 code of the exercise chosen (or their first one). */
    public static CdaProfessional professionalOf(Professional professional, Optional<Exercise> chosen) {
        Optional<Exercise> exercise = chosen.isPresent() ? chosen : professional.exercises().stream().findFirst();
        CdaCode specialty = exercise.map(e -> CdaCodes.authorSpecialty(e.professionCode(), e.pharmacistSectionCode(),
                e.savoirFaireCode())).orElse(CdaCodes.PHYSICIAN);
        String title = exercise.map(e -> "10".equals(e.professionCode()) ? "DR" : null).orElse(null);
        return new CdaProfessional(professional.nationalId(), capitalised(professional.firstName()),
                professional.lastName() == null ? "" : professional.lastName().toUpperCase(Locale.FRENCH), specialty,
                title);
    }

    private static String capitalised(String word) {
        if (word == null || word.isBlank()) {
            return "";
        }
        String lower = word.strip().toLowerCase(Locale.FRENCH);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
