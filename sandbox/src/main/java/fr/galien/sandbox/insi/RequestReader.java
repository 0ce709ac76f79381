package fr.galien.sandbox.insi;

import fr.galien.kit.xml.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a request body into a query: first the XSD ({@link InsiSchemas}), then the service's functional rules,
 * stricter than the XSD where every element is optional and every value a plain string (specs §2.1: « all minOccurs
 * 0 in XSD but functionally required »). The functional rules are our reading of the contract, documented in
 * docs/sandbox.md: birth name, at least one first name, sex M|F and birth date required for a traits search; a
 * matricule (individual, or opening-rights with the birth rank) and the birth date for a Vitale search; names made
 * of letters, spaces, hyphens and apostrophes, at most {@value #MAX_NAME} characters.
 */
final class RequestReader {

    static final int MAX_NAME = 100;
    /** Result XSD DateLunaire, with months 00–12 and days 00–31 (00 for an unknown part). */
    private static final Pattern LUNAR_DATE = Pattern.compile("\\d{4}-(0\\d|1[0-2])-([0-2]\\d|3[01])");
    private static final Pattern COG = Pattern.compile("[A-Za-z0-9]{5}");
    /** Result XSD NIR: 13 characters, the 7th may be the letter of 2A/2B. */
    private static final Pattern MATRICULE = Pattern.compile("\\d{6}[A-Za-z0-9]\\d{6}");
    private static final Pattern KEY = Pattern.compile("\\d{2}");
    private static final Pattern RANK = Pattern.compile("\\d{1,2}");

    private RequestReader() {
    }

    static TraitsQuery traits(XmlNode body) throws SchemaViolationException {
        SchemaValidator.validate(body, InsiSchemas.RECSANSVITALE);
        String ns = InsiNames.RECSANS;
        String birthName = name(required(body, ns, "NomNaissance"), "NomNaissance");
        List<String> firstNames = new ArrayList<>();
        for (XmlNode prenom : body.children(ns, "Prenom")) {
            firstNames.add(name(prenom.text().strip(), "Prenom"));
        }
        if (firstNames.isEmpty()) {
            throw new SchemaViolationException("« Prenom » manque : au moins un prénom de naissance est attendu.");
        }
        String sex = required(body, ns, "Sexe");
        if (!sex.equals("M") && !sex.equals("F")) {
            throw new SchemaViolationException("« Sexe » vaut M ou F.");
        }
        String birthDate = birthDate(required(body, ns, "DateNaissance"));
        String birthPlace = null;
        Optional<String> place = body.childText(ns, "LieuNaissance");
        if (place.isPresent()) {
            if (!COG.matcher(place.get()).matches()) {
                throw new SchemaViolationException("« LieuNaissance » est un code COG de 5 caractères.");
            }
            birthPlace = place.get().toUpperCase(Locale.ROOT);
        }
        return new TraitsQuery(birthName, firstNames, sex, birthDate, birthPlace);
    }

    static VitaleQuery vitale(XmlNode body) throws SchemaViolationException {
        SchemaValidator.validate(body, InsiSchemas.RECVITALE);
        String ns = InsiNames.RECVIT;
        String individual = matricule(body.child(ns, "MatriculeIndividu"), "MatriculeIndividu");
        String openingRights = matricule(body.child(ns, "MatriculeOD"), "MatriculeOD");
        if (individual == null && openingRights == null) {
            throw new SchemaViolationException("« MatriculeIndividu » ou « MatriculeOD » est attendu.");
        }
        String birthDate = birthDate(required(body, ns, "DateNaissance"));
        String rank = null;
        Optional<String> rankText = body.childText(ns, "RangNaissance");
        if (rankText.isPresent()) {
            if (!RANK.matcher(rankText.get()).matches() || Integer.parseInt(rankText.get()) == 0) {
                throw new SchemaViolationException("« RangNaissance » est un nombre de 1 à 99.");
            }
            rank = Integer.toString(Integer.parseInt(rankText.get()));
        } else if (individual == null) {
            throw new SchemaViolationException(
                    "« RangNaissance » est attendu quand seul le matricule ouvrant droit est donné.");
        }
        String birthName = null;
        Optional<String> nameText = body.childText(ns, "NomNaissance");
        if (nameText.isPresent()) {
            birthName = name(nameText.get(), "NomNaissance");
        }
        return new VitaleQuery(individual, openingRights, birthName, birthDate, rank);
    }

    private static String required(XmlNode body, String ns, String element) throws SchemaViolationException {
        Optional<String> value = body.childText(ns, element);
        if (value.isEmpty() || value.get().isEmpty()) {
            throw new SchemaViolationException("« " + element + " » manque ou est vide.");
        }
        return value.get();
    }

    private static String name(String raw, String element) throws SchemaViolationException {
        String normalised = InsiText.normalise(raw);
        if (normalised.isEmpty()) {
            throw new SchemaViolationException("« " + element + " » est vide.");
        }
        if (normalised.length() > MAX_NAME) {
            throw new SchemaViolationException("« " + element + " » dépasse " + MAX_NAME + " caractères.");
        }
        if (!InsiText.NAME.matcher(normalised).matches()) {
            throw new SchemaViolationException("« " + element
                    + " » ne contient que des lettres, espaces, traits d'union et apostrophes.");
        }
        return normalised;
    }

    private static String birthDate(String value) throws SchemaViolationException {
        if (!LUNAR_DATE.matcher(value).matches()) {
            throw new SchemaViolationException("« DateNaissance » s'écrit AAAA-MM-JJ.");
        }
        return value;
    }

    private static String matricule(Optional<XmlNode> node, String element) throws SchemaViolationException {
        if (node.isEmpty()) {
            return null;
        }
        String ns = InsiNames.RECVIT;
        String number = node.get().childText(ns, "NumIdentifiant").orElse("");
        String key = node.get().childText(ns, "Cle").orElse("");
        if (!MATRICULE.matcher(number).matches()) {
            throw new SchemaViolationException("« " + element + "/NumIdentifiant » compte 13 caractères.");
        }
        if (!KEY.matcher(key).matches()) {
            throw new SchemaViolationException("« " + element + "/Cle » compte 2 chiffres.");
        }
        return (number + key).toUpperCase(Locale.ROOT);
    }
}
