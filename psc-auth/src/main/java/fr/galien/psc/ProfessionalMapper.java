package fr.galien.psc;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort.Exercise;
import fr.galien.core.port.ProSanteConnectPort.Professional;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps the PSC userinfo (specs §5.3) to the port's {@link Professional}: national id from {@code SubjectNameID}, one
 * {@link Exercise} per activity of each {@code SubjectRefPro.exercices[]} (a pharmacist working in two officines has
 * two), so the professional chooses the structure they act for.
 */
final class ProfessionalMapper {

    private ProfessionalMapper() {
    }

    static Professional fromUserinfo(Map<String, Object> userinfo) {
        String nationalId = text(userinfo.get("SubjectNameID"));
        if (nationalId.isEmpty()) {
            throw new SegurException(PscError.PSC_0015);
        }
        List<Exercise> exercises = new ArrayList<>();
        String exerciseLastName = "";
        String exerciseFirstName = "";
        for (Map<String, Object> exercice : objects(subjectRefPro(userinfo).get("exercices"))) {
            if (exerciseLastName.isEmpty()) {
                exerciseLastName = text(exercice.get("nomDexercice"));
                exerciseFirstName = text(exercice.get("prenomDexercice"));
            }
            List<Map<String, Object>> activities = objects(exercice.get("activities"));
            if (activities.isEmpty()) {
                exercises.add(exercise(exercice, Map.of()));
            }
            for (Map<String, Object> activity : activities) {
                exercises.add(exercise(exercice, activity));
            }
        }
        String lastName = text(userinfo.get("family_name"));
        String firstName = text(userinfo.get("given_name"));
        return new Professional(nationalId, lastName.isEmpty() ? exerciseLastName : lastName,
                firstName.isEmpty() ? exerciseFirstName : firstName, exercises);
    }

    private static Exercise exercise(Map<String, Object> exercice, Map<String, Object> activity) {
        String profession = text(exercice.get("codeProfession"));
        return new Exercise(profession, ProfessionLabels.label(profession),
                text(activity.get("codeSectionPharmacien")),
                text(exercice.get("codeSavoirFaire")),
                text(activity.get("codeSecteurDactivite")),
                text(activity.get("identifiantTechniqueDeLaStructure")),
                text(activity.get("raisonSocialeSite")),
                text(activity.get("numeroFinessSite")));
    }

    /** Keycloak mappers deliver SubjectRefPro as an object or as a JSON string: accept both. */
    private static Map<String, Object> subjectRefPro(Map<String, Object> userinfo) {
        Object value = userinfo.get("SubjectRefPro");
        if (value instanceof String json && !json.isBlank()) {
            try {
                return JSONObjectUtils.parse(json);
            } catch (ParseException e) {
                throw new SegurException(PscError.PSC_0002, e, "SubjectRefPro illisible");
            }
        }
        return asObject(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<Map<String, Object>> objects(Object value) {
        List<Map<String, Object>> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?>) {
                    result.add(asObject(item));
                }
            }
        }
        return result;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
