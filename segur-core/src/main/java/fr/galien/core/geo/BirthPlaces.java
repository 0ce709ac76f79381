package fr.galien.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Birth places by name: Galien's own compact copy of the INSEE's official geographic code (communes, old communes,
 * arrondissements, countries), built from the official CSV files by {@code galien cog build} (see {@link CogBuilder})
 * and carried as the resource {@value #RESOURCE}; nothing outside Galien is read at run time.
 *
 * <p>A search is a scan of some 38,000 short names held in memory (about a millisecond): every word typed must start
 * a word of the place's name (« st malo » finds Saint-Malo, « arbign » the old commune of Arbignieu); exact names come
 * first, then names starting with what was typed, communes in force before old communes and countries.
 */
public final class BirthPlaces {

    public static final String RESOURCE = "/fr/galien/core/geo/cog.tsv.gz";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern CODE = Pattern.compile("(?i)\\d{5}|2[AB]\\d{3}");
    private static final Map<String, String> ABBREVIATIONS = Map.of("ST", "SAINT", "STE", "SAINTE", "STS", "SAINTS",
            "STES", "SAINTES");

    private final List<Entry> entries;
    private final Map<String, BirthPlace> byCode = new HashMap<>();

    /** A place and the normalized names it is searched by (its name first, then a country's other names). */
    private record Entry(BirthPlace place, List<String> names, List<String[]> words) {
    }

    private static final class Holder {
        private static final BirthPlaces SHARED = load();
    }

    /** Set once the shared copy is read, so screens can ask without waiting for it. */
    private static volatile BirthPlaces loaded;

    private BirthPlaces(List<BirthPlace> places) {
        this(places, Map.of());
    }

    private BirthPlaces(List<BirthPlace> places, Map<BirthPlace, List<String>> aliases) {
        entries = new ArrayList<>(places.size());
        for (BirthPlace place : places) {
            List<String> names = new ArrayList<>();
            names.add(normalize(place.name()));
            for (String alias : aliases.getOrDefault(place, List.of())) {
                names.add(normalize(alias));
            }
            entries.add(new Entry(place, names, names.stream().map(BirthPlaces::words).toList()));
            // The commune in force wins over an old commune or a territory sharing its code.
            byCode.merge(place.code(), place, (kept, other) -> rank(other) < rank(kept) ? other : kept);
        }
    }

    /** The copy carried by Galien, read once. */
    public static BirthPlaces shared() {
        BirthPlaces shared = Holder.SHARED;
        loaded = shared;
        return shared;
    }

    /**
     * The shared copy when it has been read already; empty otherwise (a screen shows the code meanwhile and never
     * waits for the read on its own thread).
     */
    public static Optional<BirthPlaces> ifLoaded() {
        return Optional.ofNullable(loaded);
    }

    /** Reads the shared copy on a background thread (once); completes with it. */
    public static java.util.concurrent.CompletableFuture<BirthPlaces> loadInBackground() {
        return java.util.concurrent.CompletableFuture.supplyAsync(BirthPlaces::shared);
    }

    /** Reads the resource built by {@code galien cog build}. */
    static BirthPlaces load() {
        try (InputStream in = BirthPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + ": run galien cog build");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the compact format ({@link CogBuilder#write}): one place a line, tab-separated. */
    static BirthPlaces read(InputStream in) throws IOException {
        List<BirthPlace> places = new ArrayList<>(40_000);
        Map<BirthPlace, List<String>> aliases = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            BirthPlace place = new BirthPlace(CogBuilder.kindOf(f[0]), f[1], f[2], f[3], f.length > 4 ? f[4] : "");
            places.add(place);
            if (f.length > 5 && !f[5].isEmpty()) {
                aliases.put(place, List.of(f[5].split("\\|")));
            }
        }
        return new BirthPlaces(places, aliases);
    }

    /** Builds a finder over places given directly (tests, the builder's check). */
    public static BirthPlaces of(List<BirthPlace> places) {
        return new BirthPlaces(places);
    }

    public int size() {
        return entries.size();
    }

    /** The place a code names (the commune in force when an old commune shares it). */
    public Optional<BirthPlace> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** True when {@code text} has the shape of a COG code (5 digits, or 2A/2B and 3 digits). */
    public static boolean looksLikeCode(String text) {
        return text != null && CODE.matcher(text.strip()).matches();
    }

    /**
     * The places whose name matches {@code query}, best first, at most {@code limit}. A typed code finds its place.
     */
    public List<BirthPlace> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        if (looksLikeCode(query)) {
            return byCode(query).map(List::of).orElse(List.of());
        }
        String normalized = normalize(query);
        String[] typed = words(normalized);
        if (typed.length == 0) {
            return List.of();
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : entries) {
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < entry.names().size(); i++) {
                if (matches(typed, entry.words().get(i))) {
                    String name = entry.names().get(i);
                    int score = name.equals(normalized) ? 0 : name.startsWith(normalized) ? 1 : 2;
                    best = Math.min(best, score);
                }
            }
            if (best != Integer.MAX_VALUE) {
                found.add(new Scored(entry.place(), best * 10 + rank(entry.place()), entry.names().get(0)));
            }
        }
        found.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::joined)
                .thenComparing(scored -> scored.place().code()));
        return found.stream().limit(limit).map(Scored::place).toList();
    }

    private record Scored(BirthPlace place, int score, String joined) {
    }

    /** Every typed word starts a distinct word of the name, in order. */
    private static boolean matches(String[] typed, String[] name) {
        int from = 0;
        for (String word : typed) {
            int at = -1;
            for (int i = from; i < name.length; i++) {
                if (name[i].startsWith(word)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }

    private static int rank(BirthPlace place) {
        return switch (place.kind()) {
            case COMMUNE -> 0;
            case COUNTRY -> 1;
            case ARRONDISSEMENT -> 2;
            case OLD_COMMUNE -> 3;
            case FORMER_COUNTRY -> 4;
        };
    }

    /** Upper case, no accents, words separated by single spaces, « St »/« Ste » spelled out. */
    static String normalize(String text) {
        String upper = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT).replace("Œ", "OE").replace("Æ", "AE");
        String[] parts = SEPARATORS.split(upper);
        StringBuilder out = new StringBuilder(upper.length());
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.getOrDefault(part, part));
        }
        return out.toString();
    }

    private static String[] words(String normalized) {
        return normalized.isEmpty() ? new String[0] : normalized.split(" ");
    }
}
