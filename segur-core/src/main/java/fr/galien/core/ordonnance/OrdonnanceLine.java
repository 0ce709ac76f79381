package fr.galien.core.ordonnance;

import java.util.Objects;

/**
 * One line of an ordonnance.
 *
 * @param drugLabel        the medicine as printed (name, strength, form), required
 * @param cip13            the presentation code, may be null (free-text product)
 * @param posology         how to take it, required
 * @param duration         how long, may be null (then the posology text says it, or « jusqu'à nouvel ordre »)
 * @param quantity         how much to dispense, in words (« 1 boîte », « 2 flacons »), may be null
 * @param renewals         how many times it may be dispensed again, 0–11 (a prescription lasts at most a year)
 * @param nonSubstitutable the justification of « non substituable », null when the pharmacist may substitute
 * @param ald              the line relates to the patient's affection de longue durée (bizone ordonnance)
 * @param withdrawalPeriod vet only: temps d'attente for food-producing animals (« viande : 28 jours »), may be null
 */
public record OrdonnanceLine(String drugLabel, String cip13, Posology posology, TreatmentDuration duration,
                             String quantity, int renewals, NonSubstitution nonSubstitutable, boolean ald,
                             String withdrawalPeriod) {

    /** A prescription is valid one year: at most 11 renewals of a monthly treatment. */
    public static final int MAX_RENEWALS = 11;

    public OrdonnanceLine {
        Objects.requireNonNull(posology, "posology");
        if (drugLabel == null || drugLabel.isBlank()) {
            throw new IllegalArgumentException("drugLabel is required");
        }
        if (renewals < 0 || renewals > MAX_RENEWALS) {
            throw new IllegalArgumentException("renewals must be within 0.." + MAX_RENEWALS);
        }
    }

    /** A plain substitutable, non-ALD line without renewal. */
    public static OrdonnanceLine of(String drugLabel, String cip13, Posology posology, TreatmentDuration duration,
                                    String quantity) {
        return new OrdonnanceLine(drugLabel, cip13, posology, duration, quantity, 0, null, false, null);
    }

    /** Posology and duration in one French sentence: « 1 comprimé 3 fois par jour pendant 5 jours ». */
    public String instructionsFrench() {
        return posology.toFrench() + (duration == null ? "" : " " + duration.toFrench());
    }

    /** « À renouveler 2 fois » or empty. */
    public String renewalsFrench() {
        return renewals == 0 ? "" : "À renouveler " + renewals + " fois";
    }
}
