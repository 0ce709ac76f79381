package fr.galien.sandbox.psc;

import java.util.List;

/**
 * One profession exercised by a professional: an element of {@code SubjectRefPro.exercices} (specs §5.3).
 *
 * @param professionCode     codeProfession, TRE_G15 (10 médecin, 21 pharmacien, 50 sage-femme, 60 infirmier …)
 * @param categoryCode       codeCategorieProfessionnelle (C civil)
 * @param civilityOfExercise codeCiviliteDexercice (DR …), "" if none
 * @param lastName           nomDexercice
 * @param firstName          prenomDexercice
 * @param skillTypeCode      codeTypeSavoirFaire (S spécialité), "" if none
 * @param skillCode          codeSavoirFaire (SM54 médecine générale …), "" if none
 * @param activities         where it is practised, at least one
 */
public record Exercise(
        String professionCode,
        String categoryCode,
        String civilityOfExercise,
        String lastName,
        String firstName,
        String skillTypeCode,
        String skillCode,
        List<Activity> activities) {

    public Exercise {
        activities = List.copyOf(activities);
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("an exercise needs at least one activity");
        }
    }
}
