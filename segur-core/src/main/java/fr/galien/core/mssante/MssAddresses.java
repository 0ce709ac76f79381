package fr.galien.core.mssante;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.QualifiedIns;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MSSanté addresses (specs §3.2): professionals {@code prenom.nom@<operator>.mssante.fr}, patients
 * {@code <matricule INS>@patient.mssante.fr} — built here from a {@link QualifiedIns} only (SC.MSS.14, UX.32) — and
 * the trusted-space rule: a recipient outside {@code mssante.fr} (and the practice's extra trusted domains, for an
 * operator's test platform) is refused before anything leaves.
 */
public final class MssAddresses {

    /** The Mon espace santé domain. */
    public static final String PATIENT_DOMAIN = "patient.mssante.fr";
    /** Every MSSanté domain ends with this. */
    public static final String MSSANTE_DOMAIN = "mssante.fr";

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
                    + "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern MATRICULE = Pattern.compile("[0-9]{13}[0-9]{2}|[12][0-9]{4}2[AB][0-9]{6}[0-9]{2}");

    private final List<String> trustedDomains;

    /** @param trustedDomains extra domains accepted besides {@code *.mssante.fr} (lower case), often none */
    public MssAddresses(List<String> trustedDomains) {
        this.trustedDomains = trustedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).toList();
    }

    public static MssAddresses mssanteOnly() {
        return new MssAddresses(List.of());
    }

    /** The patient's Mon espace santé address: {@code <matricule>@patient.mssante.fr}. */
    public static String patientAddress(QualifiedIns ins) {
        Objects.requireNonNull(ins, "ins");
        return ins.matricule().toUpperCase(Locale.ROOT) + "@" + PATIENT_DOMAIN;
    }

    /** The matricule of a Mon espace santé address, empty for any other address. */
    public static Optional<String> patientMatricule(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String normalised = normalise(address);
        int at = normalised.lastIndexOf('@');
        if (at < 0 || !normalised.substring(at + 1).equals(PATIENT_DOMAIN)) {
            return Optional.empty();
        }
        String local = normalised.substring(0, at).toUpperCase(Locale.ROOT);
        return MATRICULE.matcher(local).matches() ? Optional.of(local) : Optional.empty();
    }

    public static boolean isPatientAddress(String address) {
        return address != null && normalise(address).endsWith("@" + PATIENT_DOMAIN);
    }

    /** Lower-cased, trimmed, without angle brackets. */
    public static String normalise(String address) {
        String text = address.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * The normalised address when it is well-formed and inside the trusted space.
     *
     * @throws SegurException {@code MSS-0001} malformed, {@code MSS-0002} outside MSSanté
     */
    public String requireTrusted(String address) {
        if (address == null || address.length() > 254 || !ADDRESS.matcher(address.strip()).matches()) {
            throw new SegurException(MssError.MSS_0001, address == null ? "" : abbreviate(address));
        }
        String normalised = normalise(address);
        if (!trusted(normalised.substring(normalised.lastIndexOf('@') + 1))) {
            throw new SegurException(MssError.MSS_0002, normalised);
        }
        return normalised;
    }

    /** True for {@code mssante.fr}, its sub-domains and the configured extra domains (and their sub-domains). */
    public boolean trusted(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        if (d.equals(MSSANTE_DOMAIN) || d.endsWith("." + MSSANTE_DOMAIN)) {
            return true;
        }
        return trustedDomains.stream().anyMatch(t -> d.equals(t) || d.endsWith("." + t));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
