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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns an INSi HTTP body into an {@link InsiAnswer}: a SOAP 1.2 envelope whose body holds either
 * {@code RESULTAT} ({@code INSi_RESULTAT_INS.xsd}) or a {@code Fault}. The XML is read by {@link SafeXmlReader}
 * (hostile input refused first); this class then checks the structure the XSD gives and maps it to the port's
 * records. Child order is not enforced (published answers put {@code DateDeb} on either side of
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

    private final SafeXmlReader reader;

    InsiResponseParser() {
        this(XmlLimits.DEFAULT);
    }

    InsiResponseParser(XmlLimits limits) {
        this.reader = new SafeXmlReader(limits);
    }

    InsiAnswer parse(byte[] body) {
        XmlNode envelope = reader.read(body);
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
            XmlNode content = bodyContent(reader.read(body));
            return content.is(SOAP12, "Fault") ? Optional.of(fault(content)) : Optional.empty();
        } catch (SegurException e) {
            return Optional.empty();
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
        String value = code.childText(SOAP12, "Value").map(InsiResponseParser::localPart)
                .orElseThrow(() -> new SegurException(InsiError.INS_0106, "Fault sans Code/Value"));
        String subcode = code.child(SOAP12, "Subcode").flatMap(s -> s.childText(SOAP12, "Value"))
                .map(InsiResponseParser::localPart).orElse(null);
        String reason = fault.child(SOAP12, "Reason").flatMap(r -> r.childText(SOAP12, "Text")).orElse(null);
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
        String libelle = cr.childText(RESULTAT, "LibelleCR").orElse("");
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
        return new InsMatricule(number + key, requiredText(ins, "OID"), id.childText(RESULTAT, "TypeMatricule")
                .orElse(null), date(ins, "DateDeb", where), date(ins, "DateFin", where));
    }

    private static LocalDate date(XmlNode parent, String name, String where) {
        Optional<String> text = parent.childText(RESULTAT, name);
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
        List<String> firstNames = tiq.childText(RESULTAT, "ListePrenom")
                .map(list -> Arrays.asList(SPACES.split(list)))
                .or(() -> tiq.childText(RESULTAT, "Prenom").map(List::of))
                .orElseThrow(() -> new SegurException(InsiError.INS_0110, "TIQ sans Prenom ni ListePrenom"));
        Sex sex = Sex.fromCode(requiredText(tiq, "Sexe"))
                .orElseThrow(() -> new SegurException(InsiError.INS_0110, "TIQ/Sexe inconnu"));
        BirthDate birthDate = BirthDate.parseIso(requiredText(tiq, "DateNaissance"))
                .orElseThrow(() -> new SegurException(InsiError.INS_0110, "TIQ/DateNaissance n'est pas une date"));
        String birthPlace = tiq.childText(RESULTAT, "LieuNaissance").orElse(null);
        return new IdentityTraits(birthName, firstNames, sex, birthDate, birthPlace);
    }

    private static XmlNode required(XmlNode parent, String name) {
        return parent.child(RESULTAT, name).orElseThrow(() -> new SegurException(InsiError.INS_0110,
                parent.localName() + " sans " + name));
    }

    private static String requiredText(XmlNode parent, String name) {
        return parent.childText(RESULTAT, name).orElseThrow(() -> new SegurException(InsiError.INS_0110,
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
