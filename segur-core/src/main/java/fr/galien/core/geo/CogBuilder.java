package fr.galien.core.geo;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Builds Galien's compact copy of the COG ({@link BirthPlaces#RESOURCE}) from the INSEE's official CSV files
 * ({@code communes2020.csv}, {@code pays2020.csv}: see their README). Run by {@code galien cog build}; the result is
 * committed, so nothing outside Galien is read at run time.
 *
 * <p>Format: gzip, UTF-8, one place a line, tab-separated {@code kind code name department parent aliases}, kind
 * {@code C} commune, {@code D} old commune (déléguée or associée), {@code R} arrondissement, {@code P} country or
 * territory, {@code F} former country; {@code aliases} ({@code |}-separated) are other names searched (a country's
 * official long name and old names). Sorted by code then kind, so a rebuild from the same files gives the same bytes.
 */
public final class CogBuilder {

    public static final String COMMUNES = "communes2020.csv";
    public static final String COUNTRIES = "pays2020.csv";

    private CogBuilder() {
    }

    /** A line of the compact file before writing. */
    record Line(String kind, String code, String name, String department, String parent, String aliases) {
    }

    static BirthPlace.Kind kindOf(String letter) {
        return switch (letter) {
            case "C" -> BirthPlace.Kind.COMMUNE;
            case "D" -> BirthPlace.Kind.OLD_COMMUNE;
            case "R" -> BirthPlace.Kind.ARRONDISSEMENT;
            case "P" -> BirthPlace.Kind.COUNTRY;
            case "F" -> BirthPlace.Kind.FORMER_COUNTRY;
            default -> throw new IllegalArgumentException("Unknown place kind " + letter);
        };
    }

    /** Reads the two official files of {@code cogDirectory} and returns the compact file's bytes (gzip). */
    public static byte[] build(Path cogDirectory) throws IOException {
        List<Line> lines = new ArrayList<>(40_000);
        lines.addAll(communes(cogDirectory.resolve(COMMUNES)));
        lines.addAll(countries(cogDirectory.resolve(COUNTRIES)));
        lines.sort(Comparator.comparing(Line::code).thenComparing(Line::kind).thenComparing(Line::name));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(lines, bytes);
        return bytes.toByteArray();
    }

    /** Builds and writes {@code target}; returns the number of places. */
    public static int buildTo(Path cogDirectory, Path target) throws IOException {
        byte[] bytes = build(cogDirectory);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(target, bytes);
        return BirthPlaces.read(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))).size();
    }

    static void write(List<Line> lines, OutputStream out) throws IOException {
        // A fixed header time (0) in the gzip header keeps rebuilds byte-identical.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out);
             Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
            writer.write("# COG INSEE 2020 (Licence Ouverte Etalab), compact copy built by: galien cog build\n");
            for (Line line : lines) {
                writer.write(String.join("\t", line.kind(), line.code(), line.name(), line.department(),
                        line.parent(), line.aliases()));
                writer.write('\n');
            }
        }
    }

    private static List<Line> communes(Path file) throws IOException {
        List<String[]> rows = csv(file);
        String[] header = rows.get(0);
        Map<String, Integer> at = index(header);
        Map<String, String[]> inForce = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if ("COM".equals(row[at.get("typecom")])) {
                inForce.put(row[at.get("com")], row);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            String type = row[at.get("typecom")];
            String code = row[at.get("com")];
            String name = row[at.get("libelle")];
            String department = row[at.get("dep")];
            String parentCode = row[at.get("comparent")];
            String[] parent = parentCode.isEmpty() ? null : inForce.get(parentCode);
            if (department.isEmpty() && parent != null) {
                department = parent[at.get("dep")];
            }
            String parentName = parent == null ? "" : parent[at.get("libelle")];
            switch (type) {
                case "COM" -> lines.add(new Line("C", code, name, department, "", ""));
                case "COMD", "COMA" -> {
                    // A commune déléguée often keeps the code of the commune nouvelle and its name: then it is the
                    // same place under the same code, already listed.
                    if (!(code.equals(parentCode) && name.equals(parentName))) {
                        lines.add(new Line("D", code, name, department, parentName, ""));
                    }
                }
                case "ARM" -> lines.add(new Line("R", code, name, department, parentName, ""));
                default -> { }
            }
        }
        return lines;
    }

    private static List<Line> countries(Path file) throws IOException {
        List<String[]> rows = csv(file);
        Map<String, Integer> at = index(rows.get(0));
        List<Line> lines = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            String code = row[at.get("cog")];
            String actual = row[at.get("actual")];
            String name = countryName(row[at.get("libcog")]);
            Set<String> aliases = new LinkedHashSet<>();
            for (String other : List.of(row[at.get("libenr")], row[at.get("ancnom")])) {
                if (!other.isBlank()) {
                    aliases.add(other.strip().replace('\t', ' ').replace('|', ' '));
                }
            }
            lines.add(new Line("2".equals(actual) ? "F" : "P", code, name, "", "", String.join("|", aliases)));
        }
        return lines;
    }

    /** « ROYAUME-UNI » → « Royaume-Uni », « VATICAN, ou SAINT-SIEGE » → « Vatican, ou Saint-Siege ». */
    static String countryName(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        String lower = upper.toLowerCase(Locale.FRENCH);
        int wordStart = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                if (start) {
                    wordStart = i;
                    int end = i;
                    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                        end++;
                    }
                    String word = lower.substring(i, end);
                    boolean small = wordStart > 0 && Set.of("ou", "de", "du", "des", "et", "la", "le", "les", "d", "l")
                            .contains(word);
                    out.append(small ? c : Character.toUpperCase(c));
                    start = false;
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
                start = true;
            }
        }
        return out.toString();
    }

    private static Map<String, Integer> index(String[] header) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            at.put(header[i].strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
        }
        return at;
    }

    /** RFC 4180 lines: commas, double-quoted fields with doubled quotes; CRLF or LF. */
    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                StringBuilder field = new StringBuilder();
                boolean quoted = false;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (quoted) {
                        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else if (c == '"') {
                            quoted = false;
                        } else {
                            field.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        fields.add(field.toString());
                        field.setLength(0);
                    } else {
                        field.append(c);
                    }
                }
                fields.add(field.toString());
                rows.add(fields.toArray(String[]::new));
            }
        }
        return rows;
    }
}
