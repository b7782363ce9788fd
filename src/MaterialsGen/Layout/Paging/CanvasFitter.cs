using System.Globalization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Frames;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// Sizes the fit-to-box text of a fixed canvas: the largest common scale at which everything fits,
/// found by bisection between the smallest and largest scale its paragraphs allow (each paragraph
/// clamps the scale to its own min-size and max-size, and never goes under the canvas's legibility
/// floor), then lays the canvas out at that scale with the leftover height given to growing blocks.
/// </summary>
internal static class CanvasFitter
{
    /// <summary>Scales closer than this (0.2 %, a tenth of a pixel on a 60 px title) are the same answer.</summary>
    private const float Precision = 1.002f;
    private const int MaxSteps = 16;

    public static (Frame Body, LayoutContext Context) Fit(PageSection section, LayoutContext context)
    {
        var width = section.PageSize.Width - section.Margin.Horizontal;
        var baseContext = context with { MinTextSize = section.MinTextSize };
        var (lower, upper) = Range(section, baseContext);

        var fits = upper;
        var attempt = Attempt(section, baseContext, width, upper);
        if (attempt.Plan != SpacePlan.Full && lower < upper)
        {
            attempt = Attempt(section, baseContext, width, lower);
            if (attempt.Plan == SpacePlan.Full)
            {
                // lower fits, upper does not: halve the ratio between them until they meet.
                fits = lower;
                var over = upper;
                for (var step = 0; step < MaxSteps && over / fits > Precision; step++)
                {
                    var middle = MathF.Sqrt(fits * over);
                    if (Attempt(section, baseContext, width, middle).Plan == SpacePlan.Full)
                    {
                        fits = middle;
                    }
                    else
                    {
                        over = middle;
                    }
                }
            }
            else
            {
                fits = lower;
            }
        }

        var fitted = baseContext with { FitScale = fits };
        var height = Paginator.BodyHeight(section, true, fitted);
        var result = section.Body.StretchTo(height).Layout(fitted, width, height);
        if (result.Plan != SpacePlan.Full)
        {
            Report(section, fitted, result, width);
        }

        return (result.Frame, fitted);
    }

    /// <summary>The smallest and largest scale any fit paragraph of the canvas (body, header, footer) allows.</summary>
    private static (float Lower, float Upper) Range(PageSection section, LayoutContext context)
    {
        var lower = 1f;
        var upper = 1f;
        foreach (var block in new[] { section.Body, Paginator.HeaderFor(section, true), Paginator.FooterFor(section, true) })
        {
            foreach (var paragraph in block?.Descendants().OfType<ParagraphBlock>().Where(p => p.Fit) ?? [])
            {
                var (min, max) = paragraph.ScaleRange(context);
                lower = Math.Min(lower, min);
                upper = Math.Max(upper, max);
            }
        }

        return (lower, upper);
    }

    /// <summary>A trial layout at one scale; what it reports is thrown away.</summary>
    private static BlockResult Attempt(PageSection section, LayoutContext context, float width, float scale)
    {
        var trial = context with { FitScale = scale, Diagnostics = new DiagnosticBag() };
        return section.Body.Layout(trial, width, Paginator.BodyHeight(section, true, trial));
    }

    /// <summary>
    /// What the canvas could not place, past the headings that only moved along with it: keep-with-next
    /// has no next page to keep them for here, and the place to name is the content that did not fit.
    /// </summary>
    private static Block Unplaced(Block rest)
    {
        while (rest is StackBlock { Children.Length: > 1 } stack && stack.Children[0].KeepWithNext)
        {
            rest = stack with { Children = stack.Children[1..] };
        }

        return rest;
    }

    private static void Report(PageSection section, LayoutContext context, BlockResult result, float width)
    {
        // What did not fit, laid out alone on the empty canvas: if it cannot fit even there (a fixed box too
        // small for its text), its own reason and place say more than "from here on".
        var alone = context with { Diagnostics = new DiagnosticBag() };
        if (result.Plan == SpacePlan.Partial && result.Rest is { } rest)
        {
            result = result with { Rest = Unplaced(rest) };
            if (result.Rest.Layout(alone, width, Paginator.BodyHeight(section, true, alone)) is { Plan: SpacePlan.Wrap } wrap)
            {
                result = wrap;
            }
        }

        var size = string.Create(CultureInfo.InvariantCulture, $"{section.PageSize.Width:0.#}×{section.PageSize.Height:0.#}");
        var floor = section.MinTextSize > 0 ? string.Create(CultureInfo.InvariantCulture, $" (the canvas's legibility floor is {section.MinTextSize:0.#} px)") : string.Empty;
        var what = result.Plan == SpacePlan.Wrap ? result.Reason : "the content from here on does not fit";
        var message = $"content does not fit on the {size} canvas even at the smallest allowed text size{floor}: {what}; shorten the text or allow it to shrink (fit=\"shrink\" min-size)";
        var diagnostic = result.Plan == SpacePlan.Wrap
            ? new Diagnostic(Severity.Error, "MG0402", message, result.Source.IsNone ? section.Source : result.Source, result.Notes)
            : result.Rest is { } unplaced
                ? Diagnostic.At(Severity.Error, "MG0402", message, BlockOrigins.FirstText(unplaced, context))
                : Diagnostic.Error("MG0402", message, section.Source);
        context.Diagnostics.Add(diagnostic.WithNote(section.Source, "on this canvas"));
    }
}
