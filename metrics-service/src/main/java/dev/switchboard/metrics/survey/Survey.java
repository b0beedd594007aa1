package dev.switchboard.metrics.survey;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One CSAT survey of one resolved ticket; its token is the only credential and works once. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "token_hash", nullable = false, unique = true)
  public String tokenHash;

  @Column(name = "pending_token")
  public String pendingToken;

  @Column(name = "ticket_id", nullable = false)
  public UUID ticketId;

  @Column(name = "ticket_number")
  public String ticketNumber;

  @Column(name = "customer_id")
  public UUID customerId;

  public String channel;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "send_at", nullable = false)
  public Instant sendAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "answered_at")
  public Instant answeredAt;

  public Integer rating;

  public String comment;

  @Version public long version;

  static Survey open(
      UUID ticketId,
      String ticketNumber,
      UUID customerId,
      String channel,
      SurveyToken token,
      Instant now,
      Instant sendAt,
      Instant expiresAt) {
    Survey survey = new Survey();
    survey.id = UUID.randomUUID();
    survey.tokenHash = token.hash();
    survey.pendingToken = token.value();
    survey.ticketId = ticketId;
    survey.ticketNumber = ticketNumber;
    survey.customerId = customerId;
    survey.channel = channel;
    survey.createdAt = now;
    survey.sendAt = sendAt;
    survey.expiresAt = expiresAt;
    return survey;
  }

  /** Hands out the raw token for the link once; afterwards only its hash is kept. */
  String takeTokenForSending(Instant now) {
    String token = pendingToken;
    pendingToken = null;
    sentAt = now;
    return token;
  }

  /**
   * Records the answer.
   *
   * @throws SurveyClosedException when already answered or expired
   */
  void answer(int rating, String comment, Instant now) {
    if (answeredAt != null) {
      throw new SurveyClosedException("this survey was answered already");
    }
    if (now.isAfter(expiresAt)) {
      throw new SurveyClosedException("this survey link has expired");
    }
    this.rating = rating;
    this.comment = comment;
    this.answeredAt = now;
  }
}
