using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Catalogue;

/// <summary>Registration of the catalogue: options, seeding, editor, admin API and page.</summary>
public static class CatalogueExtensions
{
    /// <summary>Call after the sync engine is registered: the seeder must start after the database is initialised.</summary>
    public static WebApplicationBuilder AddCatalogue(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CatalogueOptions>()
            .Bind(builder.Configuration.GetSection(CatalogueOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CatalogueOptions>, CatalogueOptionsValidator>();
        builder.Services.AddSingleton<CatalogueReader>();
        builder.Services.AddSingleton<CatalogueEditor>();
        builder.Services.AddHostedService<CatalogueSeeder>();
        return builder;
    }

    /// <summary>Maps the admin API and the page <c>/admin/catalogue</c> (after the board, which sets up authentication).</summary>
    public static WebApplication MapCatalogue(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCatalogueApi();
        app.MapCatalogueAdminPage();
        return app;
    }
}
