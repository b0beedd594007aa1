package dev.switchboard.intake.email.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.intake.email.kind.MailKind;
import dev.switchboard.intake.email.mime.MailAddress;
import dev.switchboard.intake.email.mime.ParsedMail;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Zammad mail (with or without expected-json, trigger mails included) parses and classifies,
 * and the behavioural expectations of behavior-expectations.json that concern parsing hold.
 */
class ZammadBehaviourTest {

  private static ParsedMail parse(String relative) {
    return EmailCorpus.PARSER.parse(EmailCorpus.read(EmailCorpus.dir("zammad").resolve(relative)));
  }

  @Test
  void everyZammadMailParsesAndClassifies() {
    List<Path> boxes = EmailCorpus.files(EmailCorpus.dir("zammad"), ".box");
    for (Path box : boxes) {
      ParsedMail parsed = EmailCorpus.PARSER.parse(EmailCorpus.read(box));
      assertThat(EmailCorpus.CLASSIFIER.classify(parsed).kind()).isNotNull();
    }
    System.out.println(EmailCorpus.rate("zammad mails parsed", boxes.size(), boxes.size()));
    assertThat(boxes).hasSize(95);
  }

  @Test
  void japaneseIso2022JpSubjectAndBodyAreDecoded() {
    ParsedMail parsed = parse("mail/mail091.box");
    assertThat(parsed.subject()).isEqualTo("メルマガ解除");
    assertThat(parsed.textBody()).contains("このアドレスへのメルマガを解除してください。");
  }

  @Test
  void brokenFromAddressesAreKeptButNotDeliverable() {
    for (String mail : List.of("mail/mail071.box", "mail/mail076.box")) {
      assertThat(parse(mail).from().filter(MailAddress::deliverable)).as(mail).isEmpty();
    }
  }

  @Test
  void uuencodedAttachmentIsDecoded() {
    ParsedMail parsed = parse("mail/mail078-content_transfer_encoding_x_uuencode.box");
    assertThat(parsed.attachments().get(0).filename()).isEqualTo("PGP_Cmts_on_12-14-01_Pkg.txt");
    assertThat(new String(parsed.attachments().get(0).content()).strip()).isEqualTo("Hello Zammad");
  }

  @Test
  void deliveryReportsAreBouncesThatPointAtTheOriginalMessage() {
    for (String mail : List.of("mail052", "mail063", "mail078", "mail092")) {
      var classification = EmailCorpus.CLASSIFIER.classify(parse("mail/" + mail + ".box"));
      assertThat(classification.kind()).as(mail).isEqualTo(MailKind.BOUNCE);
    }
    assertThat(EmailCorpus.CLASSIFIER.classify(parse("mail/mail078.box")).originalMessageId())
        .isPresent();
  }

  @Test
  void bulkPrecedenceIsNeverAnsweredButAPlainMailIs() {
    assertThat(EmailCorpus.CLASSIFIER.classify(parse("ticket_trigger/mail1.box")).kind())
        .isEqualTo(MailKind.NORMAL);
    assertThat(EmailCorpus.CLASSIFIER.classify(parse("ticket_trigger/mail2.box")).kind())
        .isEqualTo(MailKind.AUTO_REPLY);
  }
}
