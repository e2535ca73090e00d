using System.Net;
using System.Net.Sockets;

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// Picks a free TCP port on the loopback interface for a process that binds it a moment later.
/// </summary>
/// <remarks>
/// Why not port 0: the kernel hands out listening ports from the same ephemeral range
/// (32768–60999 on Linux) as the local ports of outgoing connections, so between this check and
/// the process binding the port, any of the suite's many client connections could take it
/// ("address already in use" in the crash tests, which restart a process 50 times). Ports are
/// therefore drawn below that range, never twice in one run, and checked by binding them.
/// </remarks>
public static class FreePort
{
    private const int First = 20_000;
    private const int Last = 32_000;
    private static readonly HashSet<int> HandedOut = [];

    public static int Next()
    {
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            lock (HandedOut)
            {
                if (!HandedOut.Add(port))
                    continue;
            }

            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken by something else on this machine: try another.
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }
}
