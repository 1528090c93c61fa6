using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Editorial.Infrastructure.Persistence;

/// <summary>SQLite stores no time zone; every time in this app is UTC, so say so on the way back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
