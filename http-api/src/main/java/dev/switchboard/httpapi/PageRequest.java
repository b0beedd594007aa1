package dev.switchboard.httpapi;

import dev.switchboard.httpapi.problem.ApiProblem;

/** Validated {@code ?page=&size=} query parameters. */
public record PageRequest(int page, int size) {

  public static PageRequest of(Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Page.DEFAULT_SIZE : size;
    if (p < 0) {
      throw ApiProblem.invalid("page", "must be 0 or more");
    }
    if (s < 1 || s > Page.MAX_SIZE) {
      throw ApiProblem.invalid("size", "must be between 1 and " + Page.MAX_SIZE);
    }
    return new PageRequest(p, s);
  }

  public int offset() {
    return page * size;
  }
}
