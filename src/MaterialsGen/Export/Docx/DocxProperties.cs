using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Layout.Paging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MaterialsGen.Export.Docx;

/// <summary>
/// Document properties (title, author, subject, keywords, language, dates from the build's
/// timestamp) and settings (Word 2013+ layout, Vietnamese). The core properties are written as
/// <c>docProps/core.xml</c> by hand: the packaging library's own would go to a part with a random name.
/// </summary>
internal static class DocxProperties
{
    public static string Language(DocumentInfo info) =>
        info.Language.Length == 2 ? $"{info.Language}-{info.Language.ToUpperInvariant() switch { "VI" => "VN", "EN" => "US", var other => other }}" : info.Language;

    public static void WriteCore(CoreFilePropertiesPart part, DocumentInfo info, DateTime timestamp)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string terms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, terms);
            xml.WriteAttributeString("xmlns", "xsi", null, xsi);
            xml.WriteElementString("dc", "title", dc, info.Title);
            xml.WriteElementString("dc", "subject", dc, info.Subject);
            xml.WriteElementString("dc", "creator", dc, info.Author);
            xml.WriteElementString("cp", "keywords", cp, info.Keywords);
            xml.WriteElementString("dc", "language", dc, Language(info));
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, terms);
                xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                xml.WriteString(date);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        buffer.Position = 0;
        part.FeedData(buffer);
    }

    public static void WriteApplication(ExtendedFilePropertiesPart part) =>
        part.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(new DocumentFormat.OpenXml.ExtendedProperties.Application("MaterialsGen"));

    public static void WriteSettings(DocumentSettingsPart part, string language, bool background)
    {
        var settings = new W.Settings();
        if (background)
        {
            settings.Append(new W.DisplayBackgroundShape());
        }

        settings.Append(
            new W.DefaultTabStop { Val = 720 },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = language });
        part.Settings = settings;
    }
}
