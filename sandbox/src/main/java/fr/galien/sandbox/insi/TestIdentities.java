package fr.galien.sandbox.insi;

import java.util.List;
import java.util.Optional;

/**
 * The identity base of the INSi simulator: the CNDA test identities of the INSi qualification platform (specs
 * §2.4, keys as CNDA publishes them) and invented people (keys computed, {@link Matricules}), each covering one case
 * listed in docs/sandbox.md. The demo data and the app reuse these identities by value, never by import.
 */
public final class TestIdentities {

    private static final String CLERMONT = "63220";

    public static final TestIdentity ADRUN_ZOE = cnda("ADRUN_ZOE", "ADRUN", List.of("ZOE"), "F", "1975-12-31",
            CLERMONT, "2751263220749", "74", "NIR ordinaire : le cas de base ; carte Vitale insérée par défaut");

    public static final TestIdentity ECETINSI_PIERRE_ALAIN = new TestIdentity("ECETINSI_PIERRE_ALAIN", "ECETINSI",
            List.of("PIERRE-ALAIN", "MURIEL", "FLORIANT"), "M", "2009-07-14", CLERMONT, "1090763220834", "89", false,
            List.of(HistoricIns.nir("2090763220834", "39"), HistoricIns.nir("2090663220123", "55")),
            VitaleCard.own("109076322083489"), null,
            "Prénoms composés (PIERRE-ALAIN seul ou la liste entière) et historique de deux matricules (INSHISTO)");

    public static final TestIdentity CORSE_ANTHONY = cnda("CORSE_ANTHONY", "CORSE", List.of("ANTHONY"), "M",
            "1980-03-02", "2B020", "180032B020401", "23", "Né en Haute-Corse (2B) : clé calculée avec 18");

    public static final TestIdentity ADRTROIS_DOMINIQUE = cnda("ADRTROIS_DOMINIQUE", "ADRTROIS", List.of("DOMINIQUE"),
            "F", "1997-02-26", "2A020", "297022A020778", "78", "Née en Corse-du-Sud (2A) : clé calculée avec 19");

    public static final TestIdentity ADRTROIS_TOUSSAINT = cnda("ADRTROIS_TOUSSAINT", "ADRTROIS",
            List.of("TOUSSAINT"), "M", "1960-01-01", "2B020", "160012B020777", "13",
            "Né en Haute-Corse (2B) ; code ApCV de démonstration");

    /** Invented father whose card carries NESSI as a child (rank 1). */
    static final String NESSI_PARENT_MATRICULE = Matricules.withKey("1780563220412");

    public static final TestIdentity NESSI_MICHELANGELO = new TestIdentity("NESSI_MICHELANGELO", "NESSI",
            List.of("MICHELANGELO"), "M", "2010-08-07", CLERMONT, "1100863220830", "60", false, List.of(),
            new VitaleCard(null, NESSI_PARENT_MATRICULE, "1", null), null,
            "Enfant sur la carte Vitale d'un parent : recherche Vitale par matricule ouvrant droit + date + rang");

    public static final TestIdentity TCHITCHI_CATARINA = cnda("TCHITCHI_CATARINA", "TCHITCHI",
            List.of("CATARINA", "BELLA"), "F", "1936-06-21", CLERMONT, "2360663220836", "56",
            "Prénom : seul le premier (CATARINA) ou la liste entière trouvent ; OLA ne trouve rien (CR 01)");

    public static final TestIdentity HERMANN_GATIEN = new TestIdentity("HERMANN_GATIEN", "HERMANN", List.of("GATIEN"),
            "M", "1981-03-24", CLERMONT, "1810363220456", "60", false,
            List.of(HistoricIns.nir("1810363220456", "60"), HistoricIns.nir("2810363220456", "10")),
            VitaleCard.own("181036322045660"), null,
            "Clé qui ne se vérifie pas (donnée CNDA, exprès) : un matricule rendu par INSi ne se rejette pas sur sa clé");

    public static final TestIdentity PROVISOIRE_MATRICULE = new TestIdentity("PROVISOIRE_MATRICULE", "PROVISOIRE",
            List.of("MATRICULE"), "M", "2009-07-01", CLERMONT, "1090763220888", "35", true, List.of(), null, null,
            "NIA (numéro provisoire, OID 1.2.250.1.213.1.4.9)");

    private static final String GARCIA_NIA = "2850499134876";

    public static final TestIdentity GARCIA_ESSAI_LUCIA = new TestIdentity("GARCIA_ESSAI_LUCIA", "GARCIA-ESSAI",
            List.of("LUCIA"), "F", "1985-04-12", "99134", "2850499134012", Matricules.key("2850499134012"), false,
            List.of(new HistoricIns(GARCIA_NIA, Matricules.key(GARCIA_NIA), true, "2003-09-01", "2004-06-30")),
            VitaleCard.own(Matricules.withKey("2850499134012")), null,
            "Née à l'étranger (Espagne, 99134) ; un NIA avant son NIR (INSHISTO en OID .9 avec dates)");

    public static final TestIdentity HOMONYME_CLAUDE_PARIS = invented("HOMONYME_CLAUDE_PARIS", "HOMONYME",
            List.of("CLAUDE"), "F", "1950-05-05", "75056", "2500575056101",
            "Homonyme : sans lieu de naissance CR 02 ; avec 75056 CR 00");

    public static final TestIdentity HOMONYME_CLAUDE_LYON = invented("HOMONYME_CLAUDE_LYON", "HOMONYME",
            List.of("CLAUDE"), "F", "1950-05-05", "69123", "2500569123102",
            "Homonyme : sans lieu de naissance CR 02 ; avec 69123 CR 00");

    public static final TestIdentity DEFUNTE_JEANNE = new TestIdentity("DEFUNTE_JEANNE", "DEFUNTE",
            List.of("JEANNE", "MARIE"), "F", "1920-02-14", CLERMONT, "2200263220501", Matricules.key("2200263220501"),
            false, List.of(), VitaleCard.own(Matricules.withKey("2200263220501")), "2019-11-03",
            "Personne décédée : INSi répond CR 00 comme pour une vivante (RESULTAT ne sait pas dire un décès)");

    public static final TestIdentity ECART_ESSAI_CAMILLE = new TestIdentity("ECART_ESSAI_CAMILLE", "ECART-ESSAI",
            List.of("CAMILLE", "ROSE"), "F", "1988-11-30", "13055", "2881113055321", Matricules.key("2881113055321"),
            false, List.of(), new VitaleCard(Matricules.withKey("2881113055321"),
                    Matricules.withKey("2881113055321"), "1", "MOREAU-ESSAI"), null,
            "Traits différents des traits locaux : nom d'usage MOREAU-ESSAI sur la carte, INSi rend ECART-ESSAI, "
                    + "CAMILLE ROSE et le lieu 13055");

    /** Not in the base on purpose: every search answers CR 01 (fixture REP_CR01). */
    public static final String UNKNOWN_BIRTH_NAME = "HOUILLES";

    private static final List<TestIdentity> ALL = List.of(ADRUN_ZOE, ECETINSI_PIERRE_ALAIN, CORSE_ANTHONY,
            ADRTROIS_DOMINIQUE, ADRTROIS_TOUSSAINT, NESSI_MICHELANGELO, TCHITCHI_CATARINA, HERMANN_GATIEN,
            PROVISOIRE_MATRICULE, GARCIA_ESSAI_LUCIA, HOMONYME_CLAUDE_PARIS, HOMONYME_CLAUDE_LYON, DEFUNTE_JEANNE,
            ECART_ESSAI_CAMILLE);

    private TestIdentities() {
    }

    public static List<TestIdentity> all() {
        return ALL;
    }

    public static Optional<TestIdentity> byId(String id) {
        return ALL.stream().filter(identity -> identity.id().equals(id)).findFirst();
    }

    /** A CNDA identity with its own carte Vitale. */
    private static TestIdentity cnda(String id, String birthName, List<String> firstNames, String sex,
            String birthDate, String birthPlace, String matricule, String key, String purpose) {
        return new TestIdentity(id, birthName, firstNames, sex, birthDate, birthPlace, matricule, key, false,
                List.of(), VitaleCard.own(matricule + key), null, purpose);
    }

    /** An invented identity: its key is computed, it has its own carte Vitale. */
    private static TestIdentity invented(String id, String birthName, List<String> firstNames, String sex,
            String birthDate, String birthPlace, String matricule, String purpose) {
        return cnda(id, birthName, firstNames, sex, birthDate, birthPlace, matricule, Matricules.key(matricule),
                purpose);
    }
}
