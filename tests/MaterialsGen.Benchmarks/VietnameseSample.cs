namespace MaterialsGen.Benchmarks;

/// <summary>A long body paragraph of the handout (the first solution), about 1,000 characters, NFC.</summary>
internal static class VietnameseSample
{
    public const string Paragraph =
        "Tự nâng cao nhận thức trách nhiệm về nhiệm vụ đấu tranh, phòng, chống các quan điểm sai trái, " +
        "thù địch, cơ hội chính trị trên không gian mạng là nhiệm vụ thường xuyên, liên tục. Phải nhận thức " +
        "“tính hai mặt” của không gian mạng, “nhận diện” rõ âm mưu, thủ đoạn của kẻ thù trong việc sử dụng " +
        "không gian mạng để chống phá cách mạng nước ta. Từ đó, nêu cao nhận thức, có tinh thần cảnh giác " +
        "cách mạng cao, có nhãn quan chính trị đúng đắn, đủ sức “phản biện” trước các thông tin xấu, độc " +
        "trên không gian mạng. Mỗi cán bộ, đảng viên phải kiên định lập trường chính trị, không bị tác động " +
        "tiêu cực tới tư tưởng chính trị và bản lĩnh. Phải tham gia mạng xã hội với cảm xúc lành mạnh, chủ " +
        "động làm chủ không gian mạng, phải để không gian mạng trở thành phương tiện, công cụ đắc lực phục " +
        "vụ cho công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch.";
}
