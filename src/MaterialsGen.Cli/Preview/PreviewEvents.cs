using System.Threading.Channels;

namespace MaterialsGen.Cli.Preview;

/// <summary>A new version of a view (or of the list of outputs), as announced to the open pages.</summary>
internal sealed record PreviewEvent(ViewKey? View, long Version, int Errors)
{
    public static PreviewEvent ListChanged { get; } = new(null, 0, 0);
}

/// <summary>
/// Fans events out to every open page (each a server-sent-events stream). A slow page cannot hold the
/// rebuild loop back: each subscriber has its own queue, and only the newest events are kept for it.
/// </summary>
internal sealed class PreviewEvents : IDisposable
{
    private readonly object _gate = new();
    private readonly List<Channel<PreviewEvent>> _subscribers = [];

    public int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public ChannelReader<PreviewEvent> Subscribe(CancellationToken until)
    {
        var channel = Channel.CreateBounded<PreviewEvent>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        until.Register(() =>
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    public void Publish(PreviewEvent e)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(e);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }
}
