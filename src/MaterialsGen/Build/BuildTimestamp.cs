using System.Globalization;

namespace MaterialsGen.Build;

/// <summary>
/// The one rule for the date written into documents, so builds are reproducible: SOURCE_DATE_EPOCH
/// wins, then the manifest's date, then a fixed default — never the clock.
/// </summary>
internal static class BuildTimestamp
{
    public static DateTime Default { get; } = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The time SOURCE_DATE_EPOCH names, or null when it is unset or not a number of seconds.</summary>
    public static DateTime? FromEnvironment() =>
        Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") is { Length: > 0 } epoch
        && long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;
}
