package id.layanankecamatan.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the citizen tells about themselves for a Surat Keterangan Domisili. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicantData(String nik, String name, String address, String rt, String rw, String village,
                            String purpose, String email, String phone) {

    /** Trimmed copy; blank optional fields become null so that "no email" is stored as absent. */
    public ApplicantData normalized() {
        return new ApplicantData(clean(nik), clean(name), clean(address), clean(rt), clean(rw), clean(village),
                clean(purpose), clean(email), clean(phone) == null ? null : clean(phone).replaceAll("[\\s-]", ""));
    }

    /** True when no field is given (e.g. a correction that only changes service-specific fields). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return nik == null && name == null && address == null && rt == null && rw == null && village == null
                && purpose == null && email == null && phone == null;
    }

    /**
     * Fields given in the correction replace the stored ones, a field given empty clears it (normalize after);
     * fields left out (null) keep their value.
     */
    public ApplicantData withCorrections(ApplicantData c) {
        return new ApplicantData(pick(c.nik, nik), pick(c.name, name), pick(c.address, address), pick(c.rt, rt),
                pick(c.rw, rw), pick(c.village, village), pick(c.purpose, purpose), pick(c.email, email),
                pick(c.phone, phone));
    }

    private static String pick(String corrected, String current) {
        return corrected == null ? current : corrected;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
