package dev.switchboard.intake.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailParserTest {

  private final MailParser parser = new MailParser(new MailLimits(64, 1024));

  private ParsedMail parse(String mail) {
    return parser.parse(mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesEncodedWordsInSubjectAndDisplayNames() {
    ParsedMail mail =
        parse(
            """
            From: =?iso-8859-1?Q?J=FCrgen_M=FCller?= <JM@Example.org>
            To: a@example.org, "B, C" <b@example.org>
            Cc: c@example.org
            Subject: =?utf-8?B?w4RuZGVydW5n?= [SD-12]
            Message-ID: <abc@example.org>
            In-Reply-To: <prev@switchboard.test>
            References: <first@switchboard.test> <prev@switchboard.test>

            hello
            """);
    assertThat(mail.from()).contains(new MailAddress("JM@Example.org", "Jürgen Müller"));
    assertThat(mail.to())
        .extracting(MailAddress::address)
        .containsExactly("a@example.org", "b@example.org");
    assertThat(mail.subject()).isEqualTo("Änderung [SD-12]");
    assertThat(mail.messageId()).isEqualTo("abc@example.org");
    assertThat(mail.referencedMessageIds())
        .containsExactly("prev@switchboard.test", "first@switchboard.test");
    assertThat(mail.textBody().strip()).isEqualTo("hello");
  }

  @Test
  void htmlOnlyMailGetsATextVersionAndASanitisedHtml() {
    ParsedMail mail =
        parse(
            """
            From: a@example.org
            Content-Type: text/html; charset=utf-8

            <p onclick="x()">Line one<br>Line two</p><script>alert(1)</script><div>Block</div>
            """);
    assertThat(mail.textBody()).isEqualTo("Line one\nLine two\nBlock");
    assertThat(mail.htmlBody()).doesNotContain("script", "onclick").contains("Line one");
  }

  @Test
  void rfc2231FilenamesAreDecodedAndOverLimitAttachmentsDroppedWithANote() {
    ParsedMail mail =
        parse(
            """
            From: a@example.org
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            see attached
            --b
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=utf-8''%C3%9Cbersicht.pdf
            Content-Transfer-Encoding: base64

            aGVsbG8=
            --b
            Content-Type: application/octet-stream; name=big.bin

            BIG
            --b--
            """
                .replace("BIG", "x".repeat(200)));
    assertThat(mail.attachments())
        .extracting(MailAttachment::filename)
        .containsExactly("Übersicht.pdf");
    assertThat(mail.attachments().get(0).size()).isEqualTo(5);
    assertThat(mail.notes()).singleElement().asString().contains("big.bin", "dropped");
    assertThat(mail.textBody().strip()).isEqualTo("see attached");
  }

  @Test
  void undeclaredEightBitHeadersAndBodiesAreDecodedWithoutFailing() {
    byte[] raw =
        "From: a@example.org\r\nSubject: caf\u00e9\r\n\r\nna\u00efve\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    ParsedMail mail = parser.parse(raw);
    assertThat(mail.subject()).isEqualTo("café");
    assertThat(mail.textBody().strip()).isEqualTo("naïve");
  }
}
