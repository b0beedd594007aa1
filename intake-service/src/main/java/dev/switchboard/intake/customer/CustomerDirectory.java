package dev.switchboard.intake.customer;

import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.problem.Problem.FieldError;
import dev.switchboard.httpapi.security.Caller;
import dev.switchboard.intake.audit.AuditTrail;
import dev.switchboard.intake.config.IntakeConfig;
import dev.switchboard.intake.contact.Sender;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/** Finds customers by any of their identities, creates them on first contact, merges them. */
@ApplicationScoped
public class CustomerDirectory {

  private final AuditTrail audit;
  private final Clock clock;
  private final String defaultCountryCode;

  CustomerDirectory(AuditTrail audit, Clock clock, IntakeConfig config) {
    this.audit = audit;
    this.clock = clock;
    this.defaultCountryCode = config.phoneDefaultCountryCode();
  }

  /**
   * The customer holding any of the sender's identities (the first found, in the order OIDC
   * subject, e-mail, phone, chat handle), or a new one; every identity of the sender that nobody
   * holds yet is attached to that customer.
   *
   * @throws ApiProblem 400 when the sender carries no identity or an invalid one
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Customer identify(Sender sender) {
    Map<IdentityKind, String> identities = canonicalIdentities(sender);
    if (identities.isEmpty()) {
      throw ApiProblem.invalid(
          "customer", "needs at least one of email, phone, chatHandle to identify the customer");
    }
    // Serialise first contacts of the same identity so that two of them create one customer. A
    // sender whose identities are all known creates nothing and needs no lock: one customer's
    // contacts then go through side by side.
    Map<IdentityKind, Optional<Customer>> holders = holders(identities);
    if (holders.values().stream().anyMatch(Optional::isEmpty)) {
      for (Map.Entry<IdentityKind, String> identity : identities.entrySet()) {
        Panache.getEntityManager()
            .createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
            .setParameter(1, identity.getKey() + ":" + identity.getValue())
            .getSingleResult();
      }
      holders = holders(identities); // another first contact may have won the locks
    }
    Instant now = clock.instant();
    Customer customer =
        holders.values().stream()
            .flatMap(Optional::stream)
            .findFirst()
            .orElseGet(
                () -> {
                  Customer created = Customer.create(blankToNull(sender.name()), now);
                  created.persist();
                  return created;
                });
    holders.forEach(
        (kind, holder) -> {
          if (holder.isEmpty()) {
            customer.addIdentity(kind, identities.get(kind), now);
          }
        });
    if (customer.name == null && blankToNull(sender.name()) != null) {
      customer.name = sender.name().strip();
    }
    Panache.getEntityManager().flush();
    return customer;
  }

  /** The customer with this id; a merged-away id resolves to the surviving customer. */
  public Optional<Customer> find(UUID id) {
    Customer customer = Customer.findById(id);
    for (int hops = 0; customer != null && customer.mergedInto != null && hops < 10; hops++) {
      customer = Customer.findById(customer.mergedInto);
    }
    return Optional.ofNullable(customer);
  }

  /** The customer holding {@code kind:value} (value in any notation). */
  public Optional<Customer> findByIdentity(IdentityKind kind, String value) {
    return holder(kind, canonical(kind, value, "identity"));
  }

  /** Whether any identity of the sender belongs to that customer (after merges). */
  public boolean holdsAny(Sender sender, UUID customerId) {
    Map<IdentityKind, String> identities;
    try {
      identities = canonicalIdentities(sender);
    } catch (ApiProblem invalid) {
      return false;
    }
    return identities.entrySet().stream()
        .map(e -> holder(e.getKey(), e.getValue()))
        .flatMap(Optional::stream)
        .anyMatch(c -> c.id.equals(customerId));
  }

  /** The customer record of a caller with role {@code customer}, if they ever made contact. */
  public Optional<Customer> of(Caller caller) {
    Optional<Customer> bySubject = holder(IdentityKind.OIDC_SUBJECT, caller.subject());
    return bySubject.isPresent()
        ? bySubject
        : caller.email().flatMap(email -> holder(IdentityKind.EMAIL, email));
  }

  /**
   * Moves identities, tickets and timeline of {@code from} to {@code into}; {@code from} then
   * resolves to {@code into}. Audited on both customers.
   *
   * @throws ApiProblem 404 for an unknown id, 409 when both are the same customer
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Customer merge(UUID intoId, UUID fromId, String actor) {
    Customer into = find(intoId).orElseThrow(() -> ApiProblem.notFound("no customer " + intoId));
    Customer from = find(fromId).orElseThrow(() -> ApiProblem.notFound("no customer " + fromId));
    if (into.id.equals(from.id)) {
      throw ApiProblem.conflict("both ids name the same customer " + into.id);
    }
    Instant now = clock.instant();
    for (CustomerIdentity identity : new ArrayList<>(from.identities)) {
      from.identities.remove(identity);
      identity.customer = into;
      into.identities.add(identity);
    }
    var em = Panache.getEntityManager();
    em.flush();
    for (String table : List.of("ticket", "interaction")) {
      em.createNativeQuery("update " + table + " set customer_id = ?1 where customer_id = ?2")
          .setParameter(1, into.id)
          .setParameter(2, from.id)
          .executeUpdate();
    }
    em.createNativeQuery("update customer set merged_into = ?1 where merged_into = ?2")
        .setParameter(1, into.id)
        .setParameter(2, from.id)
        .executeUpdate();
    from.mergedInto = into.id;
    from.updatedAt = now;
    if (into.name == null) {
      into.name = from.name;
    }
    into.updatedAt = now;
    audit.record("customer", into.id, "merged", actor, "api", "absorbed customer " + from.id);
    audit.record("customer", from.id, "merged_into", actor, "api", "now customer " + into.id);
    em.flush();
    em.clear();
    return find(into.id).orElseThrow();
  }

  private Map<IdentityKind, String> canonicalIdentities(Sender sender) {
    Map<IdentityKind, String> identities = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    put(identities, errors, IdentityKind.OIDC_SUBJECT, sender.oidcSubject(), "customer.subject");
    put(identities, errors, IdentityKind.EMAIL, sender.email(), "customer.email");
    put(identities, errors, IdentityKind.PHONE, sender.phone(), "customer.phone");
    put(identities, errors, IdentityKind.CHAT_HANDLE, sender.chatHandle(), "customer.chatHandle");
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    return identities;
  }

  private void put(
      Map<IdentityKind, String> identities,
      List<FieldError> errors,
      IdentityKind kind,
      String value,
      String field) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      identities.put(kind, kind.canonical(value, defaultCountryCode));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
    }
  }

  private String canonical(IdentityKind kind, String value, String field) {
    try {
      return kind.canonical(value, defaultCountryCode);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid(field, e.getMessage());
    }
  }

  /**
   * The holder of each identity, in the identities' order, read in one statement with every
   * identity of every holder (the contact's event names the customer's e-mail address).
   */
  private Map<IdentityKind, Optional<Customer>> holders(Map<IdentityKind, String> identities) {
    StringJoiner anyIdentity = new StringJoiner(" or ");
    for (int i = 0; i < identities.size(); i++) {
      anyIdentity.add("(i.kind = ?" + (2 * i + 1) + " and i.value = ?" + (2 * i + 2) + ")");
    }
    var query =
        Panache.getEntityManager()
            .createQuery(
                "select distinct c from Customer c left join fetch c.identities where c.id in"
                    + " (select i.customer.id from CustomerIdentity i where "
                    + anyIdentity
                    + ")",
                Customer.class);
    int position = 1;
    for (Map.Entry<IdentityKind, String> identity : identities.entrySet()) {
      query.setParameter(position++, identity.getKey());
      query.setParameter(position++, identity.getValue());
    }
    List<Customer> found = query.getResultList();
    Map<IdentityKind, Optional<Customer>> holders = new LinkedHashMap<>();
    identities.forEach(
        (kind, value) ->
            holders.put(
                kind,
                found.stream()
                    .filter(customer -> customer.holds(kind, value))
                    .findFirst()
                    .flatMap(customer -> find(customer.id))));
    return holders;
  }

  private Optional<Customer> holder(IdentityKind kind, String canonicalValue) {
    return CustomerIdentity.<CustomerIdentity>find("kind = ?1 and value = ?2", kind, canonicalValue)
        .firstResultOptional()
        .flatMap(identity -> find(identity.customer.id));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
