package dev.switchboard.routing.rule;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One routing rule. Every condition that is set must hold (null or empty = any); the first enabled
 * rule by position wins.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {

  @Id public String id;

  public String name;
  public int position;
  public boolean enabled = true;

  @Column(name = "match_type")
  public String matchType;

  /** {@code network} matches {@code network} and {@code network/vpn}, not {@code networking}. */
  @Column(name = "match_category_prefix")
  public String matchCategoryPrefix;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "match_priorities")
  public List<String> matchPriorities = new ArrayList<>();

  @Column(name = "match_channel")
  public String matchChannel;

  @Column(name = "match_negative_sentiment")
  public Boolean matchNegativeSentiment;

  @Column(name = "match_repeated_contacts")
  public Boolean matchRepeatedContacts;

  @Column(name = "match_open_major_incident")
  public Boolean matchOpenMajorIncident;

  @Column(name = "match_min_contacts_last7_days")
  public Integer matchMinContactsLast7Days;

  @Column(name = "target_group")
  public String targetGroup;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "required_skills")
  public List<String> requiredSkills = new ArrayList<>();

  public boolean matches(TicketFacts ticket) {
    return enabled
        && (matchType == null || matchType.equals(ticket.type()))
        && categoryMatches(ticket.category())
        && (matchPriorities.isEmpty() || matchPriorities.contains(ticket.priority()))
        && (matchChannel == null || matchChannel.equals(ticket.channel()))
        && (matchNegativeSentiment == null || matchNegativeSentiment == ticket.negativeSentiment())
        && (matchRepeatedContacts == null || matchRepeatedContacts == ticket.repeatedContacts())
        && (matchOpenMajorIncident == null || matchOpenMajorIncident == ticket.openMajorIncident())
        && (matchMinContactsLast7Days == null
            || ticket.contactsLast7Days() >= matchMinContactsLast7Days);
  }

  private boolean categoryMatches(String category) {
    if (matchCategoryPrefix == null || matchCategoryPrefix.isBlank()) {
      return true;
    }
    if (category == null) {
      return false;
    }
    String prefix = strip(matchCategoryPrefix.toLowerCase(Locale.ROOT));
    String value = category.toLowerCase(Locale.ROOT);
    return value.equals(prefix) || value.startsWith(prefix + "/");
  }

  private static String strip(String prefix) {
    return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  public static List<RoutingRule> ordered() {
    return list("order by position, id");
  }

  /** The first enabled rule that matches, in position order. */
  public static Optional<RoutingRule> firstMatch(List<RoutingRule> ordered, TicketFacts ticket) {
    return ordered.stream().filter(rule -> rule.matches(ticket)).findFirst();
  }
}
