package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.search.SearchTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The similarity score of two patients (0–100) with its reasons. Pure: no database, no clock.
 *
 * <p>The INS decides when it can (specs §2.5): the same matricule is the same person (100); two different
 * <em>qualified</em> matricules are two people (0, whatever the traits say); two different matricules that are not
 * both qualified (an INSi answer not yet checked against an ID document, an NIA later replaced by an NIR) weigh
 * against, {@value #DIFFERENT_MATRICULES_PENALTY} points.
 *
 * <p>Otherwise the traits add up to 100: birth name {@value #NAME_POINTS}, first names {@value #FIRST_NAME_POINTS},
 * birth date {@value #BIRTH_DATE_POINTS}, sex {@value #SEX_POINTS}, birth place {@value #BIRTH_PLACE_POINTS}. Names
 * count through Jaro-Winkler ({@link NameSimilarity}: case, accents, spaces and hyphens ignored) from
 * {@value #NAME_FLOOR} (nothing) to 1 (all). Birth dates forgive what the counter gets wrong: an unknown day or
 * month ({@code 00}, INSi "lunar" dates), day and month swapped, one digit mistyped or two neighbours swapped.
 * Twins and homonyms are what this score must not flag: a clearly different name, first name or birth date caps
 * it at {@value #CAP_ON_DIFFERENCE}, below the worklist's default threshold, two of them at
 * {@value #CAP_ON_DIFFERENCES}.
 */
public final class DuplicateScorer {

    /** Below this score a pair is not worth a look; the worklist's and the CLI's default. */
    public static final int DEFAULT_THRESHOLD = 70;

    static final int NAME_POINTS = 30;
    static final int FIRST_NAME_POINTS = 25;
    static final int BIRTH_DATE_POINTS = 25;
    static final int SEX_POINTS = 10;
    static final int BIRTH_PLACE_POINTS = 10;
    static final int CAP_ON_DIFFERENCE = 50;
    static final int CAP_ON_DIFFERENCES = 25;
    static final int DIFFERENT_MATRICULES_PENALTY = 20;
    static final double NAME_FLOOR = 0.80;

    /** Fractions of the name points: one person's used name is the other's birth name (a married name typed as birth name). */
    private static final double CROSSED_NAME_CREDIT = 0.8;
    private static final double SAME_FIRST_FIRST_NAME_CREDIT = 0.9;
    /** One first name in common at another place ("Marie Claire" / "Claire"). */
    private static final double SHARED_FIRST_NAME_CREDIT = 0.7;
    private static final int PARTIAL_DATE_POINTS = 20;
    private static final int SWAPPED_DATE_POINTS = 20;
    /** A typo is weak evidence: random homonyms born ten years apart are one digit apart too. */
    private static final int DATE_TYPO_POINTS = 10;
    private static final int PARTIAL_DATE_TYPO_POINTS = 5;

    private DuplicateScorer() {
    }

    public static Similarity score(Patient a, Patient b) {
        return score(DuplicateCandidate.of(a), DuplicateCandidate.of(b));
    }

    public static Similarity score(DuplicateCandidate a, DuplicateCandidate b) {
        return score(new Form(a), new Form(b));
    }

    /**
     * A candidate with its names reduced once ({@link SearchTokens#compact}): detection scores each patient against
     * several others, and reducing names costs more than comparing them.
     */
    static final class Form {
        final DuplicateCandidate candidate;
        final String birthName;
        final String usedName;
        final List<String> firstNames;
        final String joinedFirstNames;
        /** yyyyMMdd ({@code 00} kept), or "" without a date: BirthDate.toIso goes through String.format, too slow here. */
        final String dateDigits;

        Form(DuplicateCandidate candidate) {
            this(candidate, SearchTokens::compact);
        }

        /** With {@code compact} = {@link SearchTokens#compact} or a cache of it (names repeat across patients). */
        Form(DuplicateCandidate candidate, UnaryOperator<String> compact) {
            this.candidate = candidate;
            this.birthName = compact.apply(candidate.birthName());
            this.usedName = candidate.usedName() == null ? "" : compact.apply(candidate.usedName());
            List<String> reduced = new ArrayList<>(candidate.firstNames().size());
            for (String name : candidate.firstNames()) {
                reduced.add(compact.apply(name));
            }
            this.firstNames = reduced;
            this.joinedFirstNames = String.join("", firstNames);
            BirthDate date = candidate.birthDate();
            this.dateDigits = date == null ? "" : Integer.toString(date.year() * 10_000 + date.month() * 100 + date.day());
        }

        String firstFirstName() {
            return firstNames.isEmpty() ? "" : firstNames.get(0);
        }
    }

    static Similarity score(Form formA, Form formB) {
        DuplicateCandidate a = formA.candidate;
        DuplicateCandidate b = formB.candidate;
        List<MatchReason> reasons = new ArrayList<>();
        double names = names(formA, formB, reasons);
        double firstNames = firstNames(formA, formB, reasons);
        int date = birthDate(formA, formB, reasons);
        int sex = sex(a.sex(), b.sex(), reasons);
        int place = birthPlace(a.birthPlaceCode(), b.birthPlaceCode(), reasons);

        int traits = (int) Math.round(names + firstNames + date + sex + place);
        int differences = (names == 0 ? 1 : 0) + (firstNames == 0 ? 1 : 0) + (date == 0 ? 1 : 0);
        if (differences == 1) {
            traits = Math.min(traits, CAP_ON_DIFFERENCE);
        } else if (differences > 1) {
            traits = Math.min(traits, CAP_ON_DIFFERENCES);
        }
        if (a.matricule() == null || b.matricule() == null) {
            return new Similarity(traits, reasons);
        }
        if (sameMatricule(a.matricule(), b.matricule())) {
            reasons.add(0, MatchReason.SAME_MATRICULE);
            return new Similarity(100, reasons);
        }
        if (a.qualified() && b.qualified()) {
            reasons.add(0, MatchReason.DIFFERENT_QUALIFIED_MATRICULES);
            return new Similarity(0, reasons);
        }
        reasons.add(0, MatchReason.DIFFERENT_MATRICULES);
        return new Similarity(Math.max(0, traits - DIFFERENT_MATRICULES_PENALTY), reasons);
    }

    /** The 13 digits identify the person; the 2-digit key is derived from them. */
    public static boolean sameMatricule(String a, String b) {
        return a.length() >= 13 && b.length() >= 13 && a.substring(0, 13).equalsIgnoreCase(b.substring(0, 13));
    }

    private static double names(Form a, Form b, List<MatchReason> reasons) {
        double birth = NameSimilarity.jaroWinkler(a.birthName, b.birthName);
        double crossed = Math.max(similarity(a.usedName, b.birthName), similarity(a.birthName, b.usedName));
        double used = similarity(a.usedName, b.usedName);
        double birthPoints = NAME_POINTS * credit(birth);
        double crossedPoints = NAME_POINTS * CROSSED_NAME_CREDIT * credit(crossed);
        double usedPoints = NAME_POINTS * CROSSED_NAME_CREDIT * credit(used);
        if (birthPoints == 0 && crossedPoints == 0 && usedPoints == 0) {
            reasons.add(MatchReason.DIFFERENT_NAMES);
            return 0;
        }
        if (birthPoints >= crossedPoints && birthPoints >= usedPoints) {
            reasons.add(birthPoints == NAME_POINTS ? MatchReason.SAME_BIRTH_NAME : MatchReason.SIMILAR_BIRTH_NAMES);
            return birthPoints;
        }
        if (crossedPoints >= usedPoints) {
            reasons.add(MatchReason.CROSSED_NAMES);
            return crossedPoints;
        }
        reasons.add(MatchReason.SAME_USED_NAME);
        return usedPoints;
    }

    private static double firstNames(Form a, Form b, List<MatchReason> reasons) {
        List<String> left = a.firstNames;
        List<String> right = b.firstNames;
        // "Jean-Pierre" and "Jean Pierre", "Marie Thérèse" and "Marie-Thérèse": one list, written two ways.
        if (!left.isEmpty() && a.joinedFirstNames.equals(b.joinedFirstNames)) {
            reasons.add(MatchReason.SAME_FIRST_NAMES);
            return FIRST_NAME_POINTS;
        }
        // Lists that differ: even an identical first first name leaves a doubt (a second first name missing or added).
        double firstSimilarity = NameSimilarity.jaroWinkler(a.firstFirstName(), b.firstFirstName());
        double first = FIRST_NAME_POINTS * SAME_FIRST_FIRST_NAME_CREDIT * credit(firstSimilarity);
        double shared = shareAName(left, right) ? FIRST_NAME_POINTS * SHARED_FIRST_NAME_CREDIT : 0;
        double best = Math.max(first, shared);
        if (best == 0) {
            reasons.add(MatchReason.DIFFERENT_FIRST_NAMES);
        } else if (best == first) {
            reasons.add(credit(firstSimilarity) == 1 ? MatchReason.SAME_FIRST_FIRST_NAME
                    : MatchReason.SIMILAR_FIRST_NAMES);
        } else {
            reasons.add(MatchReason.FIRST_NAMES_REORDERED);
        }
        return best;
    }

    private static boolean shareAName(List<String> left, List<String> right) {
        for (String name : left) {
            if (!name.isEmpty() && right.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static int birthDate(Form formA, Form formB, List<MatchReason> reasons) {
        BirthDate a = formA.candidate.birthDate();
        BirthDate b = formB.candidate.birthDate();
        if (a == null || b == null) {
            reasons.add(MatchReason.DIFFERENT_BIRTH_DATES);
            return 0;
        }
        if (a.equals(b) && a.isComplete()) {
            reasons.add(MatchReason.SAME_BIRTH_DATE);
            return BIRTH_DATE_POINTS;
        }
        if (compatiblePartial(a, b)) {
            reasons.add(MatchReason.COMPATIBLE_PARTIAL_BIRTH_DATES);
            return PARTIAL_DATE_POINTS;
        }
        if (a.year() == b.year() && a.isComplete() && b.isComplete() && a.day() == b.month() && a.month() == b.day()) {
            reasons.add(MatchReason.SWAPPED_DAY_AND_MONTH);
            return SWAPPED_DATE_POINTS;
        }
        if (oneTypoApart(formA.dateDigits, formB.dateDigits)) {
            reasons.add(MatchReason.BIRTH_DATE_TYPO);
            return a.isComplete() && b.isComplete() ? DATE_TYPO_POINTS : PARTIAL_DATE_TYPO_POINTS;
        }
        reasons.add(MatchReason.DIFFERENT_BIRTH_DATES);
        return 0;
    }

    /** Same year, and month and day equal wherever both are known ({@code 00} = unknown); equal partial dates too. */
    static boolean compatiblePartial(BirthDate a, BirthDate b) {
        return a.year() == b.year()
                && (a.month() == 0 || b.month() == 0 || a.month() == b.month())
                && (a.day() == 0 || b.day() == 0 || a.day() == b.day());
    }

    /** One character different, or two neighbouring characters swapped (1961 / 1916). */
    static boolean oneTypoApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (count == 0) {
                    first = i;
                }
                count++;
            }
        }
        if (count == 1) {
            return true;
        }
        return count == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
    }

    private static int sex(Sex a, Sex b, List<MatchReason> reasons) {
        if (a == null || b == null || a == Sex.I || b == Sex.I) {
            return a == b ? SEX_POINTS : SEX_POINTS / 2;
        }
        if (a == b) {
            return SEX_POINTS;
        }
        reasons.add(MatchReason.DIFFERENT_SEX);
        return 0;
    }

    private static int birthPlace(String a, String b, List<MatchReason> reasons) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return BIRTH_PLACE_POINTS / 2; // unknown: neither for nor against
        }
        if (a.strip().equalsIgnoreCase(b.strip())) {
            reasons.add(MatchReason.SAME_BIRTH_PLACE);
            return BIRTH_PLACE_POINTS;
        }
        reasons.add(MatchReason.DIFFERENT_BIRTH_PLACES);
        return 0;
    }

    /** 0 at or below {@link #NAME_FLOOR}, 1 for identical names, linear between. */
    static double credit(double similarity) {
        if (similarity >= 0.999_999) {
            return 1;
        }
        return Math.max(0, (similarity - NAME_FLOOR) / (1 - NAME_FLOOR));
    }

    /** Of two reduced names, 0 when either is missing (no used name is no evidence). */
    private static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return NameSimilarity.jaroWinkler(a, b);
    }
}
