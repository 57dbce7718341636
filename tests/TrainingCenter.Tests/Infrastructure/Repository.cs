namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Where the repository the tests were built from is, for tests that read its source files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TrainingCenter.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException($"No TrainingCenter.sln above {AppContext.BaseDirectory}.");
    }
}
