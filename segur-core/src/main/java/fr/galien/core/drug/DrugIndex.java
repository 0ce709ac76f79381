package fr.galien.core.drug;

import fr.galien.core.drug.BdpmData.ConditionRow;
import fr.galien.core.drug.BdpmData.GenericRow;
import fr.galien.core.drug.BdpmData.MedicineRow;
import fr.galien.core.drug.BdpmData.PresentationRow;
import fr.galien.core.drug.BdpmData.SubstanceRow;
import fr.galien.core.search.SearchTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole catalogue in memory, built once per import (ADR 0025): look-ups by code are hash maps, search as you
 * type is a binary search in one sorted array of word prefixes — about 0.1 ms per keystroke on the 15,000 medicines
 * of the BDPM, where a {@code LIKE '%…%'} over the tables costs tens of milliseconds.
 *
 * <p>Words are the normalised ({@link SearchTokens#normalise}: lower case, no accents) words of the name and of the
 * substance names, plus the CIS, CIP13 and CIP7 codes; a query matches a medicine when each of its words is the
 * prefix of one of the medicine's words. Medicines are numbered in display order — commercialised first, then not
 * commercialised, then withdrawn, each by name — so a match set read in bit order is already sorted; within each of
 * these three groups, names starting with the query's first word come first.
 */
final class DrugIndex {

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int GROUPS = 3;
    private static final int SHORT_PREFIX = 2;

    private final Medicine[] medicines;
    private final String[] normalisedNames;
    private final String[] words;
    private final int[] owners;
    private final Map<String, Integer> byCis = new HashMap<>();
    private final Map<String, Integer> byCip13 = new HashMap<>();
    private final Map<String, Integer> byCip7 = new HashMap<>();
    private final Map<String, GenericGroup> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> groupsOfCis = new HashMap<>();
    private final String source;
    private final Map<String, BitSet> shortPrefixes = new java.util.concurrent.ConcurrentHashMap<>();

    private DrugIndex(String source, Medicine[] medicines) {
        this.source = source;
        this.medicines = medicines;
        this.normalisedNames = new String[medicines.length];
        List<Entry> entries = new ArrayList<>(medicines.length * 12);
        for (int i = 0; i < medicines.length; i++) {
            Medicine m = medicines[i];
            normalisedNames[i] = SearchTokens.normalise(m.name());
            byCis.put(m.cis(), i);
            Set<String> own = new java.util.HashSet<>();
            addWords(own, normalisedNames[i]);
            for (Substance s : m.substances()) {
                addWords(own, SearchTokens.normalise(s.name()));
            }
            own.add(m.cis());
            for (Presentation p : m.presentations()) {
                byCip13.put(p.cip13(), i);
                byCip7.put(p.cip7(), i);
                own.add(p.cip13());
                own.add(p.cip7());
            }
            for (String word : own) {
                entries.add(new Entry(word, i));
            }
        }
        Entry[] sorted = entries.toArray(new Entry[0]);
        Arrays.sort(sorted, (a, b) -> {
            int byWord = a.word().compareTo(b.word());
            return byWord != 0 ? byWord : Integer.compare(a.owner(), b.owner());
        });
        this.words = new String[sorted.length];
        this.owners = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            // Equal words are adjacent: share one String (a third of the index's memory), no intern() table.
            words[i] = i > 0 && sorted[i].word().equals(words[i - 1]) ? words[i - 1] : sorted[i].word();
            owners[i] = sorted[i].owner();
        }
    }

    private record Entry(String word, int owner) {
    }

    private static void addWords(Set<String> into, String normalised) {
        for (String word : NOT_WORD.split(normalised)) {
            if (!word.isEmpty()) {
                into.add(word);
            }
        }
    }

    /** Builds the index from stored rows; {@code withdrawn*} name what the last import no longer had. */
    static DrugIndex build(BdpmData data, Set<String> withdrawnMedicines, Set<String> withdrawnPresentations) {
        Map<String, List<PresentationRow>> presentations = new HashMap<>();
        for (PresentationRow p : data.presentations()) {
            presentations.computeIfAbsent(p.cis(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<Substance>> substances = new HashMap<>();
        for (SubstanceRow s : data.substances()) {
            substances.computeIfAbsent(s.cis(), k -> new ArrayList<>())
                    .add(new Substance(s.code(), s.name(), s.dosage(), s.reference(), s.nature(), s.element()));
        }
        Map<String, List<GenericMembership>> memberships = new HashMap<>();
        for (GenericRow g : data.generics()) {
            memberships.computeIfAbsent(g.cis(), k -> new ArrayList<>())
                    .add(new GenericMembership(g.groupId(), g.label(), g.type(), g.order()));
        }
        Map<String, List<String>> conditions = new HashMap<>();
        for (ConditionRow c : data.conditions()) {
            conditions.computeIfAbsent(c.cis(), k -> new ArrayList<>()).add(c.text());
        }
        List<Medicine> all = new ArrayList<>(data.medicines().size());
        for (MedicineRow m : data.medicines()) {
            boolean withdrawn = withdrawnMedicines.contains(m.cis());
            List<Presentation> boxes = new ArrayList<>();
            for (PresentationRow p : presentations.getOrDefault(m.cis(), List.of())) {
                boolean boxWithdrawn = withdrawn || withdrawnPresentations.contains(p.cip13());
                boolean marketed = !boxWithdrawn && p.status().startsWith("Présentation active")
                        && p.commercialisation().startsWith("Déclaration de commercialisation");
                boxes.add(new Presentation(p.cip13(), p.cip7(), p.cis(), p.label(), p.status(), p.commercialisation(),
                        marketed, p.reimbursementRate(), p.price(), p.priceWithFees(), boxWithdrawn));
            }
            boxes.sort(Comparator.comparing((Presentation p) -> !p.commercialised()).thenComparing(Presentation::cip13));
            List<String> texts = conditions.getOrDefault(m.cis(), List.of());
            all.add(new Medicine(m.cis(), m.name(), m.form(), m.routes(), m.authorisationStatus(),
                    m.commercialisation(), !withdrawn && "Commercialisée".equals(m.commercialisation()), withdrawn,
                    m.holder(), boxes, substances.getOrDefault(m.cis(), List.of()),
                    memberships.getOrDefault(m.cis(), List.of()), PrescriptionCondition.of(texts), texts));
        }
        // Sort keys computed once: normalising inside the comparator would cost ~400,000 Normalizer calls.
        Map<Medicine, String> keys = new java.util.IdentityHashMap<>();
        for (Medicine m : all) {
            keys.put(m, group(m) + SearchTokens.normalise(m.name()) + "\u0000" + m.cis());
        }
        all.sort(Comparator.comparing(keys::get));
        DrugIndex index = new DrugIndex(data.source(), all.toArray(new Medicine[0]));
        index.buildGroups(data.generics());
        return index;
    }

    private void buildGroups(List<GenericRow> rows) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<GenericGroup.Member>> members = new HashMap<>();
        for (GenericRow g : rows) {
            labels.putIfAbsent(g.groupId(), g.label());
            Integer at = byCis.get(g.cis());
            if (at == null) {
                continue; // a medicine no longer in the BDPM: nothing to dispense
            }
            Medicine m = medicines[at];
            members.computeIfAbsent(g.groupId(), k -> new ArrayList<>()).add(new GenericGroup.Member(m.cis(),
                    m.name(), g.type(), m.commercialised(), m.withdrawn(), g.order()));
            List<String> ofCis = groupsOfCis.computeIfAbsent(m.cis(), k -> new ArrayList<>());
            if (!ofCis.contains(g.groupId())) {
                ofCis.add(g.groupId());
            }
        }
        for (Map.Entry<String, String> group : labels.entrySet()) {
            List<GenericGroup.Member> list = new ArrayList<>(members.getOrDefault(group.getKey(), List.of()));
            list.sort(Comparator.comparingInt((GenericGroup.Member m) -> m.type() == GenericType.PRINCEPS ? 0 : 1)
                    .thenComparing(m -> !m.commercialised())
                    .thenComparingInt(GenericGroup.Member::order)
                    .thenComparing(GenericGroup.Member::name));
            groups.put(group.getKey(), new GenericGroup(group.getKey(), group.getValue(), list));
        }
    }

    private static int group(Medicine m) {
        return m.withdrawn() ? 2 : m.commercialised() ? 0 : 1;
    }

    String source() {
        return source;
    }

    int size() {
        return medicines.length;
    }

    int presentationCount() {
        return byCip13.size();
    }

    int wordCount() {
        return words.length;
    }

    Optional<Medicine> byCis(String cis) {
        Integer at = cis == null ? null : byCis.get(cis.strip());
        return at == null ? Optional.empty() : Optional.of(medicines[at]);
    }

    Optional<Medicine> byCip13(String cip13) {
        Integer at = cip13 == null ? null : byCip13.get(cip13.strip());
        return at == null ? Optional.empty() : Optional.of(medicines[at]);
    }

    Optional<Medicine> byCip7(String cip7) {
        Integer at = cip7 == null ? null : byCip7.get(cip7.strip());
        return at == null ? Optional.empty() : Optional.of(medicines[at]);
    }

    List<GenericGroup> genericGroupsOf(String cis) {
        List<GenericGroup> found = new ArrayList<>();
        for (String id : groupsOfCis.getOrDefault(cis, List.of())) {
            found.add(groups.get(id));
        }
        return found;
    }

    Optional<GenericGroup> genericGroup(String groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    /** The medicines matching {@code text}, best first, at most {@code limit}. */
    List<Medicine> search(String text, int limit) {
        if (text == null || limit < 1) {
            return List.of();
        }
        String[] query = Arrays.stream(NOT_WORD.split(SearchTokens.normalise(text)))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (query.length == 0) {
            return List.of();
        }
        List<Medicine> exact = exactCode(query);
        // Longest word first: the most selective, so the intersections stay small.
        String[] byLength = query.clone();
        Arrays.sort(byLength, Comparator.comparingInt(String::length).reversed());
        BitSet matches = null;
        for (String word : byLength) {
            BitSet owners = owners(word);
            if (matches == null) {
                matches = owners;
            } else {
                matches.and(owners);
            }
            if (matches.isEmpty()) {
                break;
            }
        }
        String first = query[0];
        List<List<Medicine>> tiers = new ArrayList<>(GROUPS * 2);
        for (int i = 0; i < GROUPS * 2; i++) {
            tiers.add(new ArrayList<>());
        }
        for (int i = matches.nextSetBit(0); i >= 0; i = matches.nextSetBit(i + 1)) {
            Medicine m = medicines[i];
            int tier = group(m) * 2 + (normalisedNames[i].startsWith(first) ? 0 : 1);
            List<Medicine> bucket = tiers.get(tier);
            if (bucket.size() < limit) {
                bucket.add(m);
                if (tier == 0 && bucket.size() == limit) {
                    break; // nothing later can rank better
                }
            }
        }
        List<Medicine> result = new ArrayList<>(Math.min(limit, matches.cardinality() + exact.size()));
        result.addAll(exact);
        for (List<Medicine> tier : tiers) {
            for (Medicine m : tier) {
                if (result.size() >= limit) {
                    return result;
                }
                if (exact.isEmpty() || !exact.contains(m)) {
                    result.add(m);
                }
            }
        }
        return result.size() > limit ? result.subList(0, limit) : result;
    }

    /** A whole code typed or scanned (CIS, CIP13, CIP7, GTIN-14 of a CIP13) comes first. */
    private List<Medicine> exactCode(String[] query) {
        if (query.length != 1 || !DIGITS.matcher(query[0]).matches()) {
            return List.of();
        }
        String code = query[0];
        Optional<Medicine> found = switch (code.length()) {
            case 7 -> byCip7(code);
            case 8 -> byCis(code);
            case 13 -> byCip13(code);
            case 14 -> code.startsWith("0") ? byCip13(code.substring(1)) : Optional.empty();
            default -> Optional.empty();
        };
        return found.map(List::of).orElse(List.of());
    }

    /** The first position whose word is not below {@code key} (words repeat: one per medicine having it). */
    private int lowerBound(String key) {
        int low = 0;
        int high = words.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (words[mid].compareTo(key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The medicines one of whose words starts with {@code prefix} (a copy: the caller may change it). */
    private BitSet owners(String prefix) {
        if (prefix.length() <= SHORT_PREFIX) {
            // One or two letters match thousands of words: computed once each, then copied (a few microseconds).
            return (BitSet) shortPrefixes.computeIfAbsent(prefix, this::scan).clone();
        }
        return scan(prefix);
    }

    private BitSet scan(String prefix) {
        BitSet set = new BitSet(medicines.length);
        int at = lowerBound(prefix);
        while (at < words.length && words[at].startsWith(prefix)) {
            set.set(owners[at]);
            at++;
        }
        return set;
    }
}
