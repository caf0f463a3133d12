package id.layanankecamatan.calendar;

/**
 * A holiday as sent by the API or the admin page, all text, so that every bad value gets an Indonesian message
 * naming its field instead of a parse error.
 */
public record HolidayRequest(String date, String name, String kind, String decree) {
}
