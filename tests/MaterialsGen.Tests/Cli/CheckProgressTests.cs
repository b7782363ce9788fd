using MaterialsGen.Cli;
using MaterialsGen.Cli.Localization;

namespace MaterialsGen.Tests.Cli;

/// <summary>
/// Issue 17: a long <c>check</c> (100,000 records) shows it is moving: one line every 5 s of its own clock,
/// none for a quick check. The clock is the test's, so nothing here waits.
/// </summary>
public sealed class CheckProgressTests
{
    [Fact]
    public void A_check_shorter_than_five_seconds_prints_nothing()
    {
        var output = new StringWriter();
        var now = TimeSpan.Zero;
        var progress = new CheckProgress(1000, output, Text.English, () => now);
        for (var i = 0; i < 1000; i++)
        {
            now = TimeSpan.FromMilliseconds(4.9 * i);
            progress.Done();
        }

        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public void A_long_check_prints_one_line_every_five_seconds_with_how_far_it_has_come()
    {
        var output = new StringWriter();
        var now = TimeSpan.Zero;
        var progress = new CheckProgress(200, output, Text.English, () => now);
        for (var i = 1; i <= 200; i++)
        {
            now = TimeSpan.FromSeconds(0.1 * i);
            progress.Done();
        }

        // 20 s of checking: lines at 5, 10, 15 and 20 s, each with the count done by then.
        Assert.Equal(
            [
                "checking: 50 of 200 outputs (25 %), 5 s",
                "checking: 100 of 200 outputs (50 %), 10 s",
                "checking: 150 of 200 outputs (75 %), 15 s",
                "checking: 200 of 200 outputs (100 %), 20 s",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void In_vietnamese_the_line_is_vietnamese()
    {
        var output = new StringWriter();
        var now = TimeSpan.FromSeconds(6);
        new CheckProgress(10, output, Text.Vietnamese, () => now).Done();

        Assert.Equal("đang kiểm tra: 1/10 đầu ra (10 %), 6 giây", output.ToString().Trim());
    }
}
