package fr.galien.sandbox.dmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Every document of the simulated DMP, in submission order (immutable value of a {@code StateStore}). */
public record DmpState(List<StoredDocument> documents) {

    public DmpState {
        documents = List.copyOf(documents);
    }

    public static DmpState empty() {
        return new DmpState(List.of());
    }

    Optional<StoredDocument> byUniqueId(String uniqueId) {
        return documents.stream().filter(document -> document.uniqueId().equals(uniqueId)).findFirst();
    }

    Optional<StoredDocument> byId(String id) {
        return documents.stream().filter(document -> document.id().equals(id)).findFirst();
    }

    DmpState with(StoredDocument document) {
        List<StoredDocument> next = new ArrayList<>(documents.size() + 1);
        next.addAll(documents);
        next.add(document);
        return new DmpState(next);
    }

    DmpState replace(String id, UnaryOperator<StoredDocument> change) {
        List<StoredDocument> next = new ArrayList<>(documents.size());
        for (StoredDocument document : documents) {
            next.add(document.id().equals(id) ? change.apply(document) : document);
        }
        return new DmpState(next);
    }
}
