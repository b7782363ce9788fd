namespace MaterialsGen.Content.Schema;

/// <summary>
/// The Vietnamese texts of the content schemas editors show (hovers, completion): one per node of
/// <see cref="ContentSchema"/>, by its path (<c>list.items[].icon</c>; <c>*.</c> for every kind), and one per
/// value of the fixed sets (each tone, each icon). A test fails when a node or a value has none.
/// </summary>
internal static class SchemaTexts
{
    private static readonly Dictionary<string, string> Nodes = new(StringComparer.Ordinal)
    {
        ["*.id"] = "Mã duy nhất, dùng trong tên tệp đầu ra và để tham chiếu: chữ thường không dấu `a`–`z`, chữ số và dấu gạch nối, như `9-khong`.",
        ["*.source"] = "Nguồn của nội dung, in thành dòng nguồn ở cuối tài liệu.",
        ["*.source.title"] = "Tên bài viết hoặc tài liệu nguồn.",
        ["*.source.publisher"] = "Cơ quan đăng tải.",
        ["*.source.date"] = "Ngày đăng, dạng `YYYY-MM-DD`.",
        ["*.source.authors"] = "Các tác giả, theo thứ tự in.",
        ["*.source.authors[]"] = "Họ tên một tác giả.",

        ["list"] = "Một danh sách có tiêu đề gồm các điều nên làm hoặc không được làm, như “4 tích cực”, “9 không”.",
        ["list.title"] = "Tiêu đề của danh sách, như `Tuyệt đối tuân thủ “9 không”`.",
        ["list.lead"] = "Đoạn dẫn in dưới tiêu đề.",
        ["list.tone"] = "Sắc thái của danh sách; quyết định màu và dấu đầu dòng.",
        ["list.items"] = "Các mục, theo thứ tự.",
        ["list.items[]"] = "Một mục: `text` là bắt buộc; `label` và `icon` thì không.",
        ["list.items[].label"] = "Dạng ngắn cho infographic và thẻ; bỏ trống thì dùng `text`.",
        ["list.items[].text"] = "Nội dung đầy đủ của mục; có thể gồm nhiều câu.",
        ["list.items[].icon"] = "Biểu tượng vẽ cạnh mục, từ bộ biểu tượng có sẵn.",

        ["solutions"] = "Các giải pháp đánh số (“Một là” … “Năm là”) của bài viết.",
        ["solutions.title"] = "Tiêu đề của phần giải pháp.",
        ["solutions.intro"] = "Câu dẫn vào các giải pháp.",
        ["solutions.items"] = "Các giải pháp, theo thứ tự.",
        ["solutions.items[]"] = "Một giải pháp, in thành “từ chỉ thứ tự, nội dung”.",
        ["solutions.items[].ordinal"] = "Từ chỉ thứ tự như được viết, ví dụ “Một là”.",
        ["solutions.items[].label"] = "Tên ngắn cho thẻ và mục lục.",
        ["solutions.items[].summary"] = "Một, hai câu cho infographic, theo lời của bài viết.",
        ["solutions.items[].text"] = "Đoạn văn của giải pháp, sau từ chỉ thứ tự.",
        ["solutions.items[].list"] = "Id của một tệp danh sách trình bày chi tiết giải pháp này, như `4-tich-cuc`.",

        ["quotes"] = "Tập các ý kiến được trích dẫn, như ý kiến của lãnh đạo, nhà khoa học mà bài viết nêu.",
        ["quotes.title"] = "Tiêu đề của tập trích dẫn.",
        ["quotes.items"] = "Các câu trích dẫn, theo thứ tự.",
        ["quotes.items[]"] = "Một câu trích dẫn và người nói.",
        ["quotes.items[].text"] = "Lời trích, không có dấu ngoặc kép.",
        ["quotes.items[].by"] = "Họ tên người nói.",
        ["quotes.items[].role"] = "Chức vụ, in sau họ tên.",
        ["quotes.items[].source"] = "Nói ở đâu, vào dịp nào.",

        ["references"] = "Các văn bản của Đảng và của pháp luật mà tài liệu trích dẫn.",
        ["references.title"] = "Tiêu đề của phần văn bản.",
        ["references.items"] = "Các văn bản, theo thứ tự trích dẫn.",
        ["references.items[]"] = "Một văn bản.",
        ["references.items[].code"] = "Số và ký hiệu văn bản, ví dụ “85-QĐ/TW”.",
        ["references.items[].title"] = "Tên văn bản như khi trích dẫn.",
        ["references.items[].issuer"] = "Cơ quan ban hành.",
        ["references.items[].date"] = "Ngày ban hành, dạng `YYYY-MM-DD`, hoặc `YYYY` khi chỉ biết năm.",
        ["references.items[].note"] = "Lý do trích dẫn.",

        ["article"] = "Thông tin của bài viết nguồn và các đoạn mà tài liệu trích.",
        ["article.title"] = "Tên bài viết.",
        ["article.date"] = "Ngày đăng, dạng `YYYY-MM-DD`.",
        ["article.publisher"] = "Cơ quan đăng tải.",
        ["article.authors"] = "Các tác giả, theo thứ tự in.",
        ["article.authors[]"] = "Họ tên một tác giả.",
        ["article.award"] = "Dòng giải thưởng, như in dưới bài.",
        ["article.summary"] = "Tóm tắt ngắn cho phần mở đầu tài liệu.",
        ["article.intro"] = "Các đoạn mở đầu của tài liệu.",
        ["article.intro[]"] = "Một đoạn văn.",
        ["article.closing"] = "Đoạn kết.",
        ["article.quote"] = "Câu trích dẫn ở cuối tài liệu.",
        ["article.quote.text"] = "Lời trích, không có dấu ngoặc kép.",
        ["article.quote.by"] = "Người nói.",
        ["article.quote.role"] = "Chức vụ, in sau họ tên.",

        ["brand"] = "Bộ nhận diện: tên tổ chức, biểu trưng, màu và phông chữ dùng chung cho mọi mẫu.",
        ["brand.organisation"] = "Cơ quan, tổ chức ban hành, in ở đầu tài liệu.",
        ["brand.logo"] = "Tệp SVG hoặc PNG trong dự án, vẽ cạnh tên tổ chức; `templates/images/logo.svg` là biểu trưng có sẵn.",
        ["brand.colors"] = "Các màu theo vai trò, dạng `#RRGGBB`.",
        ["brand.colors.primary"] = "Màu chủ đạo: tiêu đề, dải màu.",
        ["brand.colors.primary_dark"] = "Màu chủ đạo đậm; bỏ trống thì dùng `primary`.",
        ["brand.colors.accent"] = "Màu nhấn.",
        ["brand.colors.do"] = "Màu của điều nên làm (`tone: do`).",
        ["brand.colors.dont"] = "Màu của điều không được làm (`tone: dont`).",
        ["brand.colors.ink"] = "Màu chữ.",
        ["brand.colors.paper"] = "Màu nền giấy.",
        ["brand.colors.muted"] = "Màu chữ phụ: nguồn, chú thích.",
        ["brand.cmyk"] = "Giá trị in của các màu nhận diện, để nhà in dùng đúng mực: lục lam, đỏ tươi, vàng, đen theo phần trăm. PDF dùng chúng thay cho RGB (trừ PDF/A).",
        ["brand.cmyk.primary"] = "Màu chủ đạo khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.primary_dark"] = "Màu chủ đạo đậm khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.accent"] = "Màu nhấn khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.do"] = "Màu của điều nên làm khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.dont"] = "Màu của điều không được làm khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.ink"] = "Màu chữ khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.paper"] = "Màu nền giấy khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.cmyk.muted"] = "Màu chữ phụ khi in: bốn tỉ lệ phần trăm, như `\"0 80 75 30\"`.",
        ["brand.fonts"] = "Các họ phông chữ, từ `fonts/` của dự án hoặc có sẵn trong công cụ (Be Vietnam Pro, Tinos).",
        ["brand.fonts.sans"] = "Họ phông không chân cho tiêu đề và thẻ, như `Be Vietnam Pro`.",
        ["brand.fonts.serif"] = "Họ phông có chân cho chữ văn bản, như `Tinos`.",

        ["records"] = "Bản ghi trộn thư: mỗi bản ghi tạo một đầu ra.",
        ["records[]"] = "Một bản ghi. Mọi trường là chữ; `id` đặt tên cho đầu ra của bản ghi.",
        ["records[].id"] = "Id duy nhất của bản ghi, dùng trong tên tệp đầu ra: chữ thường không dấu `a`–`z`, chữ số và dấu gạch nối.",
    };

    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["tone.do"] = "**Nên làm**: màu `do` của bộ nhận diện, như “4 tích cực”.",
        ["tone.dont"] = "**Không được làm**: màu `dont` của bộ nhận diện, như “9 không”.",
        ["tone.neutral"] = "**Trung tính**: các điểm thường, màu chủ đạo.",
        ["icon.comment"] = "Bình luận (comment).",
        ["icon.like"] = "Thích (like).",
        ["icon.share"] = "Chia sẻ (share).",
        ["icon.post"] = "Đăng tin, bài, hình ảnh.",
        ["icon.lock"] = "Ổ khóa: giữ bí mật, không để lộ thông tin.",
        ["icon.warning"] = "Cảnh báo: thông tin tiêu cực, sai trái.",
        ["icon.check"] = "Dấu đúng.",
        ["icon.cross"] = "Dấu sai.",
        ["icon.shield"] = "Khiên: bảo vệ nền tảng tư tưởng.",
        ["icon.user"] = "Người: cán bộ, đảng viên.",
        ["icon.secret"] = "Bí mật.",
        ["icon.document"] = "Tài liệu, văn bản.",
        ["icon.film"] = "Phim, video, hình ảnh.",
        ["icon.pen"] = "Bút: viết bài, cung cấp tài liệu.",
        ["icon.book"] = "Sách: học tập, nghiên cứu.",
        ["kind.article"] = "Bài viết nguồn: tên, ngày, tác giả và các đoạn trích.",
        ["kind.brand"] = "Bộ nhận diện: tổ chức, biểu trưng, màu, phông chữ.",
        ["kind.list"] = "Danh sách có tiêu đề, như “4 tích cực”, “9 không”.",
        ["kind.quotes"] = "Tập trích dẫn: ý kiến của lãnh đạo, nhà khoa học và người nói.",
        ["kind.references"] = "Các văn bản được trích dẫn.",
        ["kind.solutions"] = "Các giải pháp đánh số “Một là” … “Năm là”.",
    };

    /// <summary>The Vietnamese text of the node at <paramref name="path"/>, or null when it has none.</summary>
    public static string? Node(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return Nodes.GetValueOrDefault(path) ?? (dot > 0 ? Nodes.GetValueOrDefault("*" + path[dot..]) : null);
    }

    /// <summary>The Vietnamese text of one value of a fixed set (<c>tone</c>, <c>icon</c>, <c>kind</c>), or null.</summary>
    public static string? Value(string set, string value) => Values.GetValueOrDefault(set + "." + value);
}
