using MaterialsGen.Tests.Support;
using static MaterialsGen.Tests.Support.Workbooks;

namespace MaterialsGen.Tests.Pipeline;

/// <summary>A mail merge from an Excel workbook makes the same handouts as from the CSV file with the same rows.</summary>
public sealed class WorkbookMailMergeTests
{
    [Fact]
    public void Handouts_from_a_workbook_sheet_are_byte_identical_to_those_from_the_csv()
    {
        using var project = new SampleProject();
        var rows = File.ReadAllLines(Path.Combine(project.Root, "data", "branches.csv")).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => (Value?)T(v)).ToArray())
            .ToArray();
        File.WriteAllBytes(Path.Combine(project.Root, "data", "branches.xlsx"), Create(("Bìa", [[T("ghi chú")]]), ("Chi bộ", rows)));
        var manifest = Path.Combine(project.Root, "materials.yaml");
        File.AppendAllText(manifest, """
              - name: "xlsx-{{ record.id }}"
                template: handout-chi-bo
                data: [data/bai-viet.yaml, data/giai-phap.yaml, data/4-tich-cuc.yaml, data/9-khong.yaml]
                records: data/branches.xlsx
                sheet: Chi bộ
                formats: [pdf]
                pdf: [a-2b, ua-1]

            """);
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-kp*,tai-lieu-ap*,xlsx-*", "--jobs", "2");
        Assert.True(exit == 0, output + error);
        foreach (var id in rows.Skip(1).Select(r => ((TextValue)r[0]!).Text))
        {
            Assert.Equal(File.ReadAllBytes(project.Output($"tai-lieu-{id}.pdf")), File.ReadAllBytes(project.Output($"xlsx-{id}.pdf")));
        }

        // A record value a template cannot use is reported at its cell.
        rows[2][4] = T("2024-13-12");
        File.WriteAllBytes(Path.Combine(project.Root, "data", "branches.xlsx"), Create(("Bìa", [[T("ghi chú")]]), ("Chi bộ", rows)));
        (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "xlsx-*");
        Assert.Equal(1, exit);
        Assert.Contains("data/branches.xlsx:'Chi bộ'!E3: error MG0505: '2024-13-12' is not a date", error, StringComparison.Ordinal);

        // A wrong sheet, and a sheet for records that are not a workbook, are named where they are written.
        SampleProject.Edit(manifest, "sheet: Chi bộ", "sheet: Chi bo");
        (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "xlsx-*");
        Assert.Equal(1, exit);
        Assert.Contains("data/branches.xlsx: error MG0142: the workbook has no sheet 'Chi bo'; its sheets are 'Bìa', 'Chi bộ'; did you mean 'Chi bộ'?", error, StringComparison.Ordinal);
        SampleProject.Edit(manifest, "records: data/branches.xlsx\n    sheet: Chi bo", "records: data/branches.csv\n    sheet: Chi bo");
        (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "xlsx-*");
        Assert.Equal(1, exit);
        Assert.Matches(@"materials\.yaml:\d+:12: error MG0643: 'sheet' names a sheet of a workbook, but records 'data/branches.csv' is not an \.xlsx file", error);
    }
}
