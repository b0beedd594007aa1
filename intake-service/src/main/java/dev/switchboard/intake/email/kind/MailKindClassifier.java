package dev.switchboard.intake.email.kind;

import dev.switchboard.intake.email.mime.MailAddress;
import dev.switchboard.intake.email.mime.MailHeaders;
import dev.switchboard.intake.email.mime.ParsedMail;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a message was written by a person or by a machine (auto-reply, bounce, feedback
 * report, or our own mail looping back). Order matters: a loop is checked first, then reports by
 * their MIME structure, then headers, then sender and subject conventions.
 */
public final class MailKindClassifier {

  private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
  private static final Set<String> DAEMON_LOCAL_PARTS =
      Set.of(
          "mailer-daemon",
          "mailer_daemon",
          "mailerdaemon",
          "postmaster",
          "post_master",
          "mail-daemon");
  private static final Pattern DAEMON_NAME =
      Pattern.compile(
          "mailer[- ]?daemon|mail delivery (system|subsystem)", Pattern.CASE_INSENSITIVE);

  /** Subjects of bounces written as plain text by MTAs that do not send a DSN. */
  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "undeliver|undelivered mail|returned mail|return(ed)? to sender|delivery status"
              + " notification|delivery (status|failure|has failed|notification|problem)"
              + "|mail delivery (failed|failure|system|subsystem)|failure notice|non[- ]?deliver"
              + "|could not (be )?deliver|couldn't be delivered|delivery failed|failed delivery"
              + "|message not delivered|not delivered|mail system error|rejected:|bounced"
              + "|unzustellbar|nicht zustellbar|non remis|non recapitabile|no se puede entregar"
              + "|message you sent|permanent error|delivery report|warning: could not send"
              + "|mail could not be delivered|returned message|メールエラー|配信できません|配送エラー"
              + "|不達|エラー通知",
          Pattern.CASE_INSENSITIVE);

  /** Auto-reply subjects in the languages our customers write in; matched anywhere. */
  private static final Pattern AUTO_REPLY_SUBJECT =
      Pattern.compile(
          "out of (the )?office|automatic reply|auto[- ]?reply|auto[- ]?response|autoresponder"
              + "|automatische antwort|abwesenheitsnotiz|abwesenheit|r[ée]ponse automatique"
              + "|absent du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica"
              + "|fuori ufficio|automatisch antwoord|afwezig|resposta autom[áa]tica|autosvar"
              + "|frånvaro|automaattinen vastaus|odpowied[źz] automatyczna|vacation (reply|notice)"
              + "|on vacation|on holiday|away from (the )?office|自動応答|自動返信|不在|自动回复"
              + "|자동 응답|автоматический ответ|автоответ",
          Pattern.CASE_INSENSITIVE);

  /** Auto-reply subjects that are only trusted at the start (after "Re:"-style prefixes). */
  private static final Pattern AUTO_REPLY_PREFIX =
      Pattern.compile(
          "^((re|aw|fw|fwd|sv|antw|wg|tr)\\s*:\\s*)*(vacation|absence|away|abwesend|urlaub"
              + "|cong[ée]s|ausente|assente)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Amazon SES notifications relayed through SNS carry the report as JSON in the body. */
  private static final Pattern SES_NOTIFICATION =
      Pattern.compile("notificationType\\\\?\"\\s*:\\s*\\\\?\"(Bounce|Complaint|Delivery)\\b");

  /** Hotmail's complaint reports predate ARF and only have their subject. */
  private static final Pattern COMPLAINT_SUBJECT =
      Pattern.compile("^\\s*complaint about message from ", Pattern.CASE_INSENSITIVE);

  private static final Pattern MESSAGE_ID_LINE =
      Pattern.compile("(?im)^\\s*>?\\s*Message-ID:\\s*<([^<>\\s]+)>");

  private final Set<String> ownDomains;

  /**
   * @param ownDomains the domains of our own Message-IDs and mailbox addresses: mail carrying them
   *     in {@code X-Loop} or as its own Message-ID is our own mail coming back
   */
  public MailKindClassifier(Set<String> ownDomains) {
    this.ownDomains =
        ownDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  }

  public MailClassification classify(ParsedMail mail) {
    MailHeaders headers = mail.headers();
    Optional<String> loop = loopEvidence(mail);
    if (loop.isPresent()) {
      return new MailClassification(MailKind.LOOP, loop.get(), Optional.empty());
    }
    if (isFeedbackReport(mail)) {
      return new MailClassification(
          MailKind.FEEDBACK_REPORT, "multipart/report feedback-report", originalId(mail));
    }
    Optional<String> bounce = bounceEvidence(mail);
    if (bounce.isPresent()) {
      return new MailClassification(MailKind.BOUNCE, bounce.get(), originalId(mail));
    }
    Optional<String> autoReply = autoReplyEvidence(headers, mail.subject());
    if (autoReply.isPresent()) {
      return new MailClassification(
          MailKind.AUTO_REPLY, autoReply.get(), mail.referencedMessageIds().stream().findFirst());
    }
    return MailClassification.normal();
  }

  private Optional<String> loopEvidence(ParsedMail mail) {
    String xLoop = mail.headers().lower("X-Loop");
    for (String domain : ownDomains) {
      if (!xLoop.isEmpty() && xLoop.contains(domain)) {
        return Optional.of("X-Loop: " + xLoop);
      }
      if (mail.messageId().toLowerCase(Locale.ROOT).endsWith("@" + domain)) {
        return Optional.of("our own Message-ID " + mail.messageId());
      }
    }
    return Optional.empty();
  }

  private static boolean isFeedbackReport(ParsedMail mail) {
    return mail.reportType().equals("feedback-report")
        || mail.partTypes().contains("message/feedback-report")
        || COMPLAINT_SUBJECT.matcher(mail.subject()).find();
  }

  private static Optional<String> bounceEvidence(ParsedMail mail) {
    if (mail.reportType().equals("delivery-status")
        || mail.partTypes().contains("message/delivery-status")) {
      return Optional.of("delivery status notification (multipart/report)");
    }
    if (mail.headers().has("X-Failed-Recipients")) {
      return Optional.of("X-Failed-Recipients header");
    }
    String sender = mail.from().map(MailAddress::normalized).orElse("");
    String localPart = sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender;
    boolean daemon =
        DAEMON_LOCAL_PARTS.contains(localPart)
            || DAEMON_NAME.matcher(mail.from().map(MailAddress::displayName).orElse("")).find();
    boolean bounceSubject = BOUNCE_SUBJECT.matcher(mail.subject()).find();
    boolean enclosesOriginal = !mail.enclosedHeaders().isEmpty();
    if (daemon && (bounceSubject || enclosesOriginal || !localPart.equals("postmaster"))) {
      return Optional.of("sent by " + mail.fromHeader());
    }
    // RFC 5321: delivery reports travel with an empty envelope sender
    boolean nullSender = mail.headers().lower("Return-Path").equals("<>");
    if (bounceSubject && (nullSender || enclosesOriginal || isAutoSubmitted(mail.headers()))) {
      return Optional.of("bounce subject on automatic mail: " + mail.subject());
    }
    if (nullSender && enclosesOriginal) {
      return Optional.of("empty Return-Path with the returned message enclosed");
    }
    Matcher ses = SES_NOTIFICATION.matcher(mail.textBody());
    if (ses.find()) {
      return Optional.of("Amazon SES " + ses.group(1) + " notification");
    }
    return Optional.empty();
  }

  private static Optional<String> autoReplyEvidence(MailHeaders headers, String subject) {
    if (isAutoSubmitted(headers)) {
      return Optional.of("Auto-Submitted: " + headers.lower("Auto-Submitted"));
    }
    for (String header :
        List.of("X-Autoreply", "X-Autorespond", "X-Autogenerated", "X-AutoReply-From")) {
      if (headers.has(header)) {
        return Optional.of(header + " header");
      }
    }
    String precedence = headers.lower("Precedence");
    if (BULK_PRECEDENCE.contains(precedence)) {
      return Optional.of("Precedence: " + precedence);
    }
    if (headers.lower("X-Precedence").equals("auto_reply")) {
      return Optional.of("X-Precedence: auto_reply");
    }
    if (AUTO_REPLY_SUBJECT.matcher(subject).find()
        || AUTO_REPLY_PREFIX.matcher(subject.strip()).find()) {
      return Optional.of("auto-reply subject: " + subject);
    }
    return Optional.empty();
  }

  private static boolean isAutoSubmitted(MailHeaders headers) {
    String autoSubmitted = headers.lower("Auto-Submitted");
    return !autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no");
  }

  /**
   * The Message-ID of the message a report is about: the enclosed original, else what the report
   * itself refers to, else a Message-ID line quoted in a plain-text bounce.
   */
  private static Optional<String> originalId(ParsedMail mail) {
    for (MailHeaders enclosed : mail.enclosedHeaders()) {
      Optional<String> id =
          enclosed
              .first("Message-ID")
              .map(v -> v.trim().replaceAll("^<|>$", ""))
              .filter(v -> !v.isEmpty());
      if (id.isPresent()) {
        return id;
      }
    }
    Optional<String> referenced = mail.referencedMessageIds().stream().findFirst();
    if (referenced.isPresent()) {
      return referenced;
    }
    Matcher quoted = MESSAGE_ID_LINE.matcher(mail.textBody());
    return quoted.find() ? Optional.of(quoted.group(1)) : Optional.empty();
  }
}
