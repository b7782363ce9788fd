using BenchmarkDotNet.Attributes;
using MaterialsGen.Layout.LineBreaking;

namespace MaterialsGen.Benchmarks;

/// <summary>UAX #14 break opportunities of a long Vietnamese paragraph (Unicode data loaded in GlobalSetup).</summary>
[MemoryDiagnoser]
public class LineBreakBenchmark
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = VietnameseSample.Paragraph;
        _ = LineBreaker.FindBreaks(_text);
    }

    [Benchmark]
    public int FindBreaks() => LineBreaker.FindBreaks(_text).Count;
}
