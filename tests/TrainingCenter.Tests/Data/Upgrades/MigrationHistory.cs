using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using TrainingCenter.Data;

namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>One provider's migrations in the order they apply, each with the schema it leaves behind.</summary>
public sealed class MigrationHistory
{
    private readonly IMigrationsAssembly _assembly;
    private readonly IModelRuntimeInitializer _initializer;
    private readonly string _provider;

    public MigrationHistory(AppDbContext db)
    {
        _assembly = db.GetService<IMigrationsAssembly>();
        _initializer = db.GetService<IModelRuntimeInitializer>();
        _provider = db.Database.ProviderName!;
        Ids = [.. _assembly.Migrations.Keys];
    }

    /// <summary>Migration ids (<c>20261128000023_SeatsAndNominations</c>), oldest first.</summary>
    public IReadOnlyList<string> Ids { get; }

    public Migration Create(string id) => _assembly.CreateMigration(_assembly.Migrations[id], _provider);

    /// <summary>The tables, columns, keys and constraints as they stand once <paramref name="id"/> is applied.</summary>
    public IRelationalModel SchemaAfter(string id) =>
        _initializer.Initialize(Create(id).TargetModel ?? throw new InvalidOperationException($"{id} has no target model."))
            .GetRelationalModel();

    /// <summary>The name given to <c>migrations/add.sh</c>, the same for every provider (the id less its timestamp).</summary>
    public static string NameOf(string id) => id[(id.IndexOf('_') + 1)..];
}
