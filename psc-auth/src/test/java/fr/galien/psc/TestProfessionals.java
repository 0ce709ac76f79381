package fr.galien.psc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invented professionals, as PSC userinfo documents (specs §5.3 shape). None is a real person. */
final class TestProfessionals {

    static final String PHARMACIST_ID = "810000000011";
    static final String DOCTOR_TWO_EXERCISES_ID = "810000000029";

    private TestProfessionals() {
    }

    static List<Map<String, Object>> all() {
        return List.of(pharmacist(), doctorWithTwoExercises());
    }

    /** Pharmacien titulaire d'officine, one activity (SA33, section A). */
    static Map<String, Object> pharmacist() {
        return userinfo(PHARMACIST_ID, "LOUISE", "FICTIVE-OFFICINE", Map.of(
                "codeProfession", "21", "codeCategorieProfessionnelle", "C",
                "nomDexercice", "FICTIVE-OFFICINE", "prenomDexercice", "LOUISE",
                "codeTypeSavoirFaire", "", "codeSavoirFaire", "",
                "activities", List.of(activity("SA33", "A", "F0B0000011", "PHARMACIE DES TILLEULS", "0B0000011"))));
    }

    /** Médecin généraliste with a cabinet and a hospital activity: two exercises to choose from. */
    static Map<String, Object> doctorWithTwoExercises() {
        return userinfo(DOCTOR_TWO_EXERCISES_ID, "PAUL", "IMAGINAIRE", Map.of(
                "codeProfession", "10", "codeCategorieProfessionnelle", "C",
                "nomDexercice", "IMAGINAIRE", "prenomDexercice", "PAUL",
                "codeTypeSavoirFaire", "S", "codeSavoirFaire", "SM54",
                "activities", List.of(
                        activity("SA07", "", "R10000029", "CABINET DU DOCTEUR IMAGINAIRE", ""),
                        activity("SA01", "", "F0B0000029", "HOPITAL FICTIF DU LAC", "0B0000029"))));
    }

    static Map<String, Object> activity(String sector, String section, String structureId, String name,
                                        String finess) {
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("codeModeExercice", "L");
        activity.put("codeSecteurDactivite", sector);
        activity.put("codeSectionPharmacien", section);
        activity.put("identifiantTechniqueDeLaStructure", structureId);
        activity.put("raisonSocialeSite", name);
        activity.put("numeroFinessSite", finess);
        activity.put("codePostal", "75009");
        return activity;
    }

    static Map<String, Object> userinfo(String nationalId, String firstName, String lastName,
                                        Map<String, Object> exercise) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("sub", "f:550dc1c8-0000-4b1e-ac8c-000000000000:" + nationalId);
        info.put("SubjectNameID", nationalId);
        info.put("preferred_username", nationalId);
        info.put("given_name", firstName);
        info.put("family_name", lastName);
        info.put("SubjectRole", List.of(exercise.get("codeProfession") + "^1.2.250.1.213.1.1.5.5"));
        info.put("SubjectRefPro", Map.of("codeCivilite", "M", "exercices", List.of(exercise)));
        info.put("otherIds", List.of(Map.of("identifiant", nationalId.substring(1), "origine", "RPPS", "qualite", 1)));
        return info;
    }
}
