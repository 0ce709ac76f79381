package fr.galien.sandbox.apcv;

import fr.galien.sandbox.insi.TestIdentities;
import java.util.List;
import java.util.Optional;

/** The test QR codes, listed at {@code GET /apcv/v1/qr} and printable from {@code GET /apcv/}. */
public final class ApCvTestCodes {

    public static final ApCvTestCode ADRUN_ZOE = new ApCvTestCode("TEST-ADRUN-ZOE",
            "ADRUN Zoé — approuve ; aussi la carte du lecteur par défaut", TestIdentities.ADRUN_ZOE,
            PatientAnswer.APPROUVE);
    public static final ApCvTestCode ADRTROIS_TOUSSAINT = new ApCvTestCode("TEST-ADRTROIS-TOUSSAINT",
            "ADRTROIS Toussaint (né en Haute-Corse) — approuve", TestIdentities.ADRTROIS_TOUSSAINT,
            PatientAnswer.APPROUVE);
    public static final ApCvTestCode ECETINSI_PIERRE_ALAIN = new ApCvTestCode("TEST-ECETINSI-PIERRE-ALAIN",
            "ECETINSI Pierre-Alain (prénoms composés, historique INS) — approuve",
            TestIdentities.ECETINSI_PIERRE_ALAIN, PatientAnswer.APPROUVE);
    public static final ApCvTestCode NESSI_MICHELANGELO = new ApCvTestCode("TEST-NESSI-MICHELANGELO",
            "NESSI Michelangelo, enfant sur la carte de son père (rang 1) — approuve",
            TestIdentities.NESSI_MICHELANGELO, PatientAnswer.APPROUVE);
    public static final ApCvTestCode ECART_ESSAI_CAMILLE = new ApCvTestCode("TEST-ECART-ESSAI-CAMILLE",
            "ECART-ESSAI Camille, nom d'usage MOREAU-ESSAI (traits à comparer) — approuve",
            TestIdentities.ECART_ESSAI_CAMILLE, PatientAnswer.APPROUVE);
    public static final ApCvTestCode REFUS = new ApCvTestCode("TEST-REFUS",
            "ADRTROIS Dominique — refuse sur son téléphone", TestIdentities.ADRTROIS_DOMINIQUE,
            PatientAnswer.REFUSE);
    public static final ApCvTestCode SANS_REPONSE = new ApCvTestCode("TEST-SANS-REPONSE",
            "TCHITCHI Catarina — ne répond pas : la lecture expire", TestIdentities.TCHITCHI_CATARINA,
            PatientAnswer.SANS_REPONSE);
    public static final ApCvTestCode PERIME = new ApCvTestCode("TEST-PERIME",
            "CORSE Anthony — QR code périmé (refusé dès le scan)", TestIdentities.CORSE_ANTHONY,
            PatientAnswer.QR_PERIME);

    private static final List<ApCvTestCode> ALL = List.of(ADRUN_ZOE, ADRTROIS_TOUSSAINT, ECETINSI_PIERRE_ALAIN,
            NESSI_MICHELANGELO, ECART_ESSAI_CAMILLE, REFUS, SANS_REPONSE, PERIME);

    private ApCvTestCodes() {
    }

    public static List<ApCvTestCode> all() {
        return ALL;
    }

    public static Optional<ApCvTestCode> byToken(String token) {
        return ALL.stream().filter(code -> code.token().equals(token)).findFirst();
    }
}
