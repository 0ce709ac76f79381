package fr.galien.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.error.SegurException;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 9, deliverable 4: whatever bytes are handed to {@code db restore} — random, a zip of random entries, a
 * database header followed by garbage — the answer is a coded refusal and the live database is untouched.
 */
class HostileBackupTest {

    private static Path root;
    private static DatabaseSettings settings;
    private static byte[] liveBefore;

    @BeforeContainer
    static void liveDatabase() throws IOException {
        root = Files.createTempDirectory("galien-hostile-backup");
        settings = DatabaseSettings.forDataDirectory(root.resolve("donnees"));
        Database.open(settings).close();
        liveBefore = Files.readAllBytes(settings.h2File());
    }

    @AfterContainer
    static void removeAll() throws IOException {
        fr.galien.core.storage.RestoreLeftovers.deleteRecursively(root);
    }

    @Property(tries = 60)
    void anyFileIsRefusedWithACodeAndTouchesNothing(@ForAll("hostileFiles") byte[] content) throws IOException {
        Path file = Files.write(Files.createTempFile(root, "sauvegarde", ".zip"), content);
        try {
            new SafeRestore().restore(settings, file, false);
            throw new AssertionError("a hostile file was restored");
        } catch (SegurException refused) {
            assertThat(refused.code()).isIn("STO-0001", "STO-0007", "STO-0010", "STO-0012");
        }
        assertThat(Files.readAllBytes(settings.h2File())).isEqualTo(liveBefore);
        try (var entries = Files.list(settings.dataDirectory())) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList())
                    .noneMatch(name -> name.startsWith(".galien-restauration-"));
        }
    }

    @Provide
    Arbitrary<byte[]> hostileFiles() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> zipOfRandom = Arbitraries.of("galien.mv.db", "autre", "../galien.mv.db", "galien.mv.db/")
                .list().ofMinSize(1).ofMaxSize(20)
                .flatMap(names -> random.list().ofSize(names.size()).map(contents -> zip(names, contents)));
        Arbitrary<byte[]> headerThenGarbage = random.map(garbage -> {
            byte[] content = new byte[4 + garbage.length];
            System.arraycopy("H:2,".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 4);
            System.arraycopy(garbage, 0, content, 4, garbage.length);
            return zip(List.of("galien.mv.db"), List.of(content));
        });
        return Arbitraries.oneOf(random, zipOfRandom, headerThenGarbage);
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (seen.add(names.get(i))) {
                    zip.putNextEntry(new ZipEntry(names.get(i)));
                    zip.write(contents.get(i));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
