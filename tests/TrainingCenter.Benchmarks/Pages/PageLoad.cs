using System.Net;
using TrainingCenter.Identity;
using TrainingCenter.Benchmarks.Http;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>One page measured under load: who its workers sign in as (null: anonymous) and one timed request by worker i.</summary>
/// <param name="Path">The page's address when it is a plain GET.</param>
/// <param name="Language">The language its workers chose with the switcher (its cookie); null: none, so English.</param>
/// <param name="EnglishTwin">For a page in Urdu, the name of the same page measured in English.</param>
public sealed record PageLoad(string Name, string? SignInAs, Func<BenchClient, int, Task<TimeSpan?>> Request, string? Path = null,
    string? Language = null, string? EnglishTwin = null)
{
    /// <summary>A GET that counts only when the page answers 200.</summary>
    public static PageLoad Get(string name, string? signInAs, string path) => new(name, signInAs, async (client, _) =>
    {
        var response = await client.GetAsync(path);
        return response.Status == HttpStatusCode.OK ? response.Elapsed : null;
    }, path);

    /// <summary>The same GET as <paramref name="english"/>, by workers who chose Urdu.</summary>
    public static PageLoad InUrdu(string name, PageLoad english) =>
        english with { Name = name, Language = Languages.Urdu, EnglishTwin = english.Name };
}
