using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Voice.Phrases;
using CounterNode.Node.Devices.Voice.Speech;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Voice.Hosting;

/// <summary>Registers the hall's voice announcer.</summary>
public static class VoiceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IVoiceAnnouncer"/> bound from the "Voice" section (validated on start): the
    /// espeak-ng announcer as a hosted service when <c>Voice:Enabled</c>, a silent one otherwise.
    /// </summary>
    public static IServiceCollection AddVoice(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NodeOptions>().Bind(configuration.GetSection(NodeOptions.SectionName));
        services.AddValidatedOptions<VoiceOptions, VoiceOptionsValidator>(configuration, VoiceOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);

        var enabled = configuration.GetSection(VoiceOptions.SectionName).GetValue<bool>(nameof(VoiceOptions.Enabled));
        if (!enabled)
        {
            services.TryAddSingleton<IVoiceAnnouncer, NullVoiceAnnouncer>();
            return services;
        }

        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<VoiceOptions>>().Value;
            var node = sp.GetRequiredService<IOptions<NodeOptions>>().Value;
            IAudioPlayer? player = options.Output == VoiceOutputKind.Play ? new CommandAudioPlayer(options.PlayCommand) : null;
            return new VoiceAnnouncer(
                new VoicePhraseBuilder(options.Phrase),
                new EspeakSynthesizer(options.Espeak, options.EspeakVoice, options.WordsPerMinute),
                player,
                new VoiceAnnouncerSettings(Path.Combine(node.DataDirectory, options.OutputDirectory), options.Output == VoiceOutputKind.Folder, options.QueueCapacity),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<VoiceAnnouncer>>());
        });
        services.TryAddSingleton<IVoiceAnnouncer>(sp => sp.GetRequiredService<VoiceAnnouncer>());
        services.AddHostedService(sp => sp.GetRequiredService<VoiceAnnouncer>());
        return services;
    }
}
