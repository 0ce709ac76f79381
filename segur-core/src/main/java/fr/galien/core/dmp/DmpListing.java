package fr.galien.core.dmp;

import fr.galien.core.port.DmpPort.DmpEntry;
import java.util.List;
import java.util.Set;

/**
 * The DMP tab's list: the documents found, and which of them are already in the local file (REM DMP/UX.26, UX.36).
 *
 * @param alreadyFiled unique ids of the entries the patient's file already holds
 */
public record DmpListing(List<DmpEntry> entries, Set<String> alreadyFiled) {

    public DmpListing {
        entries = List.copyOf(entries);
        alreadyFiled = Set.copyOf(alreadyFiled);
    }
}
