package fr.galien.core.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Name pools of the demo and benchmark generators. Every person built from them is invented: surnames and first
 * names are common words of French civil status, combined at random; nobody real is described.
 */
final class DemoNames {

    /** Surnames for the demo: accents, compounds, particles, apostrophes, several DUPO… for the search demo. */
    static final List<String> SURNAMES = List.of(
            "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
            "SIMON", "MICHEL", "LEFÈVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD",
            "BONNET", "DUPONT", "DUPOND", "DUPONTEL", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT", "MULLER",
            "FAURE", "ANDRÉ", "MERCIER", "BLANC", "GUÉRIN", "BOYER", "GARNIER", "CHEVALIER", "FRANÇOIS", "LEGRAND",
            "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLÉMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU",
            "GAUTIER", "MASSON", "MARCHAND", "DUVAL", "DENIS", "DUMONT", "MARIE", "LEMAIRE", "NOËL", "MEYER",
            "DUFOUR", "MEUNIER", "BRUN", "BLANCHARD", "GIRAUD", "JOLY", "RIVIÈRE", "LUCAS", "BRUNET", "GAILLARD",
            "BARBIER", "ARNAUD", "MARTINEZ", "GÉRARD", "ROCHE", "RENARD", "SCHMITT", "ROY", "LEROUX", "COLIN",
            "VIDAL", "CARON", "PICARD", "ROGER", "FABRE", "AUBERT", "LEMOINE", "RENAUD", "DUMAS", "LACROIX",
            "OLIVIER", "PHILIPPE", "BOURGEOIS", "PIERRE", "BENOÎT", "REY", "LECLERC", "PAYET", "ROLLAND", "LEBLANC",
            "LE GALL", "LE BRIS", "LE GOFF", "DE LA FONTAINE", "DE SAINT-EXUPÉRY", "DA SILVA", "VAN DER BEKE",
            "MARTIN-DUPONT", "LEROY-BEAULIEU", "DUBOIS-MÉNARD", "D'ARCY", "L'HERMITE", "D'ALMEIDA", "N'DIAMBO",
            "N'GOLÉ", "O'KERRIGAN", "DE L'ISLE", "BÉRANGER", "MÉNARD", "ÉTIENNE", "HÉBERT", "CÔTÉ", "PELLÉ");

    static final List<String> FEMALE = List.of(
            "Éloïse", "Anaïs", "Béatrice", "Hélène", "Marie", "Camille", "Léa", "Manon", "Chloé", "Inès", "Jade",
            "Louise", "Zoé", "Emma", "Alice", "Juliette", "Léna", "Clémence", "Margaux", "Noémie", "Sophie",
            "Isabelle", "Nathalie", "Sylvie", "Catherine", "Françoise", "Monique", "Geneviève", "Josiane", "Agnès",
            "Cécile", "Élise", "Maëlle", "Océane", "Gaëlle", "Anne", "Claire", "Thérèse", "Valérie", "Aurélie",
            "Marie-Thérèse", "Marie-Claire", "Anne-Sophie", "Marie-Noëlle", "Ève", "Joëlle", "Mélanie", "Noëlle",
            "Solène", "Héloïse");

    static final List<String> MALE = List.of(
            "François", "Noël", "Jean", "Pierre", "Louis", "Gabriel", "Léo", "Raphaël", "Arthur", "Jules", "Hugo",
            "Lucas", "Adam", "Nathan", "Théo", "Mathis", "Étienne", "Benoît", "Jérôme", "Stéphane", "Frédéric",
            "Michel", "Philippe", "Alain", "Bernard", "Gérard", "Christophe", "Sébastien", "Olivier", "Nicolas",
            "Loïc", "Gaëtan", "Joël", "Anthony", "Maël", "Cédric", "Thierry", "Denis", "Rémi", "Félix",
            "Jean-Pierre", "Jean-Luc", "Jean-François", "Pierre-Alain", "Marc-Antoine", "Jean-Noël", "Hervé",
            "Aurélien", "Timothée", "Mathéo");

    /**
     * COG codes of birth communes and countries: mainland, Corsica (2A/2B), overseas (97x) and abroad (99 +
     * country code: 99350 Maroc, 99109 Allemagne, 99134 Espagne, 99127 Italie, 99352 Algérie, 99100 is France
     * itself and never used as a birth place).
     */
    static final List<String> BIRTH_PLACES = List.of(
            "75056", "75115", "69123", "13055", "31555", "33063", "59350", "67482", "44109", "35238", "29019",
            "06088", "34172", "63113", "21231", "37261", "76540", "80021", "2A004", "2B033", "2A247", "97411",
            "97209", "97302", "99350", "99109", "99134", "99127", "99352");

    static final List<String> CITIES = List.of(
            "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Nantes", "Rennes",
            "Brest", "Nice", "Montpellier", "Clermont-Ferrand", "Dijon", "Tours", "Rouen", "Amiens", "Ajaccio",
            "Bastia", "Saint-Denis");

    static final List<String> STREETS = List.of(
            "rue des Lilas", "avenue de la République", "place de l'Église", "chemin des Écoliers",
            "boulevard Victor-Hugo", "allée des Tilleuls", "impasse du Moulin", "rue Jean-Jaurès");

    private static volatile List<String> benchmarkSurnames;
    private static volatile List<String> benchmarkFemale;
    private static volatile List<String> benchmarkMale;

    private DemoNames() {
    }

    /**
     * About 3,000 surnames: the demo ones first (the most frequent when drawn with a skew), then pseudo-French
     * names built from syllables, so that 1- to 6-letter prefixes are about as selective as in a real file.
     */
    static List<String> benchmarkSurnames() {
        List<String> cached = benchmarkSurnames;
        if (cached == null) {
            LinkedHashSet<String> names = new LinkedHashSet<>(SURNAMES);
            String[] onsets = {"BA", "BE", "BER", "BO", "BOU", "BRU", "CA", "CHA", "CHE", "CO", "DA", "DE", "DU",
                    "FA", "FER", "FO", "GA", "GAU", "GI", "GRA", "LA", "LE", "LI", "LO", "MA", "MAR", "ME", "MO",
                    "NA", "NO", "PA", "PE", "PI", "PO", "RA", "RE", "RI", "RO", "SA", "SI", "TA", "TE", "TI", "VA",
                    "VI"};
            String[] middles = {"", "RI", "NO", "LA", "VE", "DI"};
            String[] endings = {"NARD", "TIN", "PONT", "RAND", "REAU", "LIN", "CHET", "GNON", "TIER", "VIER",
                    "MONT", "BERT", "LET", "ROUX", "DIN", "GER", "CARD", "NET", "ZAC", "LOT"};
            List<String> synthetic = new ArrayList<>();
            for (String onset : onsets) {
                for (String middle : middles) {
                    for (String ending : endings) {
                        synthetic.add(onset + middle + ending);
                    }
                }
            }
            shuffle(synthetic, new SplittableRandom(2_500L));
            for (String name : synthetic) {
                if (names.size() >= 3_000) {
                    break;
                }
                names.add(name);
            }
            cached = List.copyOf(names);
            benchmarkSurnames = cached;
        }
        return cached;
    }

    /** About 250 female first names: the demo ones plus compounds (Marie-…, Anne-…, …-Rose) as civil status has. */
    static List<String> benchmarkFemaleNames() {
        List<String> cached = benchmarkFemale;
        if (cached == null) {
            LinkedHashSet<String> names = new LinkedHashSet<>(FEMALE);
            for (String female : FEMALE) {
                if (!female.contains("-")) {
                    names.add("Marie-" + female);
                    names.add("Anne-" + female);
                    names.add(female + "-Marie");
                    names.add(female + "-Rose");
                }
            }
            cached = first(names, 250);
            benchmarkFemale = cached;
        }
        return cached;
    }

    /** About 250 male first names: the demo ones plus compounds (Jean-…, Pierre-…, …-Louis). */
    static List<String> benchmarkMaleNames() {
        List<String> cached = benchmarkMale;
        if (cached == null) {
            LinkedHashSet<String> names = new LinkedHashSet<>(MALE);
            for (String male : MALE) {
                if (!male.contains("-")) {
                    names.add("Jean-" + male);
                    names.add(male + "-Marie");
                    names.add("Pierre-" + male);
                    names.add(male + "-Louis");
                    names.add("Paul-" + male);
                }
            }
            cached = first(names, 250);
            benchmarkMale = cached;
        }
        return cached;
    }

    private static List<String> first(LinkedHashSet<String> names, int max) {
        List<String> list = new ArrayList<>(names);
        return List.copyOf(list.subList(0, Math.min(list.size(), max)));
    }

    static void shuffle(List<String> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
