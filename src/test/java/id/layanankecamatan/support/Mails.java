package id.layanankecamatan.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** Reading what the test SMTP server received, without checked exceptions in every assertion. */
public final class Mails {

    private Mails() {
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first (and in this application only) recipient. */
    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails whose subject names this registration number. */
    public static List<MimeMessage> about(MimeMessage[] received, String registrationNumber) {
        return Arrays.stream(received).filter(m -> subject(m).contains(registrationNumber)).toList();
    }
}
