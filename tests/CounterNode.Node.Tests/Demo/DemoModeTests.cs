using CounterNode.Node.Demo;
using CounterNode.Node.Queue;
using CounterNode.Shared.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Demo;

public sealed class DemoModeTests
{
    /// <summary>Saturday 28 Nov 2026, 22:00 in the center (UTC+7): no tickets in a real hall.</summary>
    private static readonly DateTimeOffset SaturdayNight = new(2026, 11, 28, 22, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Without_the_demo_setting_tickets_are_refused_outside_working_hours()
    {
        var clock = Build(openAllHours: null);
        Assert.False(clock.OpenAllHours);
        var ex = Assert.Throws<OutsideWorkingHoursException>(clock.EnsureOpen);
        Assert.Contains("Ngoài giờ làm việc", ex.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Demo_OpenAllHours_the_registered_clock_is_kept_but_no_longer_refuses()
    {
        var clock = Build(openAllHours: "true");
        Assert.True(clock.OpenAllHours);
        clock.EnsureOpen();
        Assert.Equal(SaturdayNight.UtcDateTime, clock.Time.GetUtcNow().UtcDateTime); // the real (here: pinned) clock, not a faked hour
        Assert.Equal(new DateOnly(2026, 11, 28), clock.Today);
    }

    private static QueueClock Build(string? openAllHours)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:OpenAllHours"] = openAllHours })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(new QueueClock(new FakeTimeProvider(SaturdayNight), WorkingCalendar.Default));
        services.AddLogging();
        services.AddDemoMode(configuration);
        return services.BuildServiceProvider().GetRequiredService<QueueClock>();
    }
}
