package fr.galien.app.ui.shell;

import fr.galien.app.ui.common.UiText;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.security.Action;
import fr.galien.core.security.Permissions;
import fr.galien.core.security.Role;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Navigation and status bar of the main window, derived from the practice and the session. */
public final class ShellViewModel {

    private final Practice practice;
    private final boolean sandbox;
    private final String user;
    private final String workstation;
    private final List<NavArea> areas;
    private final ObjectProperty<NavArea> current;

    public ShellViewModel(Practice practice, boolean sandboxMode, String user, String workstation) {
        this(practice, sandboxMode, user, workstation, null);
    }

    /**
     * @param role the user's role: areas whose work the role may not do are left out (the core would refuse them
     *             anyway); null shows every area of the profile
     */
    public ShellViewModel(Practice practice, boolean sandboxMode, String user, String workstation, Role role) {
        this.practice = Objects.requireNonNull(practice);
        // A demo practice always runs against the sandbox, whatever else says: the badge must never lie.
        this.sandbox = sandboxMode || practice.simulated();
        this.user = user == null ? "" : user;
        this.workstation = workstation == null ? "" : workstation;
        this.areas = areasFor(practice.profile()).stream()
                .filter(area -> area != NavArea.DUPLICATES || role == null
                        || Permissions.STANDARD.allows(role, Action.PATIENT_MERGE))
                .filter(area -> area != NavArea.MESSAGING || role == null
                        || Permissions.STANDARD.allows(role, Action.NATIONAL_CALL))
                .toList();
        this.current = new SimpleObjectProperty<>(this, "current", areas.get(0));
    }

    /** Patients and their duplicates (or owners and animals for a vet), then the practice's daily work, then Services. */
    static List<NavArea> areasFor(PracticeProfile profile) {
        return switch (profile) {
            case OFFICINE -> List.of(NavArea.PATIENTS, NavArea.DUPLICATES, NavArea.COUNTER, NavArea.MESSAGING,
                    NavArea.SERVICES);
            case CABINET_MEDICAL -> List.of(NavArea.PATIENTS, NavArea.DUPLICATES, NavArea.CONSULTATION,
                    NavArea.MESSAGING, NavArea.SERVICES);
            case CABINET_VETERINAIRE -> List.of(NavArea.OWNERS_ANIMALS, NavArea.CONSULTATION, NavArea.SERVICES);
        };
    }

    public List<NavArea> areas() {
        return areas;
    }

    public ObjectProperty<NavArea> currentProperty() {
        return current;
    }

    public String windowTitle() {
        return UiText.WINDOW_TITLE.text(practice.name());
    }

    public String practiceName() {
        return practice.name();
    }

    public String practiceText() {
        return UiText.STATUS_PRACTICE.text(practice.name());
    }

    public String userText() {
        return UiText.STATUS_USER.text(user);
    }

    public String workstationText() {
        return UiText.STATUS_WORKSTATION.text(workstation);
    }

    public boolean sandbox() {
        return sandbox;
    }

    public String badgeText() {
        return sandbox ? UiText.BADGE_SANDBOX.text() : UiText.BADGE_PRODUCTION.text();
    }

    public String badgeTooltip() {
        return sandbox ? UiText.BADGE_SANDBOX_TOOLTIP.text() : UiText.BADGE_PRODUCTION_TOOLTIP.text();
    }

    public PracticeProfile profile() {
        return practice.profile();
    }
}
