package fr.galien.core.domain;

/** The kind of practice: decides navigation (Comptoir or Consultation) and whether patients are humans or animals. */
public enum PracticeProfile {
    OFFICINE("Pharmacie d'officine"),
    CABINET_MEDICAL("Cabinet médical"),
    CABINET_VETERINAIRE("Cabinet vétérinaire");

    private final String label;

    PracticeProfile(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean treatsAnimals() {
        return this == CABINET_VETERINAIRE;
    }
}
