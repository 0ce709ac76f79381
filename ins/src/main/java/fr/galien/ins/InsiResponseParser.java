package fr.galien.ins;

import static fr.galien.ins.InsiWire.RESULTAT;
import static fr.galien.ins.InsiWire.SIRAM;
import static fr.galien.ins.InsiWire.SOAP11;
import static fr.galien.ins.InsiWire.SOAP12;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.CodeCr;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.InsiPort.InsMatricule;
import fr.galien.core.port.InsiPort.InsiResult;
import fr.galien.kit.xml.SafeXmlReader;
import fr.galien.kit.xml.XmlLimits;
import fr.galien.kit.xml.XmlNode;
import fr.galien.kit.xml.XmlRefusedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an INSi HTTP body into an {@link InsiAnswer}: a SOAP 1.2 envelope whose body holds either
 * {@code RESULTAT} ({@code INSi_RESULTAT_INS.xsd}) or a {@code Fault}. The XML is read by the kit's
 * {@link SafeXmlReader} (hostile input refused first: {@code INS-0105} not well-formed, {@code INS-0107} DOCTYPE or
 * entity, {@code INS-0108} beyond {@link #LIMITS}); this class then checks the structure the XSD gives and maps
 * it to the port's records. Child order is not enforced (published answers put {@code DateDeb} on either side of
 * {@code IdIndividu}); namespaces are.
 *
 * <p>A returned matricule is checked against the XSD pattern only, never on its key: one official test identity has
 * a key that does not verify (issue 4); the caller flags it. Every failure is a {@link SegurException} with an
 * {@code INS-01xx} code; details name elements, never values (they may be patient data).
 */
final class InsiResponseParser {

    /** {@code NIR} and {@code CLE} simple types of {@code INSi_RESULTAT_INS.xsd}. */
    private static final Pattern NUM_IDENTIFIANT = Pattern.compile("\\d{6}[A-Za-z0-9]\\d{6}");
    private static final Pattern CLE = Pattern.compile("[0-9]{2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * A real INSi answer is a few kilobytes, at most 9 levels deep (Envelope/Body/RESULTAT/INDIVIDU/INSHISTO/
     * IdIndividu/NumIdentifiant), its longest text is a fault reason of a few hundred characters and its elements carry
     * at most three attributes (siram:Erreur), so these bounds leave a wide margin.
     */
    static final XmlLimits LIMITS = new XmlLimits(128 * 1024, 32, 4096, 2000, 32);

    private final SafeXmlReader reader;

    InsiResponseParser() {
        this(LIMITS);
    }

    InsiResponseParser(XmlLimits limits) {
        this.reader = new SafeXmlReader(limits);
    }

    InsiAnswer parse(byte[] body) {
        XmlNode envelope = read(body);
        XmlNode content = bodyContent(envelope);
        if (content.is(SOAP12, "Fault")) {
            return new InsiAnswer.Fault(fault(content));
        }
        if (content.is(RESULTAT, "RESULTAT")) {
            return new InsiAnswer.Result(result(content));
        }
        throw new SegurException(InsiError.INS_0106, "élément " + content.qualifiedName() + " au lieu de RESULTAT");
    }

    /** A fault in a non-200 answer, if the body is one; anything else (HTML error page, garbage) gives empty. */
    Optional<SoapFault> faultOf(byte[] body) {
        try {
            XmlNode content = bodyContent(read(body));
            return content.is(SOAP12, "Fault") ? Optional.of(fault(content)) : Optional.empty();
        } catch (SegurException e) {
            return Optional.empty();
        }
    }

    private XmlNode read(byte[] body) {
        try {
            return reader.read(body);
        } catch (XmlRefusedException e) {
            InsiError code = switch (e.reason()) {
                case MALFORMED -> InsiError.INS_0105;
                case DECLARATION -> InsiError.INS_0107;
                case LIMIT -> InsiError.INS_0108;
            };
            throw new SegurException(code, e, e.detail());
        }
    }

    private static XmlNode bodyContent(XmlNode envelope) {
        if (envelope.is(SOAP11, "Envelope")) {
            throw new SegurException(InsiError.INS_0106, "enveloppe SOAP 1.1 au lieu de SOAP 1.2");
        }
        if (!envelope.is(SOAP12, "Envelope")) {
            throw new SegurException(InsiError.INS_0106, "élément racine " + envelope.qualifiedName());
        }
        XmlNode body = envelope.child(SOAP12, "Body")
                .orElseThrow(() -> new SegurException(InsiError.INS_0106, "enveloppe sans Body"));
        if (body.children().size() != 1) {
            throw new SegurException(InsiError.INS_0106, body.children().size() + " éléments dans Body au lieu d'un");
        }
        return body.children().get(0);
    }

    private static SoapFault fault(XmlNode fault) {
        XmlNode code = fault.child(SOAP12, "Code")
                .orElseThrow(() -> new SegurException(InsiError.INS_0106, "Fault sans Code"));
        String value = code.nonBlankChildText(SOAP12, "Value").map(InsiResponseParser::localPart)
                .orElseThrow(() -> new SegurException(InsiError.INS_0106, "Fault sans Code/Value"));
        String subcode = code.child(SOAP12, "Subcode").flatMap(s -> s.nonBlankChildText(SOAP12, "Value"))
                .map(InsiResponseParser::localPart).orElse(null);
        String reason = fault.child(SOAP12, "Reason").flatMap(r -> r.nonBlankChildText(SOAP12, "Text")).orElse(null);
        Optional<XmlNode> erreur = fault.child(SOAP12, "Detail").flatMap(d -> d.child(SIRAM, "Erreur"));
        return new SoapFault(value, subcode, reason,
                erreur.flatMap(e -> e.attribute("code")).orElse(null),
                erreur.flatMap(e -> e.attribute("severite")).orElse(null),
                erreur.flatMap(e -> e.attribute("messageID")).orElse(null),
                erreur.map(e -> e.text().strip()).filter(t -> !t.isEmpty()).orElse(null));
    }

    private static InsiResult result(XmlNode resultat) {
        XmlNode cr = required(resultat, "CR");
        String codeCr = requiredText(cr, "CodeCR");
        String libelle = cr.nonBlankChildText(RESULTAT, "LibelleCR").orElse("");
        CodeCr code = CodeCr.fromCode(codeCr).orElseThrow(() -> new SegurException(InsiError.INS_0109,
                printable(codeCr)));
        Optional<XmlNode> individu = resultat.child(RESULTAT, "INDIVIDU");
        if (code == CodeCr.UNE_IDENTITE && individu.isEmpty()) {
            throw new SegurException(InsiError.INS_0110, "CodeCR 00 sans INDIVIDU");
        }
        if (code != CodeCr.UNE_IDENTITE && individu.isPresent()) {
            throw new SegurException(InsiError.INS_0110, "INDIVIDU avec le CodeCR " + code.code());
        }
        return new InsiResult(code, libelle, individu.map(InsiResponseParser::identity));
    }

    private static InsIdentity identity(XmlNode individu) {
        InsMatricule active = matricule(required(individu, "INSACTIF"), "INSACTIF");
        List<InsMatricule> history = new ArrayList<>();
        for (XmlNode histo : individu.children(RESULTAT, "INSHISTO")) {
            history.add(matricule(histo, "INSHISTO"));
        }
        return new InsIdentity(active, history, traits(required(individu, "TIQ")));
    }

    private static InsMatricule matricule(XmlNode ins, String where) {
        XmlNode id = required(ins, "IdIndividu");
        String number = requiredText(id, "NumIdentifiant");
        String key = requiredText(id, "Cle");
        if (!NUM_IDENTIFIANT.matcher(number).matches() || !CLE.matcher(key).matches()) {
            throw new SegurException(InsiError.INS_0110, where + "/IdIndividu hors du format NIR du schéma");
        }
        return new InsMatricule(number + key, requiredText(ins, "OID"), id.nonBlankChildText(RESULTAT, "TypeMatricule")
                .orElse(null), date(ins, "DateDeb", where), date(ins, "DateFin", where));
    }

    private static LocalDate date(XmlNode parent, String name, String where) {
        Optional<String> text = parent.nonBlankChildText(RESULTAT, name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get());
        } catch (DateTimeParseException e) {
            throw new SegurException(InsiError.INS_0110, where + "/" + name + " n'est pas une date");
        }
    }

    private static IdentityTraits traits(XmlNode tiq) {
        String birthName = requiredText(tiq, "NomNaissance");
        // firstNames = ListePrenom split on spaces (its first entry is the Prenom); answers without ListePrenom
        // fall back to Prenom.
        List<String> firstNames = tiq.nonBlankChildText(RESULTAT, "ListePrenom")
                .map(list -> Arrays.asList(SPACES.split(list)))
                .or(() -> tiq.nonBlankChildText(RESULTAT, "Prenom").map(List::of))
                .orElseThrow(() -> new SegurException(InsiError.INS_0110, "TIQ sans Prenom ni ListePrenom"));
        Sex sex = Sex.fromCode(requiredText(tiq, "Sexe"))
                .orElseThrow(() -> new SegurException(InsiError.INS_0110, "TIQ/Sexe inconnu"));
        BirthDate birthDate = BirthDate.parseIso(requiredText(tiq, "DateNaissance"))
                .orElseThrow(() -> new SegurException(InsiError.INS_0110, "TIQ/DateNaissance n'est pas une date"));
        String birthPlace = tiq.nonBlankChildText(RESULTAT, "LieuNaissance").orElse(null);
        return new IdentityTraits(birthName, firstNames, sex, birthDate, birthPlace);
    }

    private static XmlNode required(XmlNode parent, String name) {
        return parent.child(RESULTAT, name).orElseThrow(() -> new SegurException(InsiError.INS_0110,
                parent.localName() + " sans " + name));
    }

    private static String requiredText(XmlNode parent, String name) {
        return parent.nonBlankChildText(RESULTAT, name).orElseThrow(() -> new SegurException(InsiError.INS_0110,
                parent.localName() + "/" + name + " absent ou vide"));
    }

    /** {@code soap:Sender} → {@code Sender}. */
    private static String localPart(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }

    /** A CodeCR is not patient data, but it is the service's text: keep it short and printable in the message. */
    private static String printable(String value) {
        String cleaned = value.replaceAll("[^\\p{Alnum}_-]", "?");
        return cleaned.length() > 10 ? cleaned.substring(0, 10) + "…" : cleaned;
    }
}
