package id.layanankecamatan.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the citizen tells about themselves: who they are and how the office reaches them. {@code notifyBy} is the
 * citizen's choice among the channels that need an address from the form ({@link #CHOOSABLE}); null when not
 * given, which means every one they gave an address for (a mobile number: WhatsApp; a mail address: e-mail).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicantData(String nik, String name, String address, String rt, String rw, String village,
                            String purpose, String email, String phone,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> notifyBy) {

    public static final String EMAIL = "EMAIL";
    public static final String WHATSAPP = "WHATSAPP";
    public static final Set<String> CHOOSABLE = Set.of(WHATSAPP, EMAIL);

    /** Without a choice of channels: every channel the citizen gave an address for. */
    public ApplicantData(String nik, String name, String address, String rt, String rw, String village,
                         String purpose, String email, String phone) {
        this(nik, name, address, rt, rw, village, purpose, email, phone, null);
    }

    public ApplicantData {
        notifyBy = notifyBy == null ? null : List.copyOf(notifyBy);
    }

    /** Whether the citizen wants news on this channel; a channel not chosen on the form (Telegram: bound) is wanted. */
    public boolean wants(String channel) {
        return notifyBy == null || !CHOOSABLE.contains(channel) || notifyBy.contains(channel);
    }

    /** Trimmed copy; blank optional fields become null so that "no email" is stored as absent. */
    public ApplicantData normalized() {
        return new ApplicantData(clean(nik), clean(name), clean(address), clean(rt), clean(rw), clean(village),
                clean(purpose), clean(email), clean(phone) == null ? null : clean(phone).replaceAll("[\\s-]", ""),
                notifyBy == null ? null : notifyBy.stream().map(ApplicantData::clean).filter(c -> c != null)
                        .map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList());
    }

    /** True when no field is given (e.g. a correction that only changes service-specific fields). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return nik == null && name == null && address == null && rt == null && rw == null && village == null
                && purpose == null && email == null && phone == null && notifyBy == null;
    }

    /**
     * Fields given in the correction replace the stored ones, a field given empty clears it (normalize after);
     * fields left out (null) keep their value.
     */
    public ApplicantData withCorrections(ApplicantData c) {
        return new ApplicantData(pick(c.nik, nik), pick(c.name, name), pick(c.address, address), pick(c.rt, rt),
                pick(c.rw, rw), pick(c.village, village), pick(c.purpose, purpose), pick(c.email, email),
                pick(c.phone, phone), c.notifyBy == null ? notifyBy : c.notifyBy);
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
