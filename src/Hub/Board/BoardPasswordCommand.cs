namespace CounterNode.Hub.Board;

/// <summary>
/// <c>CounterNode.Hub --hash-password</c>: reads a password from standard input (one line, so
/// it stays out of the shell history and the process list) and prints the PBKDF2 hash to put
/// in <c>Hub:Board:Supervisors:N:PasswordHash</c>.
/// </summary>
public static class BoardPasswordCommand
{
    public const string Switch = "--hash-password";

    /// <summary>Runs the command when <paramref name="args"/> holds the switch; returns the exit code, or null when not asked.</summary>
    public static int? TryRun(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!args.Contains(Switch, StringComparer.Ordinal))
            return null;
        var password = input.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("hash-password: give the password on standard input (one line, not empty).");
            return 2;
        }

        output.WriteLine(SupervisorPasswordHasher.Hash(password));
        return 0;
    }
}
