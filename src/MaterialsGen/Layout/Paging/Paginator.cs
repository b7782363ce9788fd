using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Blocks;
using MaterialsGen.Layout.Fonts;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;

namespace MaterialsGen.Layout.Paging;

/// <summary>
/// Flows each section's body over pages, then draws headers and footers once the page count is known
/// ("Trang X/Y"). Fixed sections (canvases) get one page and shrink fit-to-box text until it fits.
/// </summary>
internal static class Paginator
{
    /// <summary>A safety limit: a runaway flow stops with an error instead of filling the disk.</summary>
    public const int MaxPages = SafetyLimits.Pages;

    private static readonly float[] FitScales = [1f, 0.95f, 0.9f, 0.85f, 0.8f, 0.75f, 0.7f, 0.65f, 0.6f, 0.55f, 0.5f, 0.45f, 0.4f];

    public static LaidOutDocument Paginate(LayoutDocument document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        var context = new LayoutContext(fonts, diagnostics) { Origins = document.Origins };
        var bodies = new List<(PageSection Section, Frame Body, bool First)>();
        foreach (var section in document.Sections)
        {
            if (section.Fixed)
            {
                bodies.Add((section, FitCanvas(section, context), true));
            }
            else
            {
                Flow(section, context, bodies);
            }
        }

        var pages = ImmutableArray.CreateBuilder<PageFrame>(bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            var pageContext = context with { PageNumber = i + 1, PageCount = bodies.Count };
            pages.Add(Compose(bodies[i].Section, bodies[i].Body, bodies[i].First, pageContext));
        }

        return new LaidOutDocument(document.Info, pages.ToImmutable()) { Origins = document.Origins, Bound = document };
    }

    private static void Flow(PageSection section, LayoutContext context, List<(PageSection, Frame, bool)> bodies)
    {
        var width = section.PageSize.Width - section.Margin.Horizontal;
        Block? rest = section.Body;
        var first = true;
        while (rest is not null)
        {
            if (bodies.Count >= MaxPages)
            {
                context.Diagnostics.Error("MG0403", $"the document would have more than {MaxPages} pages; stopped", section.Source);
                return;
            }

            var pageContext = context with { PageNumber = bodies.Count + 1 };
            var height = BodyHeight(section, first, pageContext);
            var result = rest.Layout(pageContext, width, height);
            if (result.Plan == SpacePlan.Wrap)
            {
                result = rest.Layout(pageContext with { IgnoreKeep = true }, width, height);
            }

            if (result.Plan == SpacePlan.Wrap)
            {
                context.Diagnostics.Add(new Diagnostic(Severity.Error, "MG0401", $"content does not fit on an empty page: {result.Reason}", result.Source.IsNone ? section.Source : result.Source, result.Notes));
                return;
            }

            if (result.Plan == SpacePlan.Partial && result.Frame.Items.IsEmpty && result.Frame.Size.Height <= 0)
            {
                context.Diagnostics.Error("MG0401", "content makes no progress on an empty page", section.Source);
                return;
            }

            bodies.Add((section, result.Frame, first));
            rest = result.Plan == SpacePlan.Full ? null : result.Rest;
            first = false;
        }
    }

    private static Frame FitCanvas(PageSection section, LayoutContext context)
    {
        var width = section.PageSize.Width - section.Margin.Horizontal;
        var attempts = new Dictionary<int, (BlockResult Result, DiagnosticBag Diagnostics)>();
        (BlockResult Result, DiagnosticBag Diagnostics) At(int index)
        {
            if (!attempts.TryGetValue(index, out var attempt))
            {
                var bag = new DiagnosticBag();
                var scaled = context with { FitScale = FitScales[index], Diagnostics = bag };
                attempt = (section.Body.Layout(scaled, width, BodyHeight(section, true, scaled)), bag);
                attempts[index] = attempt;
            }

            return attempt;
        }

        bool Fits(int index) => At(index).Result.Plan == SpacePlan.Full;

        // The largest scale that fits, as a scan from the top would find it, in a few layouts rather than
        // thirteen (smaller text never needs more room): full size, then the smallest, then halving between.
        var chosen = 0;
        if (!Fits(0))
        {
            int fails = 0, fits = FitScales.Length - 1;
            if (Fits(fits))
            {
                while (fits - fails > 1)
                {
                    var middle = (fails + fits) / 2;
                    (fails, fits) = Fits(middle) ? (fails, middle) : (middle, fits);
                }
            }

            chosen = fits;
        }

        var (result, diagnostics) = At(chosen);
        context.Diagnostics.AddRange(diagnostics.Items);
        var frame = result.Frame;
        if (result.Plan == SpacePlan.Full)
        {
            return frame;
        }

        // What did not fit, laid out alone on the empty canvas: if it cannot fit even there (a fixed box too
        // small for its text), its own reason and place say more than "from here on".
        var smallest = context with { FitScale = FitScales[^1], Diagnostics = new DiagnosticBag() };
        if (result.Plan == SpacePlan.Partial && result.Rest is { } rest
            && rest.Layout(smallest, width, BodyHeight(section, true, smallest)) is { Plan: SpacePlan.Wrap } alone)
        {
            result = alone;
        }

        var size = string.Create(CultureInfo.InvariantCulture, $"{section.PageSize.Width:0.#}×{section.PageSize.Height:0.#}");
        var what = result.Plan == SpacePlan.Wrap ? result.Reason : "the content from here on does not fit";
        var message = $"content does not fit on the {size} canvas even at the smallest allowed text size: {what}; shorten the text or allow it to shrink (fit=\"shrink\" min-size)";
        var diagnostic = result.Plan == SpacePlan.Wrap
            ? new Diagnostic(Severity.Error, "MG0402", message, result.Source.IsNone ? section.Source : result.Source, result.Notes)
            : result.Rest is { } unplaced
                ? Diagnostic.At(Severity.Error, "MG0402", message, BlockOrigins.FirstText(unplaced, smallest))
                : Diagnostic.Error("MG0402", message, section.Source);
        context.Diagnostics.Add(diagnostic.WithNote(section.Source, "on this canvas"));
        return frame;
    }

    private static float BodyHeight(PageSection section, bool first, LayoutContext context)
    {
        var header = Measure(HeaderFor(section, first), section, context);
        var footer = Measure(FooterFor(section, first), section, context);
        return section.PageSize.Height - section.Margin.Vertical
            - (header > 0 ? header + section.HeaderGap : 0)
            - (footer > 0 ? footer + section.FooterGap : 0);
    }

    private static float Measure(Block? block, PageSection section, LayoutContext context) =>
        block is null ? 0 : block.Layout(context with { PageNumber = 888, PageCount = 888 }, section.PageSize.Width - section.Margin.Horizontal, float.PositiveInfinity).Frame.Size.Height;

    private static Block? HeaderFor(PageSection section, bool first) => first && section.DifferentFirstPage ? section.FirstHeader : section.Header;

    private static Block? FooterFor(PageSection section, bool first) => first && section.DifferentFirstPage ? section.FirstFooter : section.Footer;

    private static PageFrame Compose(PageSection section, Frame body, bool first, LayoutContext context)
    {
        var builder = new FrameBuilder();
        var size = section.PageSize;
        var margin = section.Margin;
        var width = size.Width - margin.Horizontal;
        if (section.Background is { } background)
        {
            builder.Add(new RectItem(new Rect(0, 0, size.Width, size.Height), background, Border.None, 0));
        }

        var top = margin.Top;
        if (HeaderFor(section, first) is { } header)
        {
            var frame = header.Layout(context, width, float.PositiveInfinity).Frame;
            builder.Place(frame, margin.Left, top, StructureTag.Header);
            top += frame.Size.Height + (frame.Size.Height > 0 ? section.HeaderGap : 0);
        }

        builder.Place(body, margin.Left, top, section.Body.Tag);
        if (FooterFor(section, first) is { } footer)
        {
            var frame = footer.Layout(context, width, float.PositiveInfinity).Frame;
            builder.Place(frame, margin.Left, size.Height - margin.Bottom - frame.Size.Height, StructureTag.Footer);
        }

        return new PageFrame(size, builder.Build(size));
    }
}
