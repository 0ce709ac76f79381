package fr.galien.core.storage;

import java.nio.file.Path;

/** Child JVM for the lock tests: opens the database, says READY, then waits to be killed. */
public final class HoldDataDirectory {

    private HoldDataDirectory() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(DatabaseSettings.forDataDirectory(Path.of(args[0])));
        database.inTransaction(connection -> {
            try (var insert = connection.prepareStatement(
                    "INSERT INTO settings (setting_key, setting_value) VALUES ('held', 'yes')")) {
                insert.executeUpdate();
            }
            return null;
        });
        System.out.println("READY " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(120_000);
        database.close();
    }
}
