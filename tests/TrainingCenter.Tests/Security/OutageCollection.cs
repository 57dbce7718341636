namespace TrainingCenter.Tests.Security;

/// <summary>
/// Tests that stop a database server or kill an app process run alone, after the rest: their restarts reuse ports and
/// connection pools, which other tests running at the same moment could take or be broken by.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutageCollection
{
    public const string Name = "Outages";
}
