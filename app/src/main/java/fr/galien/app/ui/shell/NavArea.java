package fr.galien.app.ui.shell;

import fr.galien.app.ui.UiText;

/** An entry of the left navigation. Ségur areas (DMP, MSSanté…) are added here by the issues that bring them. */
public enum NavArea {
    PATIENTS("navPatients", UiText.NAV_PATIENTS),
    OWNERS_ANIMALS("navOwnersAnimals", UiText.NAV_OWNERS_ANIMALS),
    COUNTER("navCounter", UiText.NAV_COUNTER),
    CONSULTATION("navConsultation", UiText.NAV_CONSULTATION),
    SERVICES("navServices", UiText.NAV_SERVICES);

    private final String nodeId;
    private final UiText label;

    NavArea(String nodeId, UiText label) {
        this.nodeId = nodeId;
        this.label = label;
    }

    /** The TestFX id of its navigation button. */
    public String nodeId() {
        return nodeId;
    }

    public String label() {
        return label.text();
    }
}
