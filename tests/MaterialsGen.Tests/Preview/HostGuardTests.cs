using MaterialsGen.Cli.Preview;

namespace MaterialsGen.Tests.Preview;

public class HostGuardTests
{
    [Theory]
    [InlineData("localhost:4747")]
    [InlineData("LOCALHOST:4747")]
    [InlineData("127.0.0.1:4747")]
    [InlineData("[::1]:4747")]
    public void Loopback_names_with_the_servers_port_are_allowed(string host) => Assert.True(HostGuard.IsAllowed(host, 4747));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("localhost:4748")]
    [InlineData("localhost:04747x")]
    [InlineData("localhost:")]
    [InlineData("attacker.example:4747")]
    [InlineData("localhost.attacker.example:4747")]
    [InlineData("127.0.0.1.nip.io:4747")]
    [InlineData("127.0.0.2:4747")]
    [InlineData("0.0.0.0:4747")]
    [InlineData("[::ffff:127.0.0.1]:4747")]
    [InlineData("localhost:4747@attacker.example")]
    [InlineData("::1:4747")]
    public void Any_other_host_or_port_is_refused(string? host) => Assert.False(HostGuard.IsAllowed(host, 4747));
}
