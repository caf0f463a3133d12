package id.layanankecamatan.survey;

import java.time.OffsetDateTime;

/** The camat's rencana tindak lanjut for one period and scope, with the user who entered it and when. */
public record SkmFollowUp(String plan, String enteredBy, OffsetDateTime enteredAt) {
}
