package fr.galien.core.port;

import fr.galien.core.security.Caller;
import java.util.List;

/**
 * INSi teleservice (CNAM): retrieves the national health identity (specs §2.1). Implemented by the {@code ins}
 * module over SOAP 1.2; results are our own records, never the wire types.
 */
public interface InsiPort {

    /** Search by the traits typed from an ID document ({@code rechercherInsAvecTraitsIdentite}). */
    InsiResult searchByTraits(Caller caller, IdentityTraits traits);

    /** Outcome of a search: {@code CodeCR} 00 one identity, 01 none, 02 several. */
    record InsiResult(Outcome outcome, List<InsIdentity> identities) {
        public InsiResult {
            identities = List.copyOf(identities);
        }
    }

    enum Outcome { UNE_IDENTITE, AUCUNE_IDENTITE, PLUSIEURS_IDENTITES }

    /**
     * @param matricule 15 characters (13 + key)
     * @param oid       OID of the matricule's nature (NIR {@code 1.2.250.1.213.1.4.8}, NIA {@code .9}, test {@code .10})
     */
    record InsIdentity(String matricule, String oid, IdentityTraits traits) {
    }
}
