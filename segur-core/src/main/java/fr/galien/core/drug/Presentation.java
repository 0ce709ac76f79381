package fr.galien.core.drug;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A box of a medicine (BDPM CIS_CIP): what a pharmacy dispenses and a scanner reads.
 *
 * @param cip13              the 13-digit CIP (340…), the presentation's key
 * @param cip7               the former 7-digit CIP
 * @param cis                the medicine it belongs to
 * @param label              e.g. « plaquette(s) PVC aluminium de 30 comprimé(s) »
 * @param status             administrative status (« Présentation active », « Présentation abrogée »)
 * @param commercialisation  the marketing declaration as published (« Déclaration de commercialisation »…)
 * @param commercialised     active and declared marketed
 * @param reimbursementRate  the reimbursement rate in percent, or null when not reimbursed
 * @param price              the price of the medicine in euros (without dispensing fees), or null
 * @param priceWithFees      the public price including dispensing fees, or null
 * @param withdrawn          no longer in the last imported BDPM (kept because records may point to it)
 */
public record Presentation(String cip13, String cip7, String cis, String label, String status,
                           String commercialisation, boolean commercialised, Integer reimbursementRate,
                           BigDecimal price, BigDecimal priceWithFees, boolean withdrawn) {

    public Optional<Integer> reimbursement() {
        return Optional.ofNullable(reimbursementRate);
    }
}
