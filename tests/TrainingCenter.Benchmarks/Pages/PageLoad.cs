using System.Net;
using TrainingCenter.Benchmarks.Http;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>One page measured under load: who its workers sign in as (null: anonymous) and one timed request by worker i.</summary>
/// <param name="Path">The page's address when it is a plain GET.</param>
public sealed record PageLoad(string Name, string? SignInAs, Func<BenchClient, int, Task<TimeSpan?>> Request, string? Path = null)
{
    /// <summary>A GET that counts only when the page answers 200.</summary>
    public static PageLoad Get(string name, string? signInAs, string path) => new(name, signInAs, async (client, _) =>
    {
        var response = await client.GetAsync(path);
        return response.Status == HttpStatusCode.OK ? response.Elapsed : null;
    }, path);
}
