package dev.switchboard.routing.sla.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A business-hours calendar: an IANA time zone, segments per weekday ({@code "monday":
 * ["08:00-12:00", "13:00-18:00"]}, {@code 24:00} = end of day; days left out are closed) and
 * holidays as ISO dates. Null days, segments or holidays are refused (400), never stored.
 */
public record CalendarRequest(
    @Pattern(regexp = "[A-Za-z0-9._-]{1,100}", message = "must be a slug") String id,
    @NotBlank @Size(max = 200) String name,
    @NotBlank String timeZone,
    @NotNull Map<String, @NotNull List<@NotNull String>> week,
    List<@NotNull String> holidays) {}
