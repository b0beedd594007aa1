package dev.switchboard.metrics.history.api;

/** What an import read and stored. */
public record ImportResult(String source, int events, int incidents) {}
