using System.Text.Json;
using MaterialsGen.Content.Schema;

namespace MaterialsGen.Build;

/// <summary>
/// The JSON Schema of <c>materials.yaml</c> for editors (<c>data/schemas/materials.schema.json</c>): its keys
/// are <see cref="ManifestReader"/>'s, and the templates, formats and sizes are enums of what this project
/// has, each with a Vietnamese description beside it in completion. Written by <c>materialsgen init</c> and
/// <c>materialsgen schemas</c>; a test keeps the repository's copy in step.
/// </summary>
internal static class ManifestSchemaWriter
{
    private const string SizePattern = @"^[0-9]+(\.[0-9]+)?[xX×][0-9]+(\.[0-9]+)?$";

    private static readonly Dictionary<string, string> FormatTexts = new(StringComparer.Ordinal)
    {
        ["pdf"] = "**PDF** để in: phông chữ nhúng, dấu trang, liên kết.",
        ["png"] = "Ảnh **PNG** để chia sẻ, sắc nét, không mất chi tiết.",
        ["jpeg"] = "Ảnh **JPEG**, nhẹ hơn PNG; hợp với ảnh chụp.",
        ["jpg"] = "Như `jpeg`.",
        ["webp"] = "Ảnh **WebP**, nhẹ nhất cho web.",
        ["docx"] = "Tệp **Word** (.docx) để sửa tiếp.",
    };

    private static readonly Dictionary<string, string> SizeTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a3"] = "Khổ **A3** (297 × 420 mm): áp phích.",
        ["a4"] = "Khổ **A4** (210 × 297 mm): tài liệu in.",
        ["a5"] = "Khổ **A5** (148 × 210 mm): tờ rơi, sổ tay.",
        ["a6"] = "Khổ **A6** (105 × 148 mm): thẻ bỏ túi.",
        ["portrait"] = "Ảnh dọc **1080 × 1350** điểm ảnh (bài đăng mạng xã hội).",
        ["square"] = "Ảnh vuông **1080 × 1080**.",
        ["link"] = "Ảnh xem trước liên kết **1200 × 630**.",
        ["slide"] = "Trang trình chiếu **1920 × 1080** (16:9).",
    };

    private static readonly Dictionary<string, string> KeyTexts = new(StringComparer.Ordinal)
    {
        ["name"] = "Tên tệp trong `output/`, không có phần mở rộng. Khi trộn thư (`records:`), dùng `{{ record.id }}` để mỗi bản ghi một tệp, như `tai-lieu-{{ record.id }}`.",
        ["template"] = "Mẫu dùng để tạo đầu ra: một mẫu có sẵn trong công cụ, hoặc `templates/TÊN.sbn` của dự án (tệp cùng tên trong `templates/` thay cho mẫu có sẵn).",
        ["data"] = "Các tệp nội dung cho mẫu, trong `data/`. Mẫu thấy chúng là `docs[\"id\"]`, tệp đầu là `doc`.",
        ["records"] = "Trộn thư: một đầu ra cho mỗi bản ghi. Tệp CSV (dòng đầu là tên cột, có cột `id`), danh sách YAML, hoặc bảng tính Excel `.xlsx`. CSV lưu từ Excel tiếng Việt (dấu `;`, Windows-1258, UTF-16) cũng đọc được.",
        ["sheet"] = "Trang tính của bảng tính `.xlsx` trong `records:`. Bỏ trống: trang tính đầu tiên.",
        ["formats"] = "Định dạng cần tạo; mặc định `pdf`.",
        ["sizes"] = "Kích thước: tên có sẵn, hoặc `RỘNGxCAO` (như `1080x1080`). Mỗi kích thước một tệp, tên thêm `-kích-thước`. Bỏ trống: kích thước của mẫu.",
        ["impose"] = "Dàn trang: `booklet` đặt hai trang lên một tờ theo thứ tự đóng gáy giữa; `4-up` đặt bốn thẻ lên một tờ A4, có dấu cắt.",
        ["pdf"] = "Các chuẩn mà tệp PDF tuyên bố: `a-2b` (PDF/A-2b, để lưu trữ), `ua-1` (PDF/UA-1, cho trình đọc màn hình). PDF nào cũng được gắn thẻ cấu trúc.",
        ["bleed"] = "Phần tràn lề: hình nền in lấn ra ngoài đường cắt. `true` là 3 mm, hoặc một độ dài tới 20mm như `5mm`.",
        ["crop-marks"] = "`true`: in dấu cắt bên ngoài phần tràn lề, nơi cắt tờ in.",
    };

    private static readonly Dictionary<string, string> ImposeTexts = new(StringComparer.Ordinal)
    {
        ["booklet"] = "Hai trang một tờ, theo thứ tự đóng gáy giữa (in hai mặt, lật cạnh ngắn, xếp chồng, gập đôi).",
        ["4-up"] = "Bốn thẻ một tờ A4, có dấu cắt.",
    };

    private static readonly Dictionary<string, string> StandardTexts = new(StringComparer.Ordinal)
    {
        ["a-2b"] = "**PDF/A-2b**: để lưu trữ lâu dài; màu giữ RGB theo hồ sơ sRGB.",
        ["ua-1"] = "**PDF/UA-1**: dễ tiếp cận, cho trình đọc màn hình; cần tiêu đề tài liệu.",
    };

    /// <summary>The schema, with <paramref name="templates"/> (name, description) as the templates one may name.</summary>
    public static string Write(IReadOnlyList<(string Name, string Description)> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return SchemaJson.Document("MaterialsGen materials.yaml", writer =>
        {
            SchemaJson.Describe(writer, "Các đầu ra mà dự án tạo: mỗi mục của `outputs` là một mẫu, nội dung của nó, định dạng và kích thước. `materialsgen build` tạo chúng vào `output/`.");
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            writer.WriteStartObject("date");
            SchemaJson.Describe(writer, "Ngày ghi trong các tệp PDF, dạng `YYYY-MM-DD`: cùng một nội dung luôn cho cùng những byte (biến `SOURCE_DATE_EPOCH` được ưu tiên hơn).");
            writer.WriteString("type", "string");
            writer.WriteString("pattern", ContentValidator.DatePatternText);
            writer.WriteString("patternErrorMessage", "Viết ngày dạng YYYY-MM-DD, như 2023-12-14.");
            writer.WriteEndObject();
            writer.WriteStartObject("outputs");
            SchemaJson.Describe(writer, "Danh sách đầu ra.");
            writer.WriteString("type", "array");
            writer.WritePropertyName("items");
            Entry(writer, templates);
            writer.WriteEndObject();
            writer.WriteEndObject();
            SchemaJson.Strings(writer, "required", ["outputs"]);
            writer.WriteBoolean("additionalProperties", false);
        });
    }

    /// <summary>Every key an output entry takes, as the reader knows them; the test fails when one has no text.</summary>
    internal static IEnumerable<string> EntryKeysWithoutText() => ManifestReader.EntryKeys.Where(k => !KeyTexts.ContainsKey(k));

    internal static IEnumerable<string> FormatsWithoutText() => ManifestReader.Formats.Keys.Where(k => !FormatTexts.ContainsKey(k));

    private static void Entry(Utf8JsonWriter writer, IReadOnlyList<(string Name, string Description)> templates)
    {
        writer.WriteStartObject();
        SchemaJson.Describe(writer, "Một đầu ra: `name`, `template` và `data` là bắt buộc.");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var key in ManifestReader.EntryKeys)
        {
            writer.WriteStartObject(key);
            SchemaJson.Describe(writer, KeyTexts.GetValueOrDefault(key, key));
            switch (key)
            {
                case "template":
                    SchemaJson.Enum(writer, [.. templates.Select(t => t.Name)], [.. templates.Select(t => t.Description)]);
                    writer.WriteString("errorMessage", "Không có mẫu này. `materialsgen templates` liệt kê các mẫu có sẵn và của dự án.");
                    break;
                case "data":
                    writer.WriteString("type", "array");
                    writer.WritePropertyName("items");
                    PathItem(writer, @"\.ya?ml$", "Một tệp nội dung .yaml trong dự án, như data/4-tich-cuc.yaml.");
                    break;
                case "records":
                    writer.WriteString("type", "string");
                    writer.WriteString("pattern", @"\.([cC][sS][vV]|[yY][aA]?[mM][lL]|[xX][lL][sS][xX])$");
                    writer.WriteString("patternErrorMessage", "Tệp bản ghi là .csv, .yaml hoặc .xlsx, như data/branches.csv.");
                    break;
                case "formats":
                    writer.WriteString("type", "array");
                    writer.WritePropertyName("items");
                    writer.WriteStartObject();
                    var formats = ManifestReader.Formats.Keys.ToList();
                    SchemaJson.Enum(writer, formats, [.. formats.Select(f => FormatTexts.GetValueOrDefault(f, f))]);
                    writer.WriteString("errorMessage", $"Định dạng là một trong: {string.Join(", ", formats)}.");
                    writer.WriteEndObject();
                    break;
                case "sizes":
                    writer.WriteString("type", "array");
                    writer.WritePropertyName("items");
                    Sizes(writer);
                    break;
                case "impose":
                    SchemaJson.Enum(writer, ManifestReader.Impositions, [.. ManifestReader.Impositions.Select(i => ImposeTexts.GetValueOrDefault(i, i))]);
                    break;
                case "pdf":
                    writer.WriteString("type", "array");
                    writer.WritePropertyName("items");
                    writer.WriteStartObject();
                    var standards = Rendering.Pdf.PdfStandardNames.Named.Keys.Order(StringComparer.Ordinal).ToList();
                    SchemaJson.Enum(writer, standards, [.. standards.Select(n => StandardTexts.GetValueOrDefault(n, n))]);
                    writer.WriteString("errorMessage", "Chuẩn PDF là a-2b hoặc ua-1.");
                    writer.WriteEndObject();
                    break;
                case "bleed":
                    Bleed(writer);
                    break;
                case "crop-marks":
                    writer.WriteString("type", "boolean");
                    break;
                default:
                    writer.WriteString("type", "string");
                    writer.WriteNumber("minLength", 1);
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        SchemaJson.Strings(writer, "required", ["name", "template"]);
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    /// <summary><c>true</c>/<c>false</c>, a number of points, or a length with its unit (<c>5mm</c>).</summary>
    private static void Bleed(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        writer.WriteString("type", "boolean");
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "number");
        writer.WriteNumber("minimum", 0);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteString("pattern", @"^[0-9]+(\.[0-9]+)?(mm|cm|in|pt|px)?$");
        writer.WriteString("patternErrorMessage", "Viết true (3 mm) hoặc một độ dài như 5mm.");
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void PathItem(Utf8JsonWriter writer, string pattern, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteString("pattern", pattern);
        writer.WriteString("patternErrorMessage", message);
        writer.WriteEndObject();
    }

    private static void Sizes(Utf8JsonWriter writer)
    {
        // Editors report the branch of anyOf that came nearest, so each branch carries the message.
        var names = SizePresets.Named.Keys.ToList();
        var message = $"Kích thước là RỘNGxCAO (như 1080x1080) hoặc một trong: {string.Join(", ", names)}.";
        writer.WriteStartObject();
        writer.WriteStartArray("anyOf");
        writer.WriteStartObject();
        SchemaJson.Enum(writer, names, [.. names.Select(n => SizeTexts.GetValueOrDefault(n, n))]);
        writer.WriteString("errorMessage", message);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("type", "string");
        writer.WriteString("pattern", SizePattern);
        writer.WriteString("patternErrorMessage", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
