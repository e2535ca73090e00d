using CounterNode.Node.Devices.Voice;
using CounterNode.Node.Devices.Voice.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Devices.Voice;

public class VoiceConfigurationTests
{
    [Fact]
    public async Task Disabled_voice_is_silent_and_enabled_voice_is_the_espeak_announcer()
    {
        await using var off = Build(new() { ["Voice:Enabled"] = "false" });
        await using var on = Build(new() { ["Voice:Enabled"] = "true", ["Voice:OutputDirectory"] = Path.GetTempPath() });

        Assert.IsType<NullVoiceAnnouncer>(off.GetRequiredService<IVoiceAnnouncer>());
        Assert.IsType<VoiceAnnouncer>(on.GetRequiredService<IVoiceAnnouncer>());
        Assert.NotNull(on.GetRequiredService<IOptions<VoiceOptions>>().Value);
    }

    [Theory]
    [InlineData("Voice:EspeakVoice", "no-such-voice", "fall back to English")]
    [InlineData("Voice:Espeak", "espeak-ng-missing", "not found on PATH")]
    [InlineData("Voice:Phrase", "Mời số {number}", "{counter}")]
    [InlineData("Voice:PlayCommand", "aplay -q", "{file}")]
    [InlineData("Voice:PlayCommand", "no-such-player {file}", "not found on PATH")]
    public async Task Bad_voice_configuration_fails_at_start(string key, string value, string expected)
    {
        await using var provider = Build(new() { ["Voice:Enabled"] = "true", ["Voice:Output"] = "Play", [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<VoiceOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddVoice(configuration);
        return services.BuildServiceProvider();
    }
}
