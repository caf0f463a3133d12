package id.layanankecamatan.notify;

/** A message as it goes out: its subject (null on channels without one) and its text. */
public record RenderedMessage(String subject, String body) {
}
