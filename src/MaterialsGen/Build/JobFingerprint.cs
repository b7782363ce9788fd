using System.Globalization;
using System.Reflection;
using System.Text;

namespace MaterialsGen.Build;

/// <summary>
/// Hashes what an output depends on besides the files it reads (those are recorded as it reads them):
/// the tool's version, the document timestamp, its manifest entry, its file, format and size, and its
/// own record only — so editing one CSV row rebuilds one handout.
/// </summary>
internal static class JobFingerprint
{
    private static readonly string ToolVersion =
        typeof(JobFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";

    public static string Of(OutputJob job, DateTime timestamp)
    {
        ArgumentNullException.ThrowIfNull(job);
        var text = new StringBuilder();
        text.Append("tool ").AppendLine(ToolVersion);
        text.Append("time ").AppendLine(timestamp.ToString("O", CultureInfo.InvariantCulture));
        var entry = job.Entry;
        text.Append("entry ").Append(entry.Name).Append('|').Append(entry.Template).Append('|')
            .AppendJoin(',', entry.Data).Append('|').AppendJoin(',', entry.Formats).Append('|').AppendJoin(',', entry.Sizes).Append('|').Append(entry.Impose)
            .Append('|').Append(entry.PdfStandards).Append('|').Append(entry.Bleed.ToString(CultureInfo.InvariantCulture)).Append('|').Append(entry.CropMarks)
            .Append('|').AppendLine(entry.Sheet);
        text.Append("job ").Append(job.RelativePath).Append('|').Append(job.Format).Append('|').AppendLine(job.Size);
        foreach (var (key, value) in (job.Record ?? new Dictionary<string, object?>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("record ").Append(key).Append('=').AppendLine(value?.ToString());
        }

        return Workspace.Hash(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
