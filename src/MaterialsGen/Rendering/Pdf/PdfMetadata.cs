using System.Globalization;
using System.Security.Cryptography;
using System.Security;
using System.Text;
using MaterialsGen.Layout.Paging;

namespace MaterialsGen.Rendering.Pdf;

/// <summary>
/// What PDF/A and PDF/UA add to a file: an XMP metadata packet that says the same as the Info
/// dictionary (title, author, subject, keywords, tools, dates) and which standards the file claims,
/// and for PDF/A the sRGB output intent that gives its RGB and grey colours a meaning.
/// </summary>
internal static class PdfMetadata
{
    private const string IccResource = "MaterialsGen.Rendering.Pdf.Icc.sRGB.icc";
    private const string SrgbName = "sRGB IEC61966-2.1";

    private static readonly Lazy<(byte[] Deflated, int Length)> Profile = new(() =>
    {
        using var stream = typeof(PdfMetadata).Assembly.GetManifestResourceStream(IccResource)
            ?? throw new InvalidOperationException($"the resource {IccResource} is missing from the build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return (PdfFile.Deflate(memory.ToArray()), (int)memory.Length);
    });

    /// <summary>The producer written in Info and XMP alike.</summary>
    public const string Producer = "MaterialsGen";

    /// <summary>Writes the XMP stream; returns its object number.</summary>
    public static int WriteXmp(PdfFile file, DocumentInfo info, DateTime timestamp, PdfStandards standards)
    {
        var date = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var id = DocumentId(info, date);
        var xml = new StringBuilder(2048);
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"");
        if (standards.HasFlag(PdfStandards.A2b))
        {
            xml.Append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        }

        if (standards.HasFlag(PdfStandards.Ua1))
        {
            xml.Append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .Append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"");
        }

        xml.Append(">\n");
        if (standards.HasFlag(PdfStandards.Ua1))
        {
            // PDF/A knows only its own schemas; any other property is described first, before it is used.
            xml.Append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">")
                .Append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>")
                .Append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI><pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>")
                .Append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>part</pdfaProperty:name>")
                .Append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category>")
                .Append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>")
                .Append("</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
                .Append("</rdf:Description>\n<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        }

        xml.Append("<dc:format>application/pdf</dc:format>\n");
        if (info.Title.Length > 0)
        {
            xml.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        }

        if (info.Author.Length > 0)
        {
            // One entry holding the whole Info /Author, so the two say exactly the same.
            xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (info.Subject.Length > 0)
        {
            xml.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        }

        xml.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        if (info.Keywords.Length > 0)
        {
            xml.Append("<pdf:Keywords>").Append(Escape(info.Keywords)).Append("</pdf:Keywords>\n");
        }

        xml.Append("<pdf:Producer>").Append(Producer).Append("</pdf:Producer>\n<xmp:CreatorTool>").Append(Producer).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("<xmpMM:DocumentID>uuid:").Append(id).Append("</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:").Append(id).Append("</xmpMM:InstanceID>\n");
        if (standards.HasFlag(PdfStandards.A2b))
        {
            xml.Append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n");
        }

        if (standards.HasFlag(PdfStandards.Ua1))
        {
            xml.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        }

        xml.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");

        // Unfiltered, so archive tools can read the packet without a PDF parser.
        var number = file.Reserve();
        file.Stream(number, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(xml.ToString()), compress: false);
        return number;
    }

    /// <summary>Writes the ICC profile and returns the catalog's /OutputIntents array.</summary>
    public static string WriteOutputIntent(PdfFile file)
    {
        var profile = file.Reserve();
        var (deflated, length) = Profile.Value;
        file.CompressedStream(profile, "/N 3 /Alternate /DeviceRGB /Length1 " + length.ToString(CultureInfo.InvariantCulture), deflated);
        return "[<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (" + SrgbName + ") /Info (" + SrgbName
            + ") /RegistryName (http://www.color.org) /DestOutputProfile " + profile.ToString(CultureInfo.InvariantCulture) + " 0 R>>]";
    }

    /// <summary>A UUID from the document's metadata, so the same input gives the same packet.</summary>
    private static string DocumentId(DocumentInfo info, string date)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', info.Title, info.Author, info.Subject, info.Keywords, date)));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
