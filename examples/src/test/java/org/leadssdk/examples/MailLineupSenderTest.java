package org.leadssdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Identifiers;
import org.leadssdk.core.PersonName;
import org.leadssdk.core.Photo;
import org.leadssdk.core.PhotoKind;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.lineup.Lineup;
import org.leadssdk.search.lineup.LineupComposer;
import org.leadssdk.search.lineup.LineupParcel;
import org.leadssdk.search.lineup.LineupSpec;
import org.leadssdk.search.lineup.LineupSubject;
import org.leadssdk.search.lineup.PhotoStore;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.TestAccess;
import org.leadssdk.testkit.TestRecords;

/** The mail sender against GreenMail, a real SMTP server running in this JVM. */
class MailLineupSenderTest {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private final Map<URI, byte[]> photos = new HashMap<>();
  private LeadsIndex index;
  private LineupComposer composer;
  private AccessContext context;

  @BeforeEach
  void lineupSetUp() throws Exception {
    index = LeadsIndex.builder().inMemory().clock(MutableClock.at(NOW)).build();
    String[] cdcs = {"AB1234", "C10001", "C10002", "C10003", "C10004", "C10005", "C10006"};
    String[] names = {"DOE", "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT"};
    for (int i = 0; i < cdcs.length; i++) {
      byte[] bytes = new byte[128];
      new SplittableRandom(i).nextBytes(bytes);
      bytes[0] = (byte) 0xFF;
      bytes[1] = (byte) 0xD8;
      bytes[2] = (byte) 0xFF;
      URI uri = URI.create("photo://synthetic/" + cdcs[i] + "/front.jpg");
      photos.put(uri, bytes);
      index.upsert(TestRecords.parolee().cdcNumber(CdcNumber.parse(cdcs[i])).name(PersonName.of("SAM", names[i]))
          .aliases(List.of()).identifiers(Identifiers.NONE)
          .photos(List.of(new Photo(PhotoKind.MUGSHOT, uri, sha256(bytes), LocalDate.of(2025, 5, 20), null)))
          .build());
    }
    index.refresh();
    User deputy = TestAccess.deputy(NOW).build();
    LeadsSearch search = LeadsSearch.builder().index(index)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, TestAccess.registry(deputy)))
        .redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(new InMemoryAuditSink()).build())
        .clock(MutableClock.at(NOW)).build();
    composer = LineupComposer.builder(search).random(new SplittableRandom(2026)).build();
    context = AccessContext.of(deputy, TestAccess.agency(), Action.LINEUP).withPurpose("robbery eyewitness",
        "SO-2026-000123");
  }

  @AfterEach
  void close() {
    index.close();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private MailLineupSender sender() throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "5000");
    return new MailLineupSender(Session.getInstance(props), new InternetAddress("lineups@agency.example"));
  }

  private PhotoStore store() {
    return photos::get;
  }

  @Test
  void mailsTheWitnessPackageAsAnAttachmentThroughARealSmtpServer() throws Exception {
    Lineup lineup = composer.compose(context, LineupSubject.inIndex(CdcNumber.parse("AB1234")), LineupSpec.defaults());
    LineupParcel parcel = composer.send(context, lineup, store(), sender(), "detectives@partner.example");

    assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
        .containsExactly("detectives@partner.example");
    assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("lineups@agency.example");
    assertThat(mail.getSubject()).isEqualTo("Photo line-up " + lineup.id() + " - case SO-2026-000123");
    assertThat(mail.getHeader(MailLineupSender.SHA256_HEADER)).containsExactly(parcel.sha256());

    Multipart body = (Multipart) mail.getContent();
    assertThat(body.getCount()).isEqualTo(2);
    assertThat((String) body.getBodyPart(0).getContent()).contains("SHA-256 " + parcel.sha256())
        .contains("the key stays with the sending investigator");
    BodyPart attachment = body.getBodyPart(1);
    assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(attachment.getFileName()).isEqualTo("lineup-" + lineup.id() + ".zip");
    byte[] zip;
    try (InputStream in = attachment.getInputStream()) {
      zip = in.readAllBytes();
    }
    assertThat(zip).isEqualTo(parcel.zip());
    assertThat(sha256(zip)).isEqualTo(parcel.sha256());

    List<String> entries = new ArrayList<>();
    StringBuilder allText = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
        allText.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(entries).startsWith("manifest.json", "instructions.txt").hasSize(8);
    // Neither the mail nor the package names anyone shown.
    String mailText = new String(mail.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    for (String cdc : List.of("AB1234", "C10001", "C10002", "C10003", "C10004", "C10005", "C10006")) {
      assertThat(allText.toString()).doesNotContain(cdc);
      assertThat(mailText).doesNotContain(cdc);
    }
  }

  @Test
  void aRecipientThatIsNoAddressIsRefusedBeforeAnythingIsSent() throws Exception {
    LineupParcel parcel = new LineupParcel("5f0c3c1e-6d1a-4f4e-9b8a-0c1d2e3f4a5b", null, "not an address",
        "lineup.zip", new byte[] {1, 2, 3});
    MailLineupSender sender = sender();
    assertThatThrownBy(() -> sender.send(parcel))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parcel.recipient: not an e-mail address");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aRelayThatCannotBeReachedGivesAnUncheckedIoException() throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", "1");   // nothing listens there
    props.put("mail.smtp.connectiontimeout", "2000");
    MailLineupSender sender = new MailLineupSender(Session.getInstance(props),
        new InternetAddress("lineups@agency.example"));
    LineupParcel parcel = new LineupParcel("5f0c3c1e-6d1a-4f4e-9b8a-0c1d2e3f4a5b", null, "x@partner.example",
        "lineup.zip", new byte[] {1, 2, 3});
    assertThatThrownBy(() -> sender.send(parcel))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot mail line-up 5f0c3c1e-6d1a-4f4e-9b8a-0c1d2e3f4a5b");
  }
}
