package dev.switchboard.intake.majorincident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** An ongoing outage that many contacts are about. */
@Entity
@Table(name = "major_incident")
public class MajorIncident extends PanacheEntityBase {

  public static final String OPEN = "open";
  public static final String RESOLVED = "resolved";

  @Id public UUID id;
  public String title;
  public String description;
  public String category;

  /** Lower-case keywords, comma separated. */
  public String keywords;

  /** {@code open} or {@code resolved}. */
  public String status;

  @Column(name = "resolution_summary")
  public String resolutionSummary;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  public List<String> keywordList() {
    return keywords == null || keywords.isBlank() ? List.of() : Arrays.asList(keywords.split(","));
  }

  public static String joinKeywords(List<String> keywords) {
    return keywords == null
        ? ""
        : String.join(
            ",",
            keywords.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(k -> k.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList());
  }

  public boolean isOpen() {
    return OPEN.equals(status);
  }

  /**
   * Whether a contact is about this outage: one of its keywords appears as a word (or phrase) in
   * the text, or the contact is an incident in the outage's category (or below it in the tree).
   */
  public boolean matches(String text, String ticketCategory, boolean incident) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    for (String keyword : keywordList()) {
      if (Pattern.compile("\\b" + Pattern.quote(keyword) + "\\b").matcher(lower).find()) {
        return true;
      }
    }
    return incident
        && category != null
        && ticketCategory != null
        && (ticketCategory.equals(category) || ticketCategory.startsWith(category + "/"));
  }
}
