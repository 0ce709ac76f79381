package fr.galien.app.ui.login;

import fr.galien.core.port.ProSanteConnectPort.Exercise;
import java.util.List;
import java.util.Optional;

/** Asks a professional with several PSC exercises which one they work under now ("Sous quel exercice…"). */
@FunctionalInterface
public interface ExerciseChooser {

    /** Called on the FX thread; blocks until the user answers; empty when they cancel. */
    Optional<Exercise> choose(String professional, List<Exercise> exercises);

    /** "Pharmacien — Pharmacie des Essais", the line shown for one exercise. */
    static String describe(Exercise exercise) {
        String profession = exercise.professionLabel() == null || exercise.professionLabel().isBlank()
                ? exercise.professionCode() : exercise.professionLabel();
        String structure = exercise.structureName() == null || exercise.structureName().isBlank()
                ? exercise.structureId() : exercise.structureName();
        return LoginText.EXERCISE_ITEM.text(profession, structure == null ? "" : structure);
    }
}
