using System.Text.Json;

namespace TrainingCenter.Tests.Dependencies;

public sealed class DependencyGraphTests
{
    [Theory]
    [InlineData("TrainingCenter.Web.deps.json")]
    [InlineData("TrainingCenter.Tests.deps.json")]
    public void No_library_in_the_dependency_graph_is_System_Drawing_Common(string depsFile)
    {
        var libraries = Libraries(depsFile);

        // The graph is really there: the XLSX writer's library is in it.
        Assert.Contains("DocumentFormat.OpenXml", libraries);
        // GDI+ is unsupported on Linux, and version 4.7.0 (which ClosedXML 0.95 pulled in) has CVE-2021-24112.
        Assert.DoesNotContain(libraries, l => l.Equals("System.Drawing.Common", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The library names in a deps.json the build wrote next to the test assembly.</summary>
    private static List<string> Libraries(string depsFile)
    {
        using var deps = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, depsFile)));
        return deps.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();
    }
}
