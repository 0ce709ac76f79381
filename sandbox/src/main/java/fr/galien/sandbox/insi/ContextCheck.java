package fr.galien.sandbox.insi;

import fr.galien.kit.xml.XmlNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the SOAP headers the INSi binding declares (WSDL parts NO1_ContexteBAM, NO1_ContexteLPS, NO1_MessageID,
 * NO1_Security; specs §2.1 « SOAP headers »): exactly one ContexteBAM and one ContexteLPS valid against their XSD,
 * a ContexteLPS naming the software (IDAM, Version, Instance, Nom: what the service authorises), one wsa:Action
 * among the two operations, one non-empty wsa:MessageID, and a wsse:Security, when present, made of SAML
 * assertions (not verified: the sandbox has no CPS chain; the TLS-authenticated variant sends none) or of exactly
 * one {@code wsse:BinarySecurityToken} of {@code ValueType} {@link InsiNames#PSC_TOKEN_TYPE}: the PSC access token
 * of the sandbox contract (ADR 0022), returned for {@link PscTokenCheck}.
 */
final class ContextCheck {

    /** Header blocks this service understands (SOAP 1.2 mustUnderstand): the binding's, plus WS-Addressing's. */
    private static final Set<String> UNDERSTOOD = Set.of(
            "{" + InsiNames.CTXBAM + "}ContexteBAM", "{" + InsiNames.CTXLPS + "}ContexteLPS",
            "{" + InsiNames.WSSE + "}Security", "{" + InsiNames.WSA + "}Action", "{" + InsiNames.WSA + "}MessageID",
            "{" + InsiNames.WSA + "}To", "{" + InsiNames.WSA + "}From", "{" + InsiNames.WSA + "}ReplyTo",
            "{" + InsiNames.WSA + "}FaultTo", "{" + InsiNames.WSA + "}RelatesTo");

    private ContextCheck() {
    }

    /** The wsa:MessageID, read before anything else so that every fault can echo it. */
    static Optional<String> messageId(List<XmlNode> headers) {
        List<XmlNode> ids = blocks(headers, InsiNames.WSA, "MessageID");
        if (ids.size() != 1 || ids.get(0).text().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ids.get(0).text().strip());
    }

    /** The requested action, from wsa:Action; faults when it is missing or not one of the WSDL's operations. */
    static String action(List<XmlNode> headers, String contentTypeAction) {
        List<XmlNode> actions = blocks(headers, InsiNames.WSA, "Action");
        if (actions.size() != 1) {
            throw InsiFault.OPERATION_INCONNUE.raise(actions.isEmpty()
                    ? "L'en-tête wsa:Action manque." : "L'en-tête wsa:Action est répété.");
        }
        String action = actions.get(0).text().strip();
        if (!action.equals(InsiNames.ACTION_TRAITS) && !action.equals(InsiNames.ACTION_VITALE)) {
            throw InsiFault.OPERATION_INCONNUE.raise("Action inconnue : « " + action + " ».");
        }
        if (contentTypeAction != null && !contentTypeAction.equals(action)) {
            throw InsiFault.OPERATION_INCONNUE.raise(
                    "Le paramètre action du Content-Type ne correspond pas à l'en-tête wsa:Action.");
        }
        return action;
    }

    /** @return the PSC access token of the {@code wsse:Security} header, when it carries one */
    static Optional<String> check(List<XmlNode> headers, Set<String> unknownIdams) {
        for (XmlNode header : headers) {
            String mustUnderstand = header.attributes().get("{" + InsiNames.SOAP12 + "}mustUnderstand");
            boolean must = "true".equals(mustUnderstand) || "1".equals(mustUnderstand);
            if (must && !UNDERSTOOD.contains("{" + header.namespace() + "}" + header.localName())) {
                throw InsiFault.EN_TETE_INCOMPRIS.raise("En-tête non compris : « " + header.localName() + " ».");
            }
        }
        if (messageId(headers).isEmpty()) {
            throw InsiFault.CONTEXTE_INVALIDE.raise("L'en-tête wsa:MessageID manque, est vide ou répété.");
        }
        XmlNode bam = single(headers, InsiNames.CTXBAM, "ContexteBAM");
        XmlNode lps = single(headers, InsiNames.CTXLPS, "ContexteLPS");
        validate(bam, InsiSchemas.CONTEXTE_BAM);
        validate(lps, InsiSchemas.CONTEXTE_LPS);
        checkSoftware(lps, unknownIdams);
        List<XmlNode> security = blocks(headers, InsiNames.WSSE, "Security");
        if (security.size() > 1) {
            throw InsiFault.CONTEXTE_INVALIDE.raise("L'en-tête wsse:Security est répété.");
        }
        return security.size() == 1 ? checkSecurity(security.get(0)) : Optional.empty();
    }

    private static void checkSoftware(XmlNode lps, Set<String> unknownIdams) {
        String ns = InsiNames.CTXLPS;
        Optional<XmlNode> software = lps.child(ns, "LPS");
        String idam = software.flatMap(node -> node.childText(ns, "IDAM")).orElse("");
        if (idam.isEmpty() || unknownIdams.contains(idam)) {
            throw InsiFault.IDAM_INCONNU.raise("Numéro d'autorisation du logiciel inconnu.");
        }
        for (String element : List.of("Version", "Instance", "Nom")) {
            if (software.get().childText(ns, element).orElse("").isEmpty()) {
                throw InsiFault.CONTEXTE_INVALIDE.raise("ContexteLPS/LPS/" + element + " manque ou est vide.");
            }
        }
    }

    private static Optional<String> checkSecurity(XmlNode security) {
        List<XmlNode> children = security.children();
        if (children.size() == 1 && children.get(0).is(InsiNames.WSSE, "BinarySecurityToken")) {
            XmlNode token = children.get(0);
            if (!InsiNames.PSC_TOKEN_TYPE.equals(token.attributes().get("ValueType"))) {
                throw InsiFault.CONTEXTE_INVALIDE.raise("wsse:BinarySecurityToken d'un type inconnu du service.");
            }
            return Optional.of(token.text().strip());
        }
        boolean assertionsOnly = !security.children().isEmpty() && security.children().stream()
                .allMatch(child -> child.is(InsiNames.SAML, "Assertion"));
        if (!assertionsOnly) {
            throw InsiFault.CONTEXTE_INVALIDE.raise(
                    "L'en-tête wsse:Security doit contenir une ou plusieurs assertions SAML 2.0.");
        }
        return Optional.empty();
    }

    private static XmlNode single(List<XmlNode> headers, String ns, String name) {
        List<XmlNode> found = blocks(headers, ns, name);
        if (found.size() != 1) {
            throw InsiFault.CONTEXTE_INVALIDE.raise(found.isEmpty()
                    ? "L'en-tête " + name + " manque." : "L'en-tête " + name + " est répété.");
        }
        return found.get(0);
    }

    private static void validate(XmlNode header, ElementRule rule) {
        try {
            SchemaValidator.validate(header, rule);
        } catch (SchemaViolationException e) {
            throw InsiFault.CONTEXTE_INVALIDE.raise(e.getMessage());
        }
    }

    private static List<XmlNode> blocks(List<XmlNode> headers, String ns, String name) {
        return headers.stream().filter(header -> header.is(ns, name)).toList();
    }
}
