package fr.galien.sandbox.psc;

import java.util.List;
import java.util.Optional;

/**
 * The directory of invented test professionals (specs §5.3 shapes). Every id starts with 8999, names end in TEST:
 * nobody real. Tests and {@code galien sandbox} read it as data through {@link #all()}.
 */
public final class TestProfessionals {

    private static final String PHARMACY = "PHARMACIE DES ESSAIS";
    private static final String PHARMACY_FINESS = "999900011";
    private static final String HOSPITAL = "CENTRE HOSPITALIER DES ESSAIS";
    private static final String HOSPITAL_FINESS = "999900022";
    private static final String HOSPITAL_LEGAL_FINESS = "999900020";

    public static final TestProfessional PHARMACIEN_TITULAIRE = new TestProfessional("899900000001", "MME", "CLAIRE",
            "TITULAIRETEST", "Pharmacien titulaire d'officine (21/A, SA33) : le compte de démonstration",
            List.of(pharmacist("DR", "TITULAIRETEST", "CLAIRE", "L", "A")), false, false);

    public static final TestProfessional PHARMACIEN_ADJOINT = new TestProfessional("899900000002", "M", "JULIEN",
            "ADJOINTTEST", "Pharmacien adjoint (21/D, SA33) de la même officine",
            List.of(pharmacist("DR", "ADJOINTTEST", "JULIEN", "S", "D")), false, false);

    public static final TestProfessional MEDECIN_GENERALISTE = new TestProfessional("899900000003", "MME", "SOPHIE",
            "GENERALISTETEST", "Médecin généraliste libéral (10, SM54)",
            List.of(doctor("GENERALISTETEST", "SOPHIE", "SM54",
                    List.of(doctorCabinet("R99900003", "GENERALISTETEST")))),
            false, false);

    /** Two activities in one exercise (cabinet + hospital), as in PSC's own sample userinfo. */
    public static final TestProfessional MEDECIN_SPECIALISTE = new TestProfessional("899900000004", "M", "MARC",
            "SPECIALISTETEST",
            "Médecin spécialiste (10, SM04 cardiologie) : cabinet libéral et vacations à l'hôpital",
            List.of(doctor("SPECIALISTETEST", "MARC", "SM04",
                    List.of(doctorCabinet("R99900004", "SPECIALISTETEST"), hospital("S", "")))), false, false);

    public static final TestProfessional SAGE_FEMME = new TestProfessional("899900000005", "MME", "INES",
            "SAGEFEMMETEST", "Sage-femme libérale (50)",
            List.of(new Exercise("50", "C", "", "SAGEFEMMETEST", "INES", "", "",
                    List.of(cabinet("R99900005", "SAGEFEMMETEST", "CNOSF/CNOSF/CNOSF")))), false, false);

    public static final TestProfessional INFIRMIER = new TestProfessional("899900000006", "M", "THOMAS",
            "INFIRMIERTEST", "Infirmier libéral (60)",
            List.of(new Exercise("60", "C", "", "INFIRMIERTEST", "THOMAS", "", "",
                    List.of(cabinet("R99900006", "INFIRMIERTEST", "ONI/ONI/ONI")))), false, false);

    /** Two exercises (two professions): the client must let them choose one. */
    public static final TestProfessional DEUX_EXERCICES = new TestProfessional("899900000007", "MME", "HELENE",
            "DOUBLETEST",
            "Deux exercices : médecin généraliste libérale et pharmacien hospitalier salariée (21/H)",
            List.of(doctor("DOUBLETEST", "HELENE", "SM54", List.of(doctorCabinet("R99900007", "DOUBLETEST"))),
                    new Exercise("21", "C", "DR", "DOUBLETEST", "HELENE", "", "", List.of(hospital("S", "H")))),
            false, false);

    public static final TestProfessional ECPS_BLOQUEE = new TestProfessional("899900000008", "M", "PAUL",
            "BLOQUETEST", "e-CPS bloquée : toute connexion est refusée (access_denied)",
            List.of(doctor("BLOQUETEST", "PAUL", "SM54", List.of(doctorCabinet("R99900008", "BLOQUETEST")))),
            true, false);

    public static final TestProfessional REFUS_TELEPHONE = new TestProfessional("899900000009", "MME", "NADIA",
            "REFUSTEST", "Refuse toujours la demande sur son téléphone (access_denied)",
            List.of(pharmacist("DR", "REFUSTEST", "NADIA", "S", "D")), false, true);

    private static final List<TestProfessional> ALL = List.of(PHARMACIEN_TITULAIRE, PHARMACIEN_ADJOINT,
            MEDECIN_GENERALISTE, MEDECIN_SPECIALISTE, SAGE_FEMME, INFIRMIER, DEUX_EXERCICES, ECPS_BLOQUEE,
            REFUS_TELEPHONE);

    private TestProfessionals() {
    }

    public static List<TestProfessional> all() {
        return ALL;
    }

    public static Optional<TestProfessional> byNationalId(String nationalId) {
        return ALL.stream().filter(p -> p.nationalId().equals(nationalId)).findFirst();
    }

    private static Exercise pharmacist(String civility, String last, String first, String mode, String section) {
        Activity officine = new Activity(mode, "SA33", section, PHARMACY, PHARMACY_FINESS, "999900010",
                "F" + PHARMACY_FINESS, "12", "RUE DES ESSAIS", "75011", "75011 PARIS", "CNOP/CNOP/ARS");
        return new Exercise("21", "C", civility, last, first, "", "", List.of(officine));
    }

    private static Exercise doctor(String last, String first, String skill, List<Activity> activities) {
        return new Exercise("10", "C", "DR", last, first, "S", skill, activities);
    }

    private static Activity doctorCabinet(String structureId, String name) {
        return cabinet(structureId, name, "CNOM/CNOM/CNOM");
    }

    private static Activity cabinet(String structureId, String name, String authority) {
        return new Activity("L", "SA07", "", "CABINET " + name, "", "", structureId, "3", "AVENUE DU BAC A SABLE",
                "69003", "69003 LYON", authority);
    }

    private static Activity hospital(String mode, String section) {
        return new Activity(mode, "SA01", section, HOSPITAL, HOSPITAL_FINESS, HOSPITAL_LEGAL_FINESS,
                "F" + HOSPITAL_FINESS, "1", "BOULEVARD DES TESTS", "33000", "33000 BORDEAUX", "CNOM/CNOM/ARS");
    }
}
