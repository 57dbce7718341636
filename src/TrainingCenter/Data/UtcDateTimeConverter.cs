using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrainingCenter.Data;

/// <summary>
/// Every <see cref="DateTime"/> is stored as UTC and read back marked as UTC, whatever the
/// provider (SQLite returns unspecified kinds; Npgsql refuses non-UTC values for timestamptz).
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
