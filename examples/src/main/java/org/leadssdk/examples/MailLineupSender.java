package org.leadssdk.examples;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.leadssdk.search.lineup.LineupParcel;
import org.leadssdk.search.lineup.LineupSender;

/**
 * A {@link LineupSender} that e-mails a line-up package to a partner agency with Jakarta Mail: a short
 * text body and the witness package as a zip attachment, with the package's SHA-256 in the body and in an
 * {@code X-Lineup-Sha256} header so that the partner can check what arrived. The key (who is the suspect)
 * is never part of the package, so it never travels with the mail. The parcel's recipient is an e-mail
 * address; transport security (STARTTLS, authentication) is the session's {@code mail.smtp.*} properties.
 * Use: {@code composer.send(context, lineup, photos, new MailLineupSender(session, from), "det@partner.example")}.
 */
public final class MailLineupSender implements LineupSender {
  /** The header carrying the package's SHA-256. */
  public static final String SHA256_HEADER = "X-Lineup-Sha256";

  private final Session session;
  private final InternetAddress from;

  /** A sender through {@code session}, from {@code from} (both required). */
  public MailLineupSender(Session session, InternetAddress from) {
    this.session = Objects.requireNonNull(session, "session");
    this.from = Objects.requireNonNull(from, "from");
  }

  /** Mails the parcel; IllegalArgumentException for a bad address, UncheckedIOException if the relay refuses. */
  @Override
  public void send(LineupParcel parcel) {
    Objects.requireNonNull(parcel, "parcel");
    InternetAddress to;
    try {
      to = new InternetAddress(parcel.recipient(), true);
    } catch (AddressException e) {
      throw new IllegalArgumentException("parcel.recipient: not an e-mail address (" + e.getMessage() + ")", e);
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, to);
      String caseText = parcel.caseNumber() == null ? "" : " - case " + parcel.caseNumber();
      message.setSubject("Photo line-up " + parcel.lineupId() + caseText, StandardCharsets.UTF_8.name());
      message.setHeader(SHA256_HEADER, parcel.sha256());
      MimeBodyPart text = new MimeBodyPart();
      text.setText("Attached is a photo line-up package for blind administration (California Penal Code 859.7).\r\n"
          + "Line-up: " + parcel.lineupId() + caseText + "\r\n"
          + "Package: " + parcel.fileName() + ", SHA-256 " + parcel.sha256() + "\r\n\r\n"
          + "Read instructions.txt in the package before the procedure. The package does not say which photo,\r\n"
          + "if any, shows the suspect; the key stays with the sending investigator.\r\n",
          StandardCharsets.UTF_8.name());
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(parcel.zip(), "application/zip")));
      attachment.setFileName(parcel.fileName());
      MimeMultipart body = new MimeMultipart();
      body.addBodyPart(text);
      body.addBodyPart(attachment);
      message.setContent(body);
      Transport.send(message);
    } catch (MessagingException e) {
      throw new UncheckedIOException(new IOException("cannot mail line-up " + parcel.lineupId() + ": "
          + e.getMessage(), e));
    }
  }
}
