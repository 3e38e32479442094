package com.truereach.ingest;

import java.time.LocalDate;

/**
 * The day an export was made, as told by something other than the file's own rows, and what
 * told it (for the analyst: a TikTok Studio file's years rest on it).
 */
public record ExportDay(LocalDate day, String origin) {
}
