using System.Text.Json;

namespace MaterialsGen.Tests.Preview;

/// <summary>What the preview server answers, and what it never does: files by path, other hosts, cross-origin reads.</summary>
public class PreviewRoutingTests(PreviewServerFixture preview) : IClassFixture<PreviewServerFixture>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/assets/preview.js", "text/javascript")]
    [InlineData("/assets/preview.css", "text/css")]
    [InlineData("/outputs/infographic-4-tich-cuc", "text/html")]
    [InlineData("/outputs/chia-se-4-tich-cuc-link", "text/html")]
    [InlineData("/outputs/tai-lieu-ap3-tan-thanh", "text/html")]
    [InlineData("/api/outputs", "application/json")]
    [InlineData("/outputs/infographic-4-tich-cuc/state", "application/json")]
    [InlineData("/outputs/infographic-4-tich-cuc/page/1?scale=0.1", "image/png")]
    [InlineData("/outputs/infographic-4-tich-cuc/words/1", "application/json")]
    public async Task Its_own_pages_and_rendered_outputs_are_served(string target, string type)
    {
        var (status, head, _) = await preview.RawGetAsync(target);
        Assert.Equal(200, status);
        Assert.Contains("Content-Type: " + type, head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("X-Content-Type-Options: nosniff", head, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/materials.yaml")]
    [InlineData("/data/4-tich-cuc.yaml")]
    [InlineData("/templates/infographic.sbn")]
    [InlineData("/fonts/BeVietnamPro-Regular.ttf")]
    [InlineData("/assets/../materials.yaml")]
    [InlineData("/assets/%2e%2e/materials.yaml")]
    [InlineData("/assets/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/assets/..%2fmaterials.yaml")]
    [InlineData("/assets/..%2Fdata%2F4-tich-cuc.yaml")]
    [InlineData("/assets/%2e%2e%2f%2e%2e%2fmaterials.yaml")]
    [InlineData("/assets/..%5cmaterials.yaml")]
    [InlineData("/assets/%2fetc%2fpasswd")]
    [InlineData("/assets//etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/outputs/..%2f..%2fmaterials.yaml")]
    [InlineData("/outputs/%2e%2e%2fmaterials.yaml/state")]
    [InlineData("/outputs/%2Fetc%2Fpasswd")]
    [InlineData("/outputs//etc/passwd")]
    [InlineData("/outputs/infographic-4-tich-cuc/page/1/../../../../materials.yaml")]
    [InlineData("/outputs/infographic-4-tich-cuc/%2e%2e/%2e%2e/materials.yaml")]
    [InlineData("/outputs/data%2f4-tich-cuc.yaml")]
    [InlineData("/outputs/..")]
    [InlineData("/outputs/%2e%2e")]
    [InlineData("/outputs/infographic-4-tich-cuc.png")]
    [InlineData("/outputs/infographic-4-tich-cuc/page/1?size=..%2f..%2fmaterials.yaml")]
    [InlineData("/outputs/infographic-4-tich-cuc/page/0")]
    [InlineData("/outputs/infographic-4-tich-cuc/page/2")]
    [InlineData("/outputs/infographic-4-tich-cuc/state?record=7")]
    [InlineData("http://127.0.0.1/materials.yaml")]
    [InlineData("/output/infographic-4-tich-cuc.png")]
    public async Task No_file_is_ever_served_by_its_path(string target)
    {
        var (status, _, body) = await preview.RawGetAsync(target.Replace("127.0.0.1/", $"127.0.0.1:{preview.Port}/", StringComparison.Ordinal));
        // Dot segments are removed before routing: "/outputs/.." is "/", the list page, which is fine.
        Assert.True(status is 400 or 404 || (status == 200 && body.Contains("<body data-page=\"index\">", StringComparison.Ordinal)), $"{target}: {status}");
        Assert.DoesNotContain("outputs:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tích cực", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attacker.example:{port}")]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost")]
    public async Task Requests_for_another_host_are_refused(string host)
    {
        foreach (var target in new[] { "/", "/api/outputs", "/outputs/infographic-4-tich-cuc/page/1", "/events" })
        {
            var (status, _, body) = await preview.RawGetAsync(target, host.Replace("{port}", preview.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.Equal(403, status);
            Assert.DoesNotContain("infographic", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Loopback_names_are_answered(string name)
    {
        var (status, _, _) = await preview.RawGetAsync("/api/outputs", $"{name}:{preview.Port}");
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task No_cross_origin_reads_are_allowed()
    {
        var origin = "Origin: http://attacker.example\r\n";
        var (status, head, _) = await preview.RawGetAsync("/api/outputs", extraHeaders: origin);
        Assert.Equal(200, status);
        Assert.DoesNotContain("Access-Control-", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cross-Origin-Resource-Policy: same-origin", head, StringComparison.OrdinalIgnoreCase);
        var (preflight, preflightHead, _) = await preview.RawGetAsync("/api/outputs", method: "OPTIONS", extraHeaders: origin + "Access-Control-Request-Method: GET\r\n");
        Assert.Equal(405, preflight);
        Assert.DoesNotContain("Access-Control-", preflightHead, StringComparison.OrdinalIgnoreCase);
        var (post, _, _) = await preview.RawGetAsync("/", method: "POST", extraHeaders: "Content-Length: 0\r\n");
        Assert.Equal(405, post);
    }

    [Fact]
    public async Task The_list_names_every_output_of_the_manifest_with_its_kind_formats_sizes_and_errors()
    {
        var (_, _, body) = await preview.RawGetAsync("/api/outputs");
        using var json = JsonDocument.Parse(body);
        var outputs = json.RootElement.GetProperty("outputs").EnumerateArray().ToList();
        var manifest = File.ReadAllText(Path.Combine(preview.Root, "materials.yaml"));
        Assert.Equal(manifest.Split('\n').Count(l => l.TrimStart().StartsWith("- name:", StringComparison.Ordinal)), outputs.Count);
        var share = outputs.Single(o => o.GetProperty("key").GetString() == "chia-se-4-tich-cuc");
        Assert.Equal("list", share.GetProperty("kind").GetString());
        Assert.Equal(["square", "link", "slide"], share.GetProperty("sizes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["png"], share.GetProperty("formats").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, share.GetProperty("errors").GetInt32());
        var merge = outputs.Single(o => o.GetProperty("name").GetString() == "tai-lieu-{{ record.id }}");
        Assert.True(merge.GetProperty("records").GetInt32() > 1);
        Assert.All(outputs, o => Assert.True(o.GetProperty("pages").GetInt32() >= 1, o.ToString()));
        var (thumb, head, _) = await preview.RawGetAsync(share.GetProperty("thumbnail").GetString()!);
        Assert.Equal(200, thumb);
        Assert.Contains("image/png", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_name_selects_its_size_and_record_and_the_size_picker_redraws()
    {
        static async Task<JsonElement> State(PreviewServerFixture p, string target)
        {
            var (status, _, body) = await p.RawGetAsync(target);
            Assert.Equal(200, status);
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        var link = await State(preview, "/outputs/chia-se-4-tich-cuc-link/state");
        Assert.Equal("link", link.GetProperty("size").GetString());
        Assert.Equal(1200, link.GetProperty("pages")[0].GetProperty("width").GetSingle());
        var square = await State(preview, "/outputs/infographic-4-tich-cuc/state?size=square");
        Assert.Equal(1080, square.GetProperty("pages")[0].GetProperty("height").GetSingle());
        Assert.Contains("a4", square.GetProperty("sizeChoices").EnumerateArray().Select(s => s.GetString()));
        var branch = await State(preview, "/outputs/tai-lieu-ap3-tan-thanh/state");
        var records = branch.GetProperty("recordChoices").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal("tai-lieu-ap3-tan-thanh", records[branch.GetProperty("record").GetInt32()]);
        Assert.True(branch.GetProperty("pages").GetArrayLength() >= 2);
    }
}
