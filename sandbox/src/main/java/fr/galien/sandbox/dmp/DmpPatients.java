package fr.galien.sandbox.dmp;

import fr.galien.sandbox.insi.TestIdentities;
import fr.galien.sandbox.insi.TestIdentity;
import java.util.List;
import java.util.Optional;

/**
 * The invented DMPs, given to the official INSi test identities the INSi simulator knows (so the demo's qualified
 * patients have one): a DMP open and authorised, one whose patient opposed access, one whose access needs the
 * patient's consent, a closed one, and patients without a DMP (every other INS).
 */
public final class DmpPatients {

    private static final List<DmpPatient> ALL = List.of(
            of(TestIdentities.ADRUN_ZOE, "autorise", null, true,
                    "DMP ouvert, accès autorisé, avec des documents d'autres professionnels"),
            of(TestIdentities.ADRTROIS_DOMINIQUE, "autorise", null, true, "DMP ouvert, accès autorisé, vide"),
            of(TestIdentities.ECETINSI_PIERRE_ALAIN, "autorise", null, false, "DMP ouvert, accès autorisé"),
            of(TestIdentities.CORSE_ANTHONY, "opposition", null, true,
                    "Le patient s'est opposé à l'accès des professionnels (l'alimentation reste possible)"),
            of(TestIdentities.NESSI_MICHELANGELO, "consentement-requis", null, true,
                    "L'accès demande le consentement du patient"),
            of(TestIdentities.TCHITCHI_CATARINA, "autorise", "2024-06-30", false, "DMP fermé"));

    private DmpPatients() {
    }

    private static DmpPatient of(TestIdentity identity, String access, String closedOn, boolean mes, String purpose) {
        return new DmpPatient(identity.matricule() + identity.key(), identity.birthName(), identity.firstNames().get(0),
                access, closedOn, mes, purpose);
    }

    public static List<DmpPatient> all() {
        return ALL;
    }

    /** The patient whose 15-character INS is {@code matricule}; empty: no DMP. */
    public static Optional<DmpPatient> byMatricule(String matricule) {
        return ALL.stream().filter(patient -> patient.matricule().equals(matricule)).findFirst();
    }
}
