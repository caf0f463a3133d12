package id.layanankecamatan.calendar;

/**
 * A Ramadan schedule as sent by the API or the admin page, all text (dates {@code 2027-02-08}, times {@code 08:00}),
 * so that every bad value gets an Indonesian message naming its field. Both break times empty: no break.
 */
public record RamadanScheduleRequest(String firstDay, String lastDay, String opens, String closes, String breakStart,
                                     String breakEnd, String fridayOpens, String fridayCloses, String fridayBreakStart,
                                     String fridayBreakEnd, String decree) {

    static RamadanScheduleRequest of(RamadanSchedule s) {
        return new RamadanScheduleRequest(s.firstDay().toString(), s.lastDay().toString(), text(s.opens()),
                text(s.closes()), text(s.breakStart()), text(s.breakEnd()), text(s.fridayOpens()),
                text(s.fridayCloses()), text(s.fridayBreakStart()), text(s.fridayBreakEnd()), s.decree());
    }

    private static String text(java.time.LocalTime time) {
        return time == null ? null : time.toString();
    }
}
