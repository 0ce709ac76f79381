package fr.galien.core.document;

/** Where a document may be shared from this practice. Stored by name: append only. */
public enum SharingChannel {
    DMP, MSSANTE, EPRESCRIPTION
}
