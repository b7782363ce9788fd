using MaterialsGen.Engine;

namespace MaterialsGen.Tests.Project;

/// <summary>The session's memo tables keep a value from its second use on, so what never repeats costs no memory.</summary>
public class MemoTableTests
{
    [Fact]
    public void A_value_is_computed_on_its_first_two_uses_and_kept_from_the_second_on()
    {
        var table = new MemoTable<string, object>(capacity: 100);
        var computed = 0;
        object Compute(string key, int state)
        {
            computed++;
            return new object();
        }

        var first = table.Get("trang 2", 0, Compute);
        var second = table.Get("trang 2", 0, Compute);
        var third = table.Get("trang 2", 0, Compute);
        var fourth = table.Get("trang 2", 0, Compute);
        Assert.Equal(2, computed);
        Assert.NotSame(first, second);
        Assert.Same(second, third);
        Assert.Same(second, fourth);
        Assert.False(table.TryGet("trang 1 của chi bộ khác", out _));
    }

    [Fact]
    public void Disabled_it_computes_every_time()
    {
        var table = new MemoTable<string, object>(capacity: 100, enabled: false);
        var values = Enumerable.Range(0, 3).Select(_ => table.Get("trang 2", 0, static (_, _) => new object())).ToList();
        Assert.Equal(3, values.Distinct().Count());
    }

    [Fact]
    public void A_full_table_starts_again_empty_and_goes_on_giving_right_values()
    {
        var table = new MemoTable<int, string>(capacity: 4);
        for (var round = 0; round < 3; round++)
        {
            for (var key = 0; key < 10; key++)
            {
                Assert.Equal($"giá trị {key}", table.Get(key, 0, static (k, _) => $"giá trị {k}"));
            }
        }
    }
}
