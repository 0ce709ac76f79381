package fr.galien.core.storage;

import java.util.List;

/**
 * What {@link DatabaseMaintenance#check(Database)} found.
 *
 * @param lines    every finding as a French sentence, problems included, in order (for {@code galien db check})
 * @param problems the French sentences describing what is wrong; empty when healthy
 */
public record DatabaseCheck(List<String> lines, List<String> problems) {

    public DatabaseCheck {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean healthy() {
        return problems.isEmpty();
    }
}
