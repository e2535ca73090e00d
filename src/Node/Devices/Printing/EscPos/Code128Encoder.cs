namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>
/// Turns text into the data bytes of <c>GS k 73</c> (CODE128): the '{A' / '{B' / '{C' prefixes and
/// switches included. The code sets are chosen by a shortest-path search over (position, set) so the
/// printed symbol has the fewest symbol characters: digit runs go to set C (two digits per symbol),
/// control characters to set A, lower case to set B.
/// </summary>
public static class Code128Encoder
{
    /// <summary>Epson accepts at most 255 data bytes (the length is one byte).</summary>
    public const int MaxDataBytes = 255;

    private const int Sets = 3; // 0 = A, 1 = B, 2 = C

    private static readonly int[] PreferenceOrder = [1, 0, 2];

    /// <summary>Data bytes for GS k 73 (without the command and length byte).</summary>
    /// <exception cref="EscPosArgumentException">Empty data, a non-ASCII character, or too long.</exception>
    public static byte[] Encode(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length == 0)
        {
            throw new EscPosArgumentException("CODE128 data must not be empty.", nameof(data));
        }

        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] > 0x7F)
            {
                throw new EscPosArgumentException(
                    $"CODE128 cannot carry the character U+{(int)data[i]:X4} at index {i}; only ASCII is allowed.", nameof(data));
            }
        }

        var plan = Plan(data);
        var bytes = new List<byte>(data.Length + 8);
        var current = -1;
        var i2 = 0;
        foreach (var set in plan)
        {
            if (set != current)
            {
                bytes.Add((byte)'{');
                bytes.Add(SetLetter(set));
                current = set;
            }

            if (set == 2)
            {
                bytes.Add((byte)(((data[i2] - '0') * 10) + (data[i2 + 1] - '0')));
                i2 += 2;
            }
            else
            {
                var c = data[i2++];
                if (c == '{')
                {
                    bytes.Add((byte)'{'); // a literal '{' is written twice
                }

                bytes.Add((byte)c);
            }
        }

        if (bytes.Count > MaxDataBytes)
        {
            throw new EscPosArgumentException(
                $"CODE128 data needs {bytes.Count} bytes; the printer accepts at most {MaxDataBytes}.", nameof(data));
        }

        return [.. bytes];
    }

    /// <summary>The code set used for each symbol character, in order (set C covers two digits).</summary>
    internal static List<int> Plan(string data)
    {
        var n = data.Length;
        var cost = new int[n + 1, Sets];
        var from = new (int Pos, int Set)[n + 1, Sets];
        for (var p = 0; p <= n; p++)
        {
            for (var s = 0; s < Sets; s++)
            {
                cost[p, s] = int.MaxValue / 2;
            }
        }

        for (var s = 0; s < Sets; s++)
        {
            cost[0, s] = 1; // the start character
            from[0, s] = (-1, -1);
        }

        for (var p = 0; p <= n; p++)
        {
            // Switching set costs one symbol; relax once (all switches cost the same).
            // Set B is tried first so that ties keep the common set.
            foreach (var s in PreferenceOrder)
            {
                foreach (var t in PreferenceOrder)
                {
                    if (t != s && cost[p, s] + 1 < cost[p, t])
                    {
                        cost[p, t] = cost[p, s] + 1;
                        from[p, t] = (p, s);
                    }
                }
            }

            if (p == n)
            {
                break;
            }

            var c = data[p];
            Relax(cost, from, p, 1, p + 1, c >= 0x20);
            Relax(cost, from, p, 0, p + 1, c < 0x60);
            Relax(cost, from, p, 2, p + 2, p + 1 < n && char.IsAsciiDigit(c) && char.IsAsciiDigit(data[p + 1]));
        }

        var best = 1; // on a tie prefer set B, the usual choice (and the spec's example)
        foreach (var s in (int[])[0, 2])
        {
            if (cost[n, s] < cost[n, best])
            {
                best = s;
            }
        }

        var plan = new List<int>();
        var (pos, set) = (n, best);
        while (pos > 0)
        {
            var (prevPos, prevSet) = from[pos, set];
            if (prevPos != pos)
            {
                plan.Add(set); // a data symbol in 'set' (a switch keeps the position)
            }

            (pos, set) = (prevPos, prevSet);
        }

        plan.Reverse();
        return plan;
    }

    private static void Relax(int[,] cost, (int Pos, int Set)[,] from, int p, int set, int next, bool allowed)
    {
        if (allowed && next < cost.GetLength(0) && cost[p, set] + 1 < cost[next, set])
        {
            cost[next, set] = cost[p, set] + 1;
            from[next, set] = (p, set);
        }
    }

    private static byte SetLetter(int set) => set switch
    {
        0 => (byte)Code128CodeSet.A,
        1 => (byte)Code128CodeSet.B,
        _ => (byte)Code128CodeSet.C,
    };
}
