package fr.galien.core.domain;

/** Sex of an animal as vets record it, neutering included. */
public enum AnimalSex {
    MALE("Mâle"),
    FEMELLE("Femelle"),
    MALE_CASTRE("Mâle castré"),
    FEMELLE_STERILISEE("Femelle stérilisée"),
    INCONNU("Inconnu");

    private final String label;

    AnimalSex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
