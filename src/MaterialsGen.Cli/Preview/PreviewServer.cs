using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MaterialsGen.Cli.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MaterialsGen.Cli.Preview;

/// <summary>
/// <c>materialsgen preview</c>'s web server: Kestrel on 127.0.0.1 only, minimal-API routes over a
/// <see cref="PreviewSession"/>. It answers with its embedded page, JSON about the outputs, page images
/// and a server-sent-events stream of new versions, and nothing else: no file is ever served by path,
/// requests for another host name are refused, and no cross-origin headers are sent.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The port when none is given (documented in the README); <c>--port 0</c> picks a free one.</summary>
    public const int DefaultPort = 4747;

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly PreviewApi _api;
    private readonly Text _text;

    private PreviewServer(WebApplication app, PreviewSession session, Text text)
    {
        _app = app;
        _text = text;
        Session = session;
        _api = new PreviewApi(session, text);
    }

    public PreviewSession Session { get; }

    public int Port { get; private set; }

    /// <summary>Cancelled when the server stops by itself (SIGTERM: the host's console lifetime stops it).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    public string Url => $"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/";

    /// <summary>Starts serving the project at <paramref name="root"/>, its page in <paramref name="text"/>'s language (English when none); returns once the port is listening.</summary>
    public static async Task<PreviewServer> StartAsync(string root, int port, Text? text = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "materialsgen-preview",
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        var server = new PreviewServer(app, new PreviewSession(root), text ?? Text.English);
        server.Map();
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    private void Map()
    {
        var app = _app;
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (!HostGuard.IsAllowed(context.Request.Headers.Host, Port))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await Send(context, Encoding.UTF8.GetBytes(_text["PreviewLocalOnly"] + "\n")).ConfigureAwait(false);
                return;
            }

            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                // Read-only: no method that changes anything, and no CORS preflight answered.
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                headers.Allow = "GET, HEAD";
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        app.MapGet("/", context => Asset(context, "index.html"));
        app.MapGet("/assets/{file}", context => Asset(context, (string)context.Request.RouteValues["file"]!));
        app.MapGet("/outputs/{name}", context => View(context) is null ? NotFound(context) : Asset(context, "output.html"));
        app.MapGet("/api/outputs", async context => await Json(context, await _api.ListAsync(context.RequestAborted).ConfigureAwait(false), PreviewJsonContext.Relaxed.OutputListJson).ConfigureAwait(false));
        app.MapGet("/outputs/{name}/state", async context =>
        {
            var view = View(context);
            var json = view is { } key ? await _api.ViewAsync(key, context.RequestAborted).ConfigureAwait(false) : null;
            await (json is null ? NotFound(context) : Json(context, json, PreviewJsonContext.Relaxed.ViewJson)).ConfigureAwait(false);
        });
        app.MapGet("/outputs/{name}/page/{page:int}", async context =>
        {
            var view = View(context);
            var scale = float.TryParse(context.Request.Query["scale"], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : 1;
            var png = view is { } key ? await _api.PageAsync(key, PageNumber(context), scale, context.RequestAborted).ConfigureAwait(false) : null;
            if (png is null)
            {
                await NotFound(context).ConfigureAwait(false);
                return;
            }

            context.Response.ContentType = "image/png";
            context.Response.Headers.CacheControl = "no-store";
            await Send(context, png).ConfigureAwait(false);
        });
        app.MapGet("/outputs/{name}/words/{page:int}", async context =>
        {
            var json = View(context) is { } key ? await _api.WordsAsync(key, PageNumber(context), context.RequestAborted).ConfigureAwait(false) : null;
            await (json is null ? NotFound(context) : Json(context, json, PreviewJsonContext.Relaxed.WordsJson)).ConfigureAwait(false);
        });
        app.MapGet("/outputs/{name}/source", async context =>
        {
            var query = context.Request.Query;
            var ok = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
                & float.TryParse(query["x"], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                & float.TryParse(query["y"], NumberStyles.Float, CultureInfo.InvariantCulture, out var y);
            var json = ok && View(context) is { } key ? await _api.SourceAsync(key, page, x, y, context.RequestAborted).ConfigureAwait(false) : null;
            await (json is null ? NotFound(context) : Json(context, json, PreviewJsonContext.Relaxed.SourceJson)).ConfigureAwait(false);
        });
        app.MapGet("/events", Events);
        app.MapFallback(NotFound);
    }

    /// <summary>The view a request names: an output name from the manifest, then an optional size and record.</summary>
    private ViewKey? View(HttpContext context)
    {
        if (context.Request.RouteValues["name"] is not string name || Session.Plan.Resolve(name) is not { } key)
        {
            return null;
        }

        var query = context.Request.Query;
        if (query.ContainsKey("size"))
        {
            var size = query["size"].ToString();
            if (size.Length == 0)
            {
                key = key with { Size = null };
            }
            else if (Build.SizePresets.TryParse(size, out _))
            {
                key = key with { Size = size };
            }
            else
            {
                return null;
            }
        }

        if (query.ContainsKey("record"))
        {
            if (!int.TryParse(query["record"], NumberStyles.None, CultureInfo.InvariantCulture, out var record))
            {
                return null;
            }

            key = key with { Record = record };
        }

        return key;
    }

    private static int PageNumber(HttpContext context) =>
        int.TryParse(context.Request.RouteValues["page"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 0;

    private Task Asset(HttpContext context, string name)
    {
        if (PreviewAssets.Find(name, _text) is not { } asset)
        {
            return NotFound(context);
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.Headers.CacheControl = "no-cache";
        if (name.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        }

        return Send(context, asset.Bytes);
    }

    private Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return Send(context, Encoding.UTF8.GetBytes(_text["PreviewNotFound"] + "\n"));
    }

    private static Task Json<T>(HttpContext context, T value, JsonTypeInfo<T> type)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return Send(context, JsonSerializer.SerializeToUtf8Bytes(value, type));
    }

    private static Task Send(HttpContext context, byte[] body)
    {
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>Server-sent events: one <c>data:</c> line per new version of a view, a comment now and then to keep the line open.</summary>
    private async Task Events(HttpContext context)
    {
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        var events = Session.Events.Subscribe(stop.Token);
        var body = context.Response.Body;
        try
        {
            await body.WriteAsync(": connected\n\n"u8.ToArray(), stop.Token).ConfigureAwait(false);
            await body.FlushAsync(stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(KeepAlive);
                byte[] line;
                try
                {
                    var e = await events.ReadAsync(wait.Token).ConfigureAwait(false);
                    var json = JsonSerializer.Serialize(new EventJson(e.View?.Entry, e.View?.Size, e.View?.Record ?? 0, e.Version, e.Errors), PreviewJsonContext.Relaxed.EventJson);
                    line = Encoding.UTF8.GetBytes($"data: {json}\n\n");
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    line = ": keep-alive\n\n"u8.ToArray();
                }

                await body.WriteAsync(line, stop.Token).ConfigureAwait(false);
                await body.FlushAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Session.Dispose();
    }
}
