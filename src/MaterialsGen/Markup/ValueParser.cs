using System.Collections.Immutable;
using System.Globalization;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Geometry;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Markup;

/// <summary>
/// Parses attribute values. Lengths: a bare number is points (one pixel on a canvas rendered at
/// 72 dpi); <c>pt</c>, <c>px</c> (same as pt), <c>mm</c>, <c>cm</c>, <c>in</c>. A bad value is reported
/// at the attribute and a neutral default is returned so all errors of a file come out together.
/// </summary>
internal sealed class ValueParser(DiagnosticBag diagnostics)
{
    private static readonly Dictionary<string, Color> NamedColors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = Layout.Geometry.Color.Black,
        ["white"] = Layout.Geometry.Color.White,
        ["transparent"] = Layout.Geometry.Color.Transparent,
        ["red"] = new(0xC6, 0x28, 0x28),
        ["green"] = new(0x1E, 0x7B, 0x4F),
        ["gray"] = new(0x6B, 0x6B, 0x6B),
    };

    private static readonly Dictionary<string, Layout.Blocks.HorizontalAlign> Places = new()
    {
        ["left"] = Layout.Blocks.HorizontalAlign.Left,
        ["center"] = Layout.Blocks.HorizontalAlign.Center,
        ["right"] = Layout.Blocks.HorizontalAlign.Right,
    };

    private static readonly Dictionary<string, Layout.Blocks.VerticalAlign> VerticalAligns = new()
    {
        ["top"] = Layout.Blocks.VerticalAlign.Top,
        ["middle"] = Layout.Blocks.VerticalAlign.Middle,
        ["bottom"] = Layout.Blocks.VerticalAlign.Bottom,
    };

    /// <summary>Where a block sits across its container: left, center or right.</summary>
    public Layout.Blocks.HorizontalAlign Place(MarkupAttribute attribute) => Choice(attribute, Places, Layout.Blocks.HorizontalAlign.Left);

    /// <summary>Where content sits in a taller box or cell: top, middle or bottom.</summary>
    public Layout.Blocks.VerticalAlign VerticalAlign(MarkupAttribute attribute) => Choice(attribute, VerticalAligns, Layout.Blocks.VerticalAlign.Top);

    public static bool TryLength(string text, out float value)
    {
        text = text.Trim();
        var (number, factor) = text switch
        {
            _ when text.EndsWith("mm", StringComparison.Ordinal) => (text[..^2], 72f / 25.4f),
            _ when text.EndsWith("cm", StringComparison.Ordinal) => (text[..^2], 720f / 25.4f),
            _ when text.EndsWith("in", StringComparison.Ordinal) => (text[..^2], 72f),
            _ when text.EndsWith("pt", StringComparison.Ordinal) || text.EndsWith("px", StringComparison.Ordinal) => (text[..^2], 1f),
            _ => (text, 1f),
        };
        var ok = float.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && float.IsFinite(value);
        value *= factor;
        return ok;
    }

    public float Length(MarkupAttribute attribute, bool allowNegative = false)
    {
        if (TryLength(attribute.Value, out var value) && (allowNegative || value >= 0))
        {
            return value;
        }

        Bad(attribute, "a length such as 12, 12pt, 10mm, 1.5cm");
        return 0;
    }

    public float Number(MarkupAttribute attribute, float min, float max)
    {
        if (float.TryParse(attribute.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Bad(attribute, string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"));
        return min;
    }

    public int Integer(MarkupAttribute attribute, int min, int max) => (int)MathF.Round(Number(attribute, min, max));

    public Spacing Spacing(MarkupAttribute attribute)
    {
        var parts = attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new float[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryLength(parts[i], out values[i]) || values[i] < 0)
            {
                Bad(attribute, "one to four lengths (top right bottom left), such as \"20mm 15mm 20mm 30mm\"");
                return Layout.Geometry.Spacing.Zero;
            }
        }

        return values.Length switch
        {
            1 => Layout.Geometry.Spacing.All(values[0]),
            2 => new(values[0], values[1], values[0], values[1]),
            3 => new(values[0], values[1], values[2], values[1]),
            4 => new(values[0], values[1], values[2], values[3]),
            _ => BadSpacing(attribute),
        };
    }

    public static bool TryColor(string text, out Color color)
    {
        text = text.Trim();
        if (NamedColors.TryGetValue(text, out color))
        {
            return true;
        }

        if (text.Length is 4 or 7 or 9 && text[0] == '#' && uint.TryParse(text.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            color = text.Length switch
            {
                4 => new Color((byte)(((hex >> 8) & 0xF) * 17), (byte)(((hex >> 4) & 0xF) * 17), (byte)((hex & 0xF) * 17)),
                7 => new Color((byte)(hex >> 16), (byte)(hex >> 8), (byte)hex),
                _ => new Color((byte)(hex >> 24), (byte)(hex >> 16), (byte)(hex >> 8), (byte)hex),
            };
            return true;
        }

        return false;
    }

    public Color Color(MarkupAttribute attribute)
    {
        if (TryColor(attribute.Value, out var color))
        {
            return color;
        }

        Bad(attribute, "a colour such as #B3261E, #B3261E80 or a name (black, white, transparent)");
        return Layout.Geometry.Color.Black;
    }

    /// <summary>A border: a width and a colour, "1 #cccccc"; "none" for no border.</summary>
    public (float Width, Color Color) Border(MarkupAttribute attribute)
    {
        if (attribute.Value.Trim() == "none")
        {
            return (0, Layout.Geometry.Color.Transparent);
        }

        var parts = attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && TryLength(parts[0], out var width) && TryColor(parts[1], out var color))
        {
            return (width, color);
        }

        Bad(attribute, "a width and a colour, such as \"1 #cccccc\", or none");
        return (0, Layout.Geometry.Color.Transparent);
    }

    /// <summary>A linear gradient: "from to [angle]", angle in degrees clockwise from up (90 = left to right).</summary>
    public Paint Gradient(MarkupAttribute attribute)
    {
        var parts = attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 2 or 3 && TryColor(parts[0], out var from) && TryColor(parts[1], out var to))
        {
            var angle = 180f;
            if (parts.Length == 3 && !float.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out angle))
            {
                Bad(attribute, "\"from to angle\", such as \"#B3261E #7A1A14 180\"");
            }

            return new Paint(from, to, angle);
        }

        Bad(attribute, "\"from to angle\", such as \"#B3261E #7A1A14 180\"");
        return Paint.Solid(Layout.Geometry.Color.Transparent);
    }

    public bool Bool(MarkupAttribute attribute)
    {
        switch (attribute.Value.Trim())
        {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                Bad(attribute, "true or false");
                return false;
        }
    }

    public int Weight(MarkupAttribute attribute)
    {
        var value = attribute.Value.Trim();
        int? weight = value switch
        {
            "thin" => 100,
            "light" => 300,
            "normal" or "regular" => 400,
            "medium" => 500,
            "semibold" => 600,
            "bold" => 700,
            "extrabold" => 800,
            "black" => 900,
            _ => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 100 and <= 900 ? n : null,
        };
        if (weight is null)
        {
            Bad(attribute, "normal, medium, semibold, bold, extrabold or a number from 100 to 900");
        }

        return weight ?? 400;
    }

    /// <summary>One of a fixed set of words; a near miss gets "did you mean".</summary>
    public T Choice<T>(MarkupAttribute attribute, IReadOnlyDictionary<string, T> choices, T fallback)
    {
        if (choices.TryGetValue(attribute.Value.Trim(), out var value))
        {
            return value;
        }

        diagnostics.Error(
            "MG0204",
            $"'{attribute.Value}' is not a valid value for '{attribute.Name}'; expected one of {string.Join(", ", choices.Keys)}{NearestName.Suggest(attribute.Value.Trim(), choices.Keys)}",
            attribute.Span);
        return fallback;
    }

    /// <summary>
    /// <c>docx-fonts</c>: pairs <c>FAMILY=NAME</c> separated by commas, the name a Word file gives each
    /// family. Whether the family exists is checked where the fonts are known (writing the docx).
    /// </summary>
    public ImmutableArray<EditableFontName> FontNames(MarkupAttribute attribute)
    {
        var names = ImmutableArray.CreateBuilder<EditableFontName>();
        foreach (var pair in attribute.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var family = equals < 0 ? string.Empty : pair[..equals].Trim();
            var name = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            if (family.Length == 0 || name.Length == 0 || names.Any(n => string.Equals(n.Family, family, StringComparison.OrdinalIgnoreCase)))
            {
                Bad(attribute, "pairs FAMILY=NAME separated by commas, one per family, like Tinos=Times New Roman");
                return [];
            }

            names.Add(new EditableFontName(family, name, attribute.Span));
        }

        return names.ToImmutable();
    }

    private Spacing BadSpacing(MarkupAttribute attribute)
    {
        Bad(attribute, "one to four lengths (top right bottom left)");
        return Layout.Geometry.Spacing.Zero;
    }

    private void Bad(MarkupAttribute attribute, string expected) =>
        diagnostics.Error("MG0204", $"'{attribute.Value}' is not a valid value for '{attribute.Name}'; expected {expected}", attribute.Span);
}
