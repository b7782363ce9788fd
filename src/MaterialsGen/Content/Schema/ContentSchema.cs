using static MaterialsGen.Content.Schema.FieldSchema;

namespace MaterialsGen.Content.Schema;

/// <summary>
/// The shapes of every content kind and of mail-merge records. The checker and the JSON Schema
/// files in data/schemas are both derived from these descriptions.
/// </summary>
internal static class ContentSchema
{
    public static IReadOnlyList<string> Tones { get; } = ["do", "dont", "neutral"];

    /// <summary>The icons the templates can draw; a name outside this set would render nothing.</summary>
    public static IReadOnlyList<string> Icons { get; } =
        ["comment", "like", "share", "post", "lock", "warning", "check", "cross", "shield", "user", "secret", "document", "film", "pen", "book"];

    public static IReadOnlyList<string> ColourRoles { get; } = ["primary", "accent", "do", "dont", "ink", "paper", "muted"];

    /// <summary>Colours a template may use when present; each has a fallback among <see cref="ColourRoles"/>.</summary>
    public static IReadOnlyList<string> OptionalColourRoles { get; } = ["primary_dark"];

    /// <summary>Known kinds by name, in the order they are listed to users.</summary>
    public static IReadOnlyDictionary<string, MapSchema> Kinds { get; } = BuildKinds();

    /// <summary>The root of a records YAML file: a list of records.</summary>
    public static ListSchema Records { get; } = new(
        "Mail-merge records: one output is built per record.",
        new MapSchema(
            "One record. Every field is text; 'id' names the record's outputs.",
            [Req("id", TextSchema.Of(TextFormat.Id, "Unique record id, used in output file names: lowercase a-z, digits and '-'."))],
            OpenTextFields: true));

    public static MapSchema Record => (MapSchema)Records.Item;

    public static IEnumerable<string> KindNames => Kinds.Keys.Order(StringComparer.Ordinal);

    private static Dictionary<string, MapSchema> BuildKinds()
    {
        var kinds = new[]
        {
            ("article", Article()),
            ("brand", Brand()),
            ("list", List()),
            ("quotes", Quotes()),
            ("references", References()),
            ("solutions", Solutions()),
        };
        return kinds.ToDictionary(k => k.Item1, k => k.Item2, StringComparer.Ordinal);
    }

    private static FieldSchema Kind(string kind) =>
        Req("kind", TextSchema.OneOf($"Always '{kind}' for this kind of file.", kind));

    private static FieldSchema Id() =>
        Req("id", TextSchema.Of(TextFormat.Id, "Unique id, used in output file names and references: lowercase a-z, digits and '-'."));

    private static TextSchema Text(string description) => TextSchema.Text(description);

    private static MapSchema Source() => new(
        "Where the text comes from, printed as a source line.",
        [
            Req("title", Text("Title of the source article or document.")),
            Opt("publisher", Text("Who published it.")),
            Opt("date", TextSchema.Of(TextFormat.Date, "Publication date, YYYY-MM-DD.")),
            Opt("authors", new ListSchema("Authors, in the order printed.", Text("An author's full name."))),
        ]);

    private static MapSchema List() => new(
        "A titled list of rules or points, e.g. the \"9 không\".",
        [
            Kind("list"),
            Id(),
            Req("title", Text("Heading of the list.")),
            Opt("lead", Text("Paragraph printed under the title.")),
            Req("tone", TextSchema.OneOf("do: things to do; dont: things not to do; neutral: plain points. Drives colours and markers.", Tones)),
            Req("items", new ListSchema(
                "The points, in order.",
                new MapSchema(
                    "One point.",
                    [
                        Opt("label", Text("Short form for infographics and cards; the text serves when omitted.")),
                        Req("text", Text("The full point; may be several sentences.")),
                        Opt("icon", TextSchema.OneOf("An icon from the project's icon set.", Icons)),
                    ]))),
            Opt("source", Source()),
        ]);

    private static MapSchema Solutions() => new(
        "Numbered solutions (\"Một là\" … \"Năm là\") of an article.",
        [
            Kind("solutions"),
            Id(),
            Req("title", Text("Heading of the solutions.")),
            Opt("intro", Text("Sentence leading into the solutions.")),
            Req("items", new ListSchema(
                "The solutions, in order.",
                new MapSchema(
                    "One solution, printed as \"ordinal, text\".",
                    [
                        Req("ordinal", Text("The enumeration word as written, e.g. \"Một là\".")),
                        Opt("label", Text("Short title for cards and tables of contents.")),
                        Opt("summary", Text("One or two sentences for infographics, in the article's words.")),
                        Req("text", Text("The solution's paragraph, following its ordinal.")),
                        Opt("list", TextSchema.ReferenceTo("list", "Id of a list document that details this solution.")),
                    ]))),
            Opt("source", Source()),
        ]);

    private static MapSchema Quotes() => new(
        "A collection of quotations, e.g. the opinions of leaders and scientists an article cites.",
        [
            Kind("quotes"),
            Id(),
            Req("title", Text("Heading of the collection.")),
            Req("items", new ListSchema(
                "The quotations, in order.",
                new MapSchema(
                    "One quotation and who said it.",
                    [
                        Req("text", Text("The quotation, without quotation marks.")),
                        Req("by", Text("Who said it, full name.")),
                        Req("role", Text("Their office, as printed after the name.")),
                        Opt("source", Text("Where or when it was said.")),
                    ]))),
            Opt("source", Source()),
        ]);

    private static MapSchema References() => new(
        "Legal and Party documents cited by the materials.",
        [
            Kind("references"),
            Id(),
            Req("title", Text("Heading of the references.")),
            Req("items", new ListSchema(
                "The documents, in the order cited.",
                new MapSchema(
                    "One document.",
                    [
                        Opt("code", Text("Document number and symbol, e.g. \"85-QĐ/TW\".")),
                        Req("title", Text("Name of the document as cited.")),
                        Opt("issuer", Text("The body that issued it.")),
                        Opt("date", TextSchema.Of(TextFormat.DateOrYear, "Date of issue, YYYY-MM-DD, or YYYY when only the year is known.")),
                        Opt("note", Text("Why it is cited.")),
                    ]))),
        ]);

    private static MapSchema Article() => new(
        "The source article's metadata and the passages a handout quotes.",
        [
            Kind("article"),
            Id(),
            Req("title", Text("Title of the article.")),
            Req("date", TextSchema.Of(TextFormat.Date, "Publication date, YYYY-MM-DD.")),
            Req("publisher", Text("Who published it.")),
            Req("authors", new ListSchema("Authors, in the order printed.", Text("An author's full name."))),
            Opt("award", Text("Award line, as printed under the article.")),
            Opt("summary", Text("A short summary for a handout's opening.")),
            Opt("intro", new ListSchema("Opening paragraphs for a handout.", Text("A paragraph."))),
            Opt("closing", Text("Closing paragraph.")),
            Opt("quote", new MapSchema(
                "The closing quotation.",
                [
                    Req("text", Text("The quotation, without quotation marks.")),
                    Req("by", Text("Who said it.")),
                    Opt("role", Text("Their office, as printed after the name.")),
                ])),
        ]);

    private static MapSchema Brand() => new(
        "Organisation name, colours and fonts shared by all templates.",
        [
            Kind("brand"),
            Id(),
            Req("organisation", Text("Issuing organisation, printed in headers.")),
            Opt("logo", Text("An SVG or PNG file inside the project, drawn beside the organisation's name.")),
            Req("colors", new MapSchema(
                "Named colours, #RRGGBB.",
                [
                    .. ColourRoles.Select(role => Req(role, TextSchema.Of(TextFormat.Colour, $"The {role} colour, #RRGGBB."))),
                    .. OptionalColourRoles.Select(role => Opt(role, TextSchema.Of(TextFormat.Colour, $"The {role} colour, #RRGGBB."))),
                ])),
            Opt("cmyk", new MapSchema(
                "Print values of brand colours, so a press prints the brand's inks: cyan, magenta, yellow, black in percent.",
                [.. ColourRoles.Concat(OptionalColourRoles).Select(role => Opt(role, Text($"The {role} colour in print, four percentages such as \"0 80 75 30\".")))])),
            Req("fonts", new MapSchema(
                "Font families, from the project's fonts folder.",
                [
                    Req("sans", Text("Sans-serif family for headings and cards.")),
                    Req("serif", Text("Serif family for body text.")),
                ])),
        ]);
}
