package fr.galien.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import fr.galien.core.audit.AuditVerification;
import fr.galien.core.audit.AuditVerifier;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseMaintenance;
import fr.galien.core.storage.DatabaseSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM with {@code kill -9} (Process.destroyForcibly sends SIGKILL on Unix) at random moments, at
 * least 20 times, then checks that every patient whose commit was acknowledged is there and that the database and
 * the audit chain are intact (issue "crash test"; ADR 0003).
 */
class CrashSafetyTest {

    private static final int KILLS = 20;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedPatientSurvivesKill9() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acknowledged = new HashSet<>();
        List<List<String>> runs = new ArrayList<>();
        for (int run = 0; run < KILLS; run++) {
            List<String> ids = runAndKill(run, 30 + random.nextInt(700));
            runs.add(ids);
            acknowledged.addAll(ids);
        }
        assertThat(acknowledged).as("seed %d: the child acknowledged writes", seed).hasSizeGreaterThan(KILLS);

        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            Set<String> stored = database.inTransaction(connection -> {
                Set<String> ids = new HashSet<>();
                try (PreparedStatement query = connection.prepareStatement("SELECT id FROM patient");
                     ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                return ids;
            });
            assertThat(stored).as("seed %d: acknowledged ids missing after kill -9 (%s)", seed,
                    whereMissing(runs, stored)).containsAll(acknowledged);
            assertThat(DatabaseMaintenance.check(database).healthy()).isTrue();
            AuditVerification audit = database.inTransaction(AuditVerifier::verify);
            assertThat(audit.intact()).as("audit chain: %s", audit.reason()).isTrue();
        }
    }

    /** For a failure: in which run, and how far from that run's last acknowledged write, each lost id was. */
    private static String whereMissing(List<List<String>> runs, Set<String> stored) {
        StringBuilder where = new StringBuilder();
        for (int run = 0; run < runs.size(); run++) {
            List<String> ids = runs.get(run);
            for (int i = 0; i < ids.size(); i++) {
                if (!stored.contains(ids.get(i))) {
                    where.append("run ").append(run).append(" write ").append(i + 1).append('/').append(ids.size())
                            .append("; ");
                }
            }
        }
        return where.toString();
    }

    private List<String> runAndKill(int run, int millisAfterFirstWrite) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dataDir.toString(), Integer.toString(run))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstWrite = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("OK ")) {
                        ids.add(UUID.fromString(line.substring(3)).toString());
                        firstWrite.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the child is killed: expected
            }
        }, "crash-child-reader-" + run);
        reader.start();
        boolean wrote = firstWrite.await(60, TimeUnit.SECONDS);
        Thread.sleep(millisAfterFirstWrite);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        assertThat(wrote).as("run %d: the child wrote nothing within 60 s", run).isTrue();
        return List.copyOf(ids);
    }
}
