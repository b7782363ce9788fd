namespace MaterialsGen.Rendering.Pdf;

/// <summary>Bookmarks from the document's headings, nested by heading level.</summary>
internal static class PdfOutline
{
    /// <summary>A heading: its page (0-based), its top in PDF user space (from the bottom), its level and title.</summary>
    internal readonly record struct Heading(int Page, float Top, int Level, string Title);

    /// <summary>Writes the outline tree and returns its root object, or null when there are no headings.</summary>
    public static int? Write(PdfFile file, IReadOnlyList<Heading> headings, int[] pages)
    {
        if (headings.Count == 0)
        {
            return null;
        }

        var root = file.Reserve();
        var numbers = headings.Select(_ => file.Reserve()).ToArray();
        var parents = Parents(headings);
        var children = Enumerable.Range(0, headings.Count).ToLookup(i => parents[i]);
        for (var i = 0; i < headings.Count; i++)
        {
            var siblings = children[parents[i]].ToList();
            var position = siblings.IndexOf(i);
            var entry = new PdfBuffer(256).Raw("<</Title ").TextString(headings[i].Title)
                .Raw(" /Parent ").Int(parents[i] < 0 ? root : numbers[parents[i]]).Raw(" 0 R");
            if (position > 0)
            {
                entry.Raw(" /Prev ").Int(numbers[siblings[position - 1]]).Raw(" 0 R");
            }

            if (position < siblings.Count - 1)
            {
                entry.Raw(" /Next ").Int(numbers[siblings[position + 1]]).Raw(" 0 R");
            }

            var own = children[i].ToList();
            if (own.Count > 0)
            {
                entry.Raw(" /First ").Int(numbers[own[0]]).Raw(" 0 R /Last ").Int(numbers[own[^1]]).Raw(" 0 R /Count ").Int(own.Count);
            }

            var page = pages[Math.Clamp(headings[i].Page, 0, pages.Length - 1)];
            file.Object(numbers[i], entry.Raw(" /Dest [").Int(page).Raw(" 0 R /XYZ 0 ").Num(headings[i].Top).Raw("null]>>"));
        }

        var top = children[-1].ToList();
        file.Object(root, new PdfBuffer(128).Raw("<</Type /Outlines /First ").Int(numbers[top[0]]).Raw(" 0 R /Last ")
            .Int(numbers[top[^1]]).Raw(" 0 R /Count ").Int(top.Count).Raw(">>"));
        return root;
    }

    /// <summary>For each heading, the index of the nearest earlier heading of a higher level, or -1.</summary>
    private static int[] Parents(IReadOnlyList<Heading> headings)
    {
        var parents = new int[headings.Count];
        for (var i = 0; i < headings.Count; i++)
        {
            parents[i] = -1;
            for (var j = i - 1; j >= 0; j--)
            {
                if (headings[j].Level < headings[i].Level)
                {
                    parents[i] = j;
                    break;
                }
            }
        }

        return parents;
    }
}
