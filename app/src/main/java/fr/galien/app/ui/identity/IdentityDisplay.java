package fr.galien.app.ui.identity;

import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.IdentityAttribute;
import fr.galien.core.identity.IdentityHistoryEntry;
import fr.galien.core.identity.IdentityRules;
import fr.galien.core.identity.InsOid;
import fr.galien.core.identity.Matricules;
import fr.galien.core.security.Role;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How identity facts read on screen, in one place so the panel, the dialogs and the counter say them alike: the
 * status words and their badge colour (never colour alone), the matricule in groups, its nature from the OID, the
 * history lines. Pure: no JavaFX.
 */
public final class IdentityDisplay {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);

    private IdentityDisplay() {
    }

    /** The badge words, e.g. "Identité qualifiée". */
    public static String statusText(IdentityStatus status) {
        return status.label();
    }

    /**
     * The style class of the status badge: provisoire grey, récupérée amber, validée blue, qualifiée green
     * ({@code galien.css}). The words are always shown too: colour never carries the meaning alone.
     */
    public static String statusStyle(IdentityStatus status) {
        return "identity-" + status.code();
    }

    /** The style class of an attribute badge. */
    public static String attributeStyle(IdentityAttribute attribute) {
        return "identity-attribute-" + attribute.code();
    }

    /**
     * The matricule in the groups of its layout (sex, year, month, department, commune, order, key), e.g.
     * {@code 2 75 12 63 220 749 74}; anything without the INS structure is shown as stored.
     */
    public static String groupedMatricule(String matricule) {
        if (matricule == null) {
            return "";
        }
        if (!Matricules.hasInsStructure(matricule)) {
            return matricule;
        }
        return String.join(" ", matricule.substring(0, 1), matricule.substring(1, 3), matricule.substring(3, 5),
                matricule.substring(5, 7), matricule.substring(7, 10), matricule.substring(10, 13),
                matricule.substring(13, 15));
    }

    /** What the OID says the matricule is (specs §2.3): INS-NIR, INS-NIA, or a test/demonstration NIR. */
    public static String nature(String oid) {
        if (oid == null) {
            return "";
        }
        return switch (oid) {
            case InsOid.NIR -> IdentityText.NATURE_NIR.text();
            case InsOid.NIA -> IdentityText.NATURE_NIA.text();
            case InsOid.NIR_TEST -> IdentityText.NATURE_NIR_TEST.text();
            case InsOid.NIR_DEMO -> IdentityText.NATURE_NIR_DEMO.text();
            default -> IdentityText.NATURE_UNKNOWN.text();
        };
    }

    /** "17/11/2026 14:05" in the workstation's time zone. */
    public static String when(OffsetDateTime at, ZoneId zone) {
        return at == null ? "" : at.atZoneSameInstant(zone).format(WHEN);
    }

    /** One history line for the panel's table. */
    public static HistoryRow historyRow(IdentityHistoryEntry entry, ZoneId zone) {
        return new HistoryRow(when(entry.at(), zone), who(entry), what(entry));
    }

    static String who(IdentityHistoryEntry entry) {
        String role = roleLabel(entry.role());
        String user = person(entry.userId());
        return role.isEmpty() ? user : user + " (" + role + ")";
    }

    /**
     * A user id in plain words, never the raw {@code psc:…}/{@code os:…}/{@code local:…} key: « n° RPPS 8999… » for
     * a Pro Santé Connect user, « compte du poste root » for the operating-system user, the login otherwise.
     */
    public static String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        int colon = userId.indexOf(':');
        if (colon < 0) {
            return userId;
        }
        String kind = userId.substring(0, colon);
        String rest = userId.substring(colon + 1);
        return switch (kind) {
            case "psc" -> IdentityText.WHO_PSC.text(rest);
            case "os" -> IdentityText.WHO_OS.text(rest);
            default -> rest;
        };
    }

    /** The event, the status change, how it was obtained or validated — codes and labels, never a name. */
    static String what(IdentityHistoryEntry entry) {
        List<String> parts = new ArrayList<>();
        parts.add(entry.event().label());
        if (entry.before() != null && entry.after() != null && entry.before() != entry.after()) {
            parts.add(IdentityRules.statusWord(entry.before()) + " → " + IdentityRules.statusWord(entry.after()));
        }
        switch (entry.event()) {
            case INSI_ACCEPTED -> {
                if (entry.method() != null) {
                    parts.add(entry.method().label());
                }
                if (entry.traitsReplaced()) {
                    parts.add(IdentityText.HISTORY_TRAITS_REPLACED.text());
                }
                if (Boolean.FALSE.equals(entry.keyVerified())) {
                    parts.add(IdentityText.HISTORY_KEY_NOT_VERIFIED.text());
                }
            }
            case DOCUMENT_VALIDATED -> {
                if (entry.validationMode() != null) {
                    parts.add(entry.validationMode().label());
                }
            }
            case ATTRIBUTES_CHANGED -> parts.add(entry.attributes().isEmpty()
                    ? IdentityText.HISTORY_NO_ATTRIBUTE.text()
                    : String.join(", ", entry.attributes().stream().sorted().map(IdentityAttribute::label).toList()));
            default -> { }
        }
        return String.join(" — ", parts);
    }

    private static String roleLabel(String role) {
        if (role == null) {
            return "";
        }
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }

    /** One line of the identity history. */
    public record HistoryRow(String when, String who, String what) {
    }
}
