package fr.galien.sandbox.psc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The userinfo document of a professional, shaped exactly like PSC's (specs §5.3). */
final class UserinfoClaims {

    private static final String SECTOR_OID = "^1.2.250.1.71.4.2.4";
    private static final String ROLE_OID = "^1.2.250.1.213.1.1.5.5";

    private UserinfoClaims() {
    }

    static Map<String, Object> of(TestProfessional professional) {
        Activity first = professional.exercises().get(0).activities().get(0);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", professional.subject());
        claims.put("SubjectNameID", professional.nationalId());
        claims.put("preferred_username", professional.nationalId());
        claims.put("given_name", professional.givenName());
        claims.put("family_name", professional.familyName());
        claims.put("email_verified", false);
        claims.put("Secteur_Activite", first.sectorCode() + SECTOR_OID);
        claims.put("SubjectOrganization", first.siteName());
        claims.put("SubjectOrganizationID", "");
        claims.put("SubjectRole", professional.exercises().stream().map(e -> e.professionCode() + ROLE_OID)
                .distinct().toList());
        claims.put("PSI_Locale", "1.2.250.1.213.1.3.1.1");
        claims.put("Palier_Authentification", "APPPRIP3^1.2.250.1.213.1.5.1.1.1");
        claims.put("Mode_Acces_Raison", "");
        claims.put("Acces_Regulation_Medicale", "FAUX");
        claims.put("UITVersion", "1.0");
        claims.put("authMode", "MOBILE");
        claims.put("otherIds", List.of(Map.of("identifiant", professional.nationalId(), "origine", "RPPS",
                "qualite", 1)));
        claims.put("SubjectRefPro", refPro(professional));
        return claims;
    }

    private static Map<String, Object> refPro(TestProfessional professional) {
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Exercise exercise : professional.exercises()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("codeProfession", exercise.professionCode());
            json.put("codeCategorieProfessionnelle", exercise.categoryCode());
            json.put("codeCiviliteDexercice", exercise.civilityOfExercise());
            json.put("nomDexercice", exercise.lastName());
            json.put("prenomDexercice", exercise.firstName());
            json.put("codeTypeSavoirFaire", exercise.skillTypeCode());
            json.put("codeSavoirFaire", exercise.skillCode());
            json.put("activities", exercise.activities().stream().map(UserinfoClaims::activity).toList());
            exercises.add(json);
        }
        Map<String, Object> refPro = new LinkedHashMap<>();
        refPro.put("codeCivilite", professional.civility());
        refPro.put("exercices", exercises);
        return refPro;
    }

    private static Map<String, Object> activity(Activity activity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("codeModeExercice", activity.modeCode());
        json.put("codeSecteurDactivite", activity.sectorCode());
        json.put("codeSectionPharmacien", activity.pharmacistSection());
        json.put("codeRole", "");
        json.put("numeroSiretSite", "");
        json.put("numeroSirenSite", "");
        json.put("numeroFinessSite", activity.finessSite());
        json.put("numeroFinessetablissementJuridique", activity.finessLegalEntity());
        json.put("identifiantTechniqueDeLaStructure", activity.structureId());
        json.put("raisonSocialeSite", activity.siteName());
        json.put("enseigneCommercialeSite", "");
        json.put("complementDestinataire", "");
        json.put("complementPointGeographique", "");
        json.put("numeroVoie", activity.streetNumber());
        json.put("indiceRepetitionVoie", "");
        json.put("codeTypeDeVoie", "");
        json.put("libelleVoie", activity.streetName());
        json.put("mentionDistribution", "");
        json.put("bureauCedex", activity.cedexOffice());
        json.put("codePostal", activity.postalCode());
        json.put("codeCommune", "");
        json.put("codePays", "99000");
        json.put("telephone", "");
        json.put("telephone2", "");
        json.put("telecopie", "");
        json.put("adresseEMail", "");
        json.put("codeDepartement", "");
        json.put("ancienIdentifiantDeLaStructure", "");
        json.put("autoriteDenregistrement", activity.registrationAuthority());
        return json;
    }
}
