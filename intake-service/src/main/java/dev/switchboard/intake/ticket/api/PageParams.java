package dev.switchboard.intake.ticket.api;

import dev.switchboard.httpapi.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=&size=} of a list endpoint ({@code @BeanParam}), read as text so that a value that
 * is no number ({@code page=abc}) is a 400 naming the parameter, not JAX-RS's 404.
 */
public class PageParams {

  @QueryParam("page")
  @Parameter(
      description = "page number, from 0",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
  String page;

  @QueryParam("size")
  @Parameter(
      description = "page size, 1 to 200 (default 20)",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
  String size;

  /** The validated page. */
  public PageRequest request() {
    return QueryParams.page(page, size);
  }
}
