package fr.galien.sandbox.mssante;

import fr.galien.sandbox.insi.TestIdentities;
import fr.galien.sandbox.insi.TestIdentity;
import fr.galien.sandbox.psc.TestProfessional;
import fr.galien.sandbox.psc.TestProfessionals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mailboxes the simulated operator holds (specs §3.2): one personal mailbox (PER) per invented professional of
 * the PSC simulator, owned by their national id (XOAUTH2 checks it); an organisation mailbox (ORG) of the demo
 * pharmacy shared by its two pharmacists; the scripted correspondent's; and a Mon espace santé mailbox
 * ({@code <matricule INS>@patient.mssante.fr}) for each official INSi test identity that is alive.
 */
final class Mailboxes {

    static final String PATIENT_DOMAIN = "patient.mssante.fr";
    static final String CORRESPONDENT = "dr.correspondant@hopital-sim.mssante.fr";
    static final String PHARMACY_ORG = "officine.demo@pharmacien.mssante.fr";

    /**
     * @param owners national ids allowed to open it (empty for the correspondent and patients: nobody logs in)
     * @param type   PER, ORG or the patient's MES
     */
    record Mailbox(String address, String label, String type, List<String> owners, String profession,
                   String city) {
    }

    private final Map<String, Mailbox> byAddress = new LinkedHashMap<>();

    Mailboxes() {
        for (TestProfessional professional : TestProfessionals.all()) {
            String profession = professional.exercises().get(0).professionCode();
            String domain = switch (profession) {
                case "21" -> "pharmacien.mssante.fr";
                case "50" -> "sagefemme.mssante.fr";
                case "60" -> "infirmier.mssante.fr";
                default -> "medecin.mssante.fr";
            };
            String address = (professional.givenName() + "." + professional.familyName()).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z.-]", "") + "@" + domain;
            add(new Mailbox(address, label(professional), "PER", List.of(professional.nationalId()), profession,
                    "CLERMONT-FERRAND"));
        }
        add(new Mailbox(PHARMACY_ORG, "Officine de démonstration", "ORG",
                List.of(TestProfessionals.PHARMACIEN_TITULAIRE.nationalId(),
                        TestProfessionals.PHARMACIEN_ADJOINT.nationalId()), "21", "CLERMONT-FERRAND"));
        add(new Mailbox(CORRESPONDENT, "Dr Jean CORRESPONDANT Hôpital simulé", "PER", List.of(), "10", "LYON"));
        for (TestIdentity identity : TestIdentities.all()) {
            if (identity.deathDate() == null && identity.matricule() != null && identity.key() != null) {
                add(new Mailbox(identity.matricule15() + "@" + PATIENT_DOMAIN,
                        identity.birthName() + " " + identity.firstNames().get(0), "MES", List.of(), null, null));
            }
        }
    }

    private static String label(TestProfessional professional) {
        String title = professional.exercises().get(0).professionCode().equals("10") ? "Dr " : "";
        return title + capitalised(professional.givenName()) + " " + professional.familyName();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private void add(Mailbox mailbox) {
        byAddress.put(mailbox.address(), mailbox);
    }

    Optional<Mailbox> find(String address) {
        return Optional.ofNullable(byAddress.get(address.toLowerCase(Locale.ROOT)));
    }

    List<Mailbox> all() {
        return List.copyOf(byAddress.values());
    }

    List<Mailbox> professionals() {
        List<Mailbox> list = new ArrayList<>();
        for (Mailbox mailbox : byAddress.values()) {
            if (!mailbox.type().equals("MES")) {
                list.add(mailbox);
            }
        }
        return list;
    }

    /** The personal mailbox of a PSC test professional. */
    Optional<Mailbox> ofProfessional(String nationalId) {
        return byAddress.values().stream().filter(m -> m.type().equals("PER") && m.owners().contains(nationalId))
                .findFirst();
    }

    static boolean inMssanteSpace(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
        return domain.equals("mssante.fr") || domain.endsWith(".mssante.fr");
    }
}
