package id.layanankecamatan.notify;

import jakarta.mail.internet.MimeMessage;

/** Where finished messages go: an SMTP server, or a folder when none is configured. */
public interface MailTransport {

    void send(MimeMessage message);
}
