using System.Text;
using MaterialsGen.Build;

namespace MaterialsGen.Cli;

/// <summary>
/// The files of a new project: a commented materials.yaml, the article's “4 tích cực” list and the brand
/// (the repository's own data files, embedded and written with a comment before each field), the editor
/// schemas, and VS Code settings. Templates and fonts are not copied: they are built into the tool.
/// </summary>
internal static class StarterProject
{
    private const string Manifest = """
        # yaml-language-server: $schema=data/schemas/materials.schema.json
        # Các đầu ra của dự án. Tạo chúng bằng lệnh: materialsgen build
        # Mỗi mục của outputs là một đầu ra: một mẫu, các tệp nội dung của nó, định dạng và kích thước.
        # Mẫu và phông chữ có sẵn trong công cụ (materialsgen templates liệt kê các mẫu); muốn sửa một mẫu,
        # đặt tệp cùng tên vào templates/ (như templates/infographic.sbn) và tệp đó sẽ được dùng thay.

        # Ngày in trong các tệp PDF (YYYY-MM-DD): cùng một nội dung luôn cho cùng những byte.
        date: 2023-12-14
        outputs:
          # Infographic “4 tích cực” để đăng mạng xã hội: ảnh dọc 1080×1350 và ảnh vuông 1080×1080.
          - name: infographic-4-tich-cuc     # tên tệp trong output/ (thêm -portrait, -square khi có nhiều kích thước)
            template: infographic            # mẫu có sẵn trong công cụ
            data: [data/4-tich-cuc.yaml]     # các tệp nội dung cho mẫu
            formats: [png]                   # pdf, png, jpeg, webp
            sizes: [portrait, square]        # a3 a4 a5 a6 portrait square link slide, hoặc RỘNGxCAO như 1200x630
          # Cũng danh sách đó làm trang trình chiếu 16:9 (1920×1080), ảnh JPEG.
          - name: trinh-chieu-4-tich-cuc
            template: infographic
            data: [data/4-tich-cuc.yaml]
            formats: [jpeg]
            sizes: [slide]
          # Trộn thư: một tài liệu cho mỗi dòng của bảng tính (CSV hoặc Excel .xlsx, có cột id):
          # - name: "the-{{ record.id }}"      # mỗi bản ghi một tệp, đặt tên theo cột id
          #   template: infographic
          #   data: [data/4-tich-cuc.yaml]
          #   records: data/chi-bo.xlsx        # hoặc data/chi-bo.csv
          #   sheet: Sheet1                    # trang tính của tệp .xlsx; bỏ trống là trang đầu tiên
          #   formats: [png]

        """;

    private const string Extensions = """
        {
          "recommendations": ["redhat.vscode-yaml"]
        }

        """;

    private const string Settings = """
        {
          "yaml.schemas": {
            "./data/schemas/content.schema.json": ["data/**/*.yaml"],
            "./data/schemas/materials.schema.json": ["materials.yaml"]
          },
          "files.encoding": "utf8"
        }

        """;

    /// <summary>A comment for each field of the example list, written before its first occurrence.</summary>
    private static readonly (string Key, string Comment)[] ListComments =
    [
        ("kind:", "Loại nội dung: list là một danh sách có tiêu đề, như “4 tích cực” hay “9 không”."),
        ("id:", "Mã của danh sách: chữ thường không dấu, chữ số và dấu gạch nối; dùng trong tên tệp và để tham chiếu."),
        ("title:", "Tiêu đề của danh sách."),
        ("lead:", "Đoạn dẫn in dưới tiêu đề (không bắt buộc); >- nối các dòng bên dưới thành một đoạn."),
        ("tone:", "Sắc thái: do (nên làm), dont (không được làm) hoặc neutral (trung tính); quyết định màu và dấu đầu dòng."),
        ("items:", "Các mục, theo thứ tự."),
        ("  - label:", "  # label: dạng ngắn cho infographic và thẻ (không bắt buộc); text: nội dung đầy đủ; icon: biểu tượng\n  # (comment, like, share, post, lock, warning, check, cross, shield, user, secret, document, film, pen, book)."),
        ("source:", "Nguồn của nội dung, in ở cuối tài liệu (không bắt buộc)."),
    ];

    private static readonly (string Key, string Comment)[] BrandComments =
    [
        ("kind:", "Bộ nhận diện: tên tổ chức, biểu trưng, màu và phông chữ dùng chung cho mọi mẫu. Sửa cho đúng cơ quan, đơn vị của bạn."),
        ("id:", "Mã của tệp; luôn là brand."),
        ("organisation:", "Tên cơ quan, tổ chức in ở đầu tài liệu."),
        ("logo:", "Biểu trưng (SVG hoặc PNG trong dự án); templates/images/logo.svg là biểu trưng có sẵn."),
        ("colors:", "Màu dạng #RRGGBB: primary (chủ đạo), primary_dark (chủ đạo đậm), accent (nhấn), do (nên làm),\n# dont (không được làm), ink (chữ), paper (nền), muted (chữ phụ)."),
        ("fonts:", "Họ phông chữ: sans cho tiêu đề và thẻ, serif cho chữ văn bản. Có sẵn: Be Vietnam Pro, Tinos;\n# muốn dùng phông khác, thêm tệp .ttf vào fonts/."),
    ];

    /// <summary>Every file of a new project, by its path in the project, for the templates <paramref name="workspace"/> has.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(Workspace workspace)
    {
        List<(string, string)> files =
        [
            ("materials.yaml", Manifest),
            ("data/4-tich-cuc.yaml", Annotate(Resource("starter/4-tich-cuc.yaml"), ListComments)),
            ("data/brand.yaml", Annotate(Resource("starter/brand.yaml"), BrandComments)),
            (".vscode/extensions.json", Extensions),
            (".vscode/settings.json", Settings),
            (".gitignore", "output/\n"),
        ];
        files.AddRange(ProjectSchemas.Files(workspace).Select(f => ("data/schemas/" + f.Key, f.Value)));
        return files;
    }

    /// <summary>The text with each field's comment on the line before the field's first occurrence.</summary>
    internal static string Annotate(string text, IReadOnlyList<(string Key, string Comment)> comments)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        var result = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            foreach (var (key, comment) in comments)
            {
                if (line.StartsWith(key, StringComparison.Ordinal) && written.Add(key))
                {
                    result.Append(comment.StartsWith(' ') ? comment : "# " + comment).Append('\n');
                }
            }

            result.Append(line).Append('\n');
        }

        return result.ToString();
    }

    private static string Resource(string name)
    {
        using var stream = typeof(StarterProject).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the starter file {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
