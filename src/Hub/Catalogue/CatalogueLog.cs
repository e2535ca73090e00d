namespace CounterNode.Hub.Catalogue;

/// <summary>Source-generated log messages of the catalogue (event ids 4600–4649). Never PINs or badge secrets.</summary>
internal static partial class CatalogueLog
{
    [LoggerMessage(4600, LogLevel.Information, "Catalogue seeded from {SeedFile}: {Entries} entries up to version {Version}")]
    public static partial void Seeded(ILogger logger, string seedFile, int entries, long version);

    [LoggerMessage(4601, LogLevel.Information, "Catalogue already present; seed file not used")]
    public static partial void AlreadySeeded(ILogger logger);

    [LoggerMessage(4602, LogLevel.Information, "Catalogue {EntityType}/{Id} saved by {User} at version {Version}")]
    public static partial void Saved(ILogger logger, string entityType, string id, string user, long version);

    [LoggerMessage(4603, LogLevel.Information, "Catalogue {EntityType}/{Id} removed by {User} at version {Version}")]
    public static partial void Removed(ILogger logger, string entityType, string id, string user, long version);

    [LoggerMessage(4604, LogLevel.Information, "New badge issued for officer {OfficerId} by {User}")]
    public static partial void BadgeIssued(ILogger logger, string officerId, string user);

    [LoggerMessage(4605, LogLevel.Warning, "Catalogue change {EntityType}/{Id} by {User} refused: {Code}")]
    public static partial void Refused(ILogger logger, string entityType, string id, string user, string code);

    [LoggerMessage(4607, LogLevel.Warning, "Catalogue seed was interrupted; writing the {Remaining} of {Entries} entries still missing")]
    public static partial void Resuming(ILogger logger, int remaining, int entries);

    [LoggerMessage(4606, LogLevel.Information, "Catalogue seeding is off ({Setting} = false)")]
    public static partial void SeedingOff(ILogger logger, string setting);
}
