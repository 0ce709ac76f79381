package fr.galien.core.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.ErrorCatalog;
import fr.galien.core.error.ErrorCode;
import fr.galien.core.i18n.MessageCatalog;
import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every error code and message key found through {@link ServiceLoader} on the test class path has a French text
 * whose placeholders format, codes are well-formed and unique, bundles hold no key nobody declares, and each
 * error-code prefix belongs to one module. Every module with catalogues subclasses it in a few lines, naming its
 * prefixes; the app's class path sees every catalogue of every module. Models: DSS {@code MessageTagTest}, JabRef
 * {@code LocalizationConsistencyTest} (style.md).
 */
public abstract class CommonMessagesCompletenessTest {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}-\\d{4}");
    private static final Pattern QUOTED_BRACE = Pattern.compile("'[{}]'");

    /**
     * Prefixes two modules share, for codes released before the one-prefix-per-module rule (codes are never
     * renumbered, ADR 0008): each module keeps to its own hundreds there.
     */
    private static final Map<String, String> SHARED_BY_HUNDREDS = Map.of("INS",
            "segur-core's identity rules use INS-00xx, the ins connector's INSi and ApCV client INS-01xx",
            "ERX", "segur-core's e-prescription rules use ERX-00xx, the eprescription connector ERX-01xx");

    /**
     * The error-code prefixes of this module's own catalogues ({@code PSC} for {@code PSC-0001}…); another module
     * may not use them. A new prefix is a decision: declare it here.
     */
    protected abstract Set<String> ownErrorPrefixes();

    protected List<ErrorCode> errorCodes() {
        List<ErrorCode> codes = new ArrayList<>();
        ServiceLoader.load(ErrorCatalog.class, getClass().getClassLoader()).forEach(c -> codes.addAll(c.codes()));
        return codes;
    }

    protected List<MessageKey> messageKeys() {
        List<MessageKey> keys = new ArrayList<>();
        ServiceLoader.load(MessageCatalog.class, getClass().getClassLoader()).forEach(c -> keys.addAll(c.keys()));
        return keys;
    }

    private List<MessageKey> allKeys() {
        List<MessageKey> all = new ArrayList<>(errorCodes());
        all.addAll(messageKeys());
        return all;
    }

    @Test
    void catalogsAreFound() {
        assertThat(errorCodes()).as("no ErrorCatalog registered in META-INF/services").isNotEmpty();
    }

    @Test
    void everyKeyHasAFrenchText() {
        List<String> missing = new ArrayList<>();
        for (MessageKey key : allKeys()) {
            if (!Messages.exists(key)) {
                missing.add(key.bundle() + " → " + key.key());
            }
        }
        assertThat(missing).as("keys without a French text").isEmpty();
    }

    @Test
    void everyPatternFormatsWithTheArgumentsItDeclares() {
        List<String> broken = new ArrayList<>();
        for (MessageKey key : allKeys()) {
            if (!Messages.exists(key)) {
                continue;
            }
            String pattern = Messages.pattern(key);
            try {
                Format[] formats = new MessageFormat(pattern, Locale.FRENCH).getFormatsByArgumentIndex();
                String text = Messages.format(key, sampleArguments(formats));
                if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
                    broken.add(key.key() + ": placeholder left in « " + text + " »");
                }
            } catch (IllegalArgumentException e) {
                broken.add(key.key() + ": " + e.getMessage());
            }
        }
        assertThat(broken).as("patterns that do not format").isEmpty();
    }

    @Test
    void apostrophesAreDoubled() {
        List<String> lone = new ArrayList<>();
        for (MessageKey key : allKeys()) {
            if (Messages.exists(key)) {
                String rest = QUOTED_BRACE.matcher(Messages.pattern(key).replace("''", "")).replaceAll("");
                if (rest.indexOf('\'') >= 0) {
                    lone.add(key.key());
                }
            }
        }
        assertThat(lone).as("patterns with a lone ' (MessageFormat eats it: write '')").isEmpty();
    }

    @Test
    void codesAreWellFormed() {
        List<String> malformed = new ArrayList<>();
        for (ErrorCode code : errorCodes()) {
            if (!CODE.matcher(code.code()).matches() || !code.key().equals(code.code())) {
                malformed.add(code.code() + " (" + code.getClass().getName() + ")");
            }
        }
        assertThat(malformed).as("codes not of the form AREA-NNNN keyed by themselves").isEmpty();
    }

    @Test
    void codesAreUniqueAcrossCatalogs() {
        Map<String, List<String>> owners = new TreeMap<>();
        for (ErrorCode code : errorCodes()) {
            owners.computeIfAbsent(code.code(), c -> new ArrayList<>()).add(code.getClass().getName());
        }
        owners.values().removeIf(list -> list.size() < 2);
        assertThat(owners).as("codes declared more than once").isEmpty();
    }

    @Test
    void messageKeysAreUniqueAcrossCatalogs() {
        Map<String, Integer> seen = new TreeMap<>();
        for (MessageKey key : messageKeys()) {
            seen.merge(key.bundle() + "#" + key.key(), 1, Integer::sum);
        }
        seen.values().removeIf(count -> count < 2);
        assertThat(seen).as("message keys declared more than once").isEmpty();
    }

    @Test
    void bundlesHoldNoUndeclaredKey() throws IOException {
        Map<String, Set<String>> declared = new HashMap<>();
        for (MessageKey key : allKeys()) {
            declared.computeIfAbsent(key.bundle(), b -> new TreeSet<>()).add(key.key());
        }
        List<String> orphans = new ArrayList<>();
        for (Map.Entry<String, Set<String>> bundle : declared.entrySet()) {
            for (URL file : bundleFiles(bundle.getKey())) {
                for (String key : keysOf(file)) {
                    if (!bundle.getValue().contains(key)) {
                        orphans.add(bundle.getKey() + " → " + key);
                    }
                }
            }
        }
        assertThat(orphans).as("bundle keys no ErrorCode/MessageKey declares").isEmpty();
    }

    @Test
    void eachBundleExistsOnce() throws IOException {
        Map<String, Integer> copies = new TreeMap<>();
        for (MessageKey key : allKeys()) {
            copies.putIfAbsent(key.bundle(), bundleFiles(key.bundle()).size());
        }
        copies.values().removeIf(count -> count == 1);
        assertThat(copies).as("bundles missing or shadowed by another module's file of the same name").isEmpty();
    }

    @Test
    void thisModuleUsesExactlyTheErrorPrefixesItDeclares() {
        Path ownClasses = Path.of("target/classes").toAbsolutePath().normalize();
        Set<String> used = new TreeSet<>();
        for (ErrorCode code : errorCodes()) {
            if (ownClasses.equals(location(code.getClass()))) {
                used.add(prefix(code));
            }
        }
        assertThat(used).as("prefixes of the codes in " + ownClasses + " (ownErrorPrefixes)")
                .containsExactlyInAnyOrderElementsOf(ownErrorPrefixes());
    }

    @Test
    void eachErrorPrefixBelongsToOneModule() {
        Map<String, Map<String, Set<Integer>>> hundredsByModuleByPrefix = new TreeMap<>();
        for (ErrorCode code : errorCodes()) {
            hundredsByModuleByPrefix.computeIfAbsent(prefix(code), p -> new TreeMap<>())
                    .computeIfAbsent(module(code.getClass()), m -> new TreeSet<>())
                    .add(Integer.parseInt(code.code().substring(code.code().indexOf('-') + 1)) / 100);
        }
        List<String> shared = new ArrayList<>();
        hundredsByModuleByPrefix.forEach((prefix, modules) -> {
            if (modules.size() < 2) {
                return;
            }
            Set<Integer> hundreds = new TreeSet<>();
            boolean disjoint = modules.values().stream().flatMap(Set::stream).allMatch(hundreds::add);
            if (!SHARED_BY_HUNDREDS.containsKey(prefix) || !disjoint) {
                shared.add(prefix + " used by " + modules.keySet());
            }
        });
        assertThat(shared).as("error-code prefixes used by more than one module").isEmpty();
    }

    private static String prefix(ErrorCode code) {
        int dash = code.code().indexOf('-');
        return dash < 0 ? code.code() : code.code().substring(0, dash);
    }

    /** Where a class was loaded from: a module's {@code target/classes} or a jar. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath()
                    .normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code …/ins/target/classes} → {@code ins}; a jar → its file name. */
    private static String module(Class<?> type) {
        Path location = location(type);
        if (location.endsWith(Path.of("target", "classes")) && location.getNameCount() > 2) {
            return location.getParent().getParent().getFileName().toString();
        }
        return location.getFileName().toString();
    }

    private List<URL> bundleFiles(String bundle) throws IOException {
        String resource = bundle.replace('.', '/') + ".properties";
        return Collections.list(getClass().getClassLoader().getResources(resource));
    }

    private static Set<String> keysOf(URL file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = file.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    private static Object[] sampleArguments(Format[] formats) {
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat) {
                args[i] = 1234;
            } else if (formats[i] instanceof DateFormat) {
                args[i] = new Date(0);
            } else {
                args[i] = "exemple";
            }
        }
        return args;
    }
}
