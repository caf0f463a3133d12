package id.layanankecamatan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity of the office printed on letters and mails; set per deployment (see README). The signer is the camat;
 * the deputy (sekretaris camat) signs "a.n. Camat" where the catalogue lets the sekcam sign. {@code regionCode} is
 * the kecamatan's Kemendagri code as the first six digits of its residents' NIKs (127703 for Padangsidimpuan
 * Batunadua).
 */
@ConfigurationProperties("layanan.office")
public record OfficeProperties(String code, String government, String name, String address, String contact,
                               String city, Signer signer, Signer deputy, String regionCode) {

    public OfficeProperties {
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("layanan.office.region-code (OFFICE_REGION_CODE) must be the six digits "
                    + "that begin the NIKs of this kecamatan, e.g. 127703; it is '" + regionCode + "'");
        }
    }

    public record Signer(String name, String nip, String title) {
    }
}
