package fr.galien.app.ui.identity;

import fr.galien.core.identity.DatamatrixIdentity;
import fr.galien.core.identity.TraitsComparison;

/**
 * What a scanned INS datamatrix carries beside the local identity. A proposal only: it never changes the status by
 * itself (issue 4 §6); the user may check it with INSi.
 */
public record DatamatrixProposal(String patientSummary, DatamatrixIdentity scanned, TraitsComparison comparison) {
}
