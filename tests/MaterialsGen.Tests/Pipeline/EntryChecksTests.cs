using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>
/// An entry's template contract and cross-file checks are made once for all the records of a mail merge,
/// yet every record's output still gets their findings at the entry's line.
/// </summary>
public class EntryChecksTests
{
    [Fact]
    public void A_broken_contract_fails_every_record_of_the_merge_at_the_entry_line()
    {
        using var project = new SampleProject();
        var manifest = Path.Combine(project.Root, "materials.yaml");
        SampleProject.Edit(
            manifest,
            "    data: [data/bai-viet.yaml, data/giai-phap.yaml, data/4-tich-cuc.yaml, data/9-khong.yaml]\n    records: data/branches.csv",
            "    data: [data/bai-viet.yaml, data/4-tich-cuc.yaml, data/9-khong.yaml]\n    records: data/branches.csv");
        var line = File.ReadAllLines(manifest).ToList().FindIndex(l => l.Contains("tai-lieu-{{ record.id }}", StringComparison.Ordinal)) + 1;

        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-kp*,tai-lieu-ap*");

        Assert.NotEqual(0, exit);
        var records = File.ReadAllLines(Path.Combine(project.Root, "data", "branches.csv")).Skip(1).Count(l => l.Length > 0);
        var errors = (output + "\n" + error).Split('\n').Where(l => l.Contains("error MG0510", StringComparison.Ordinal)).ToList();
        Assert.Equal(records * 2, errors.Count);
        Assert.All(errors, e => Assert.StartsWith($"materials.yaml:{line}:", e.TrimStart(), StringComparison.Ordinal));
    }
}
