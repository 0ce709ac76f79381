package fr.galien.app.ui.shell;

import fr.galien.app.ui.common.UiText;
import fr.galien.app.ui.duplicates.DuplicatesText;
import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;

/** An entry of the left navigation. Ségur areas (DMP, MSSanté…) are added here by the issues that bring them. */
public enum NavArea {
    PATIENTS("navPatients", UiText.NAV_PATIENTS),
    /** Human patients only, for roles with PATIENT_MERGE (issue 4 §7). */
    DUPLICATES("navDuplicates", DuplicatesText.NAV),
    OWNERS_ANIMALS("navOwnersAnimals", UiText.NAV_OWNERS_ANIMALS),
    COUNTER("navCounter", UiText.NAV_COUNTER),
    CONSULTATION("navConsultation", UiText.NAV_CONSULTATION),
    SERVICES("navServices", UiText.NAV_SERVICES),
    /** MSSanté, human health practices only (ADR 0031: absent for vets), for roles making national calls. */
    MESSAGING("navMessaging", fr.galien.app.ui.messaging.MessagingText.NAV);

    private final String nodeId;
    private final MessageKey label;

    NavArea(String nodeId, MessageKey label) {
        this.nodeId = nodeId;
        this.label = label;
    }

    /** The TestFX id of its navigation button. */
    public String nodeId() {
        return nodeId;
    }

    public String label() {
        return Messages.format(label);
    }
}
