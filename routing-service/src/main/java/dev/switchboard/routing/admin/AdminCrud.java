package dev.switchboard.routing.admin;

import dev.switchboard.httpapi.Page;
import dev.switchboard.httpapi.PageRequest;
import dev.switchboard.httpapi.idempotency.IdempotentRequests;
import dev.switchboard.httpapi.problem.ApiProblem;
import dev.switchboard.httpapi.security.Roles;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shared mechanics of the administration resources (agents, groups, rules, SLA policies,
 * calendars): paging, lookups that answer 404, and idempotent creation that answers 201 or 409.
 */
@ApplicationScoped
public class AdminCrud {

  /** Who may read the configuration: staff, never customers. */
  public static final String[] READERS = {Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN};

  /** Who may change it. */
  public static final String[] WRITERS = {Roles.SUPERVISOR, Roles.ADMIN};

  private final IdempotentRequests idempotency;

  AdminCrud(IdempotentRequests idempotency) {
    this.idempotency = idempotency;
  }

  public static <E, V> Page<V> page(
      PanacheQuery<E> query, Integer page, Integer size, Function<E, V> view) {
    PageRequest request = PageRequest.of(page, size);
    long total = query.count();
    return new Page<>(
        query.page(request.page(), request.size()).list().stream().map(view).toList(),
        request.page(),
        request.size(),
        total);
  }

  public static <E extends PanacheEntityBase> E require(Optional<E> found, String what, String id) {
    return found.orElseThrow(() -> ApiProblem.notFound("no " + what + " " + id));
  }

  /**
   * PUT semantics: changes the entity if it exists, else creates it; {@code apply} validates and
   * copies the request (a failure rolls the whole request back).
   */
  public static <E extends PanacheEntityBase> E upsert(
      String pathId, String bodyId, Optional<E> found, Supplier<E> create, Consumer<E> apply) {
    if (bodyId != null && !bodyId.equals(pathId)) {
      throw ApiProblem.invalid("id", "must match the path");
    }
    E entity = found.orElseGet(create);
    apply.accept(entity);
    if (!entity.isPersistent()) {
      entity.persist();
    }
    return entity;
  }

  /** POST of an entity with a caller-chosen id: the id is required. */
  public static String requireId(String id) {
    if (id == null) {
      throw ApiProblem.invalid("id", "must not be null");
    }
    return id;
  }

  /**
   * POST semantics: creates the entity once per Idempotency-Key and answers 201 with its view; an
   * id that exists already is a 409.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <E extends PanacheEntityBase> Response create(
      String idempotencyKey,
      String scope,
      Object request,
      String collectionPath,
      String id,
      Optional<E> existing,
      Supplier<E> create,
      Consumer<E> apply,
      Function<E, ?> view) {
    return idempotency.once(
        idempotencyKey,
        scope,
        request,
        () -> {
          if (existing.isPresent()) {
            throw ApiProblem.conflict(id + " already exists; use PUT to change it");
          }
          E entity = create.get();
          apply.accept(entity);
          entity.persist();
          return Response.created(URI.create(collectionPath + "/" + id))
              .entity(view.apply(entity))
              .build();
        });
  }
}
