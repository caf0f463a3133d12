package id.layanankecamatan.document;

import java.util.List;

/**
 * Who signs a letter, in which capacity, in the words of tata naskah dinas: the camat in person, the sekretaris
 * "a.n." (atas nama) the camat, or an acting official as "Plh."/"Plt." camat.
 *
 * @param account    the Camunda account that signs; its certificate makes the digital signature
 * @param heading    the lines above the signature, e.g. "a.n. CAMAT PADANGSIDIMPUAN BATUNADUA" and "SEKRETARIS,"
 * @param title      the capacity as the archive and the verification page show it
 * @param inSentence the capacity as the letter's body names it ({signerTitle})
 */
public record Signatory(String account, String name, String nip, String rank, List<String> heading, String title,
                        String inSentence) {

    public Signatory {
        heading = List.copyOf(heading);
    }

    /** "NIP 19850202 201001 2 002" as BKN prints it: birth date, appointment month, sex, serial number. */
    public String printedNip() {
        String digits = nip == null ? "" : nip.replaceAll("\\s", "");
        if (digits.matches("\\d{18}")) {
            return "NIP " + digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.substring(14, 15)
                    + " " + digits.substring(15);
        }
        return "NIP " + (nip == null ? "-" : nip.strip());
    }

    public boolean hasRank() {
        return rank != null && !rank.isBlank();
    }
}
