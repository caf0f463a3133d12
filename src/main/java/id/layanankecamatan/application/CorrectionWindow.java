package id.layanankecamatan.application;

import java.time.OffsetDateTime;

/**
 * The time a citizen has to correct a returned application: the deadline after which it is closed, and the moment
 * the citizen is reminded that it comes ({@value #REMINDER_WORKING_DAYS} working days before, issue 14).
 */
public record CorrectionWindow(OffsetDateTime due, OffsetDateTime reminder) {

    public static final int REMINDER_WORKING_DAYS = 2;
}
