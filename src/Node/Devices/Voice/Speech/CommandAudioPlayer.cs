using System.ComponentModel;

namespace CounterNode.Node.Devices.Voice.Speech;

/// <summary>
/// Plays through a command such as <c>aplay -q {file}</c> or <c>paplay {file}</c>: split on
/// spaces, <c>{file}</c> replaced by the WAV path, run without a shell.
/// </summary>
public sealed class CommandAudioPlayer : IAudioPlayer
{
    private readonly string _executable;
    private readonly IReadOnlyList<string> _arguments;

    public CommandAudioPlayer(string command)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        var parts = command.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        _executable = parts[0];
        _arguments = parts[1..];
        if (!_arguments.Contains("{file}"))
        {
            throw new ArgumentException($"The play command '{command}' must contain {{file}} where the WAV path goes.", nameof(command));
        }
    }

    public async Task PlayAsync(string wavPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wavPath);
        (int ExitCode, string Error) result;
        try
        {
            result = await ProcessRunner.RunAsync(_executable, _arguments.Select(a => a == "{file}" ? wavPath : a), cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception ex)
        {
            throw new AudioPlaybackException($"Cannot run {_executable}: {ex.Message}", ex);
        }

        if (result.ExitCode != 0)
        {
            throw new AudioPlaybackException($"{_executable} exited with {result.ExitCode}: {result.Error}");
        }
    }
}
