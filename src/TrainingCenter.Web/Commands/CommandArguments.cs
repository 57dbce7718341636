namespace TrainingCenter.Web.Commands;

/// <summary>A command's words after its name, and whether it was given <c>--force</c>.</summary>
public sealed record CommandArguments(IReadOnlyList<string> Words, bool Force)
{
    /// <summary><c>--Key value</c> and <c>--Key=value</c> pairs are settings for the host, not the command's words.</summary>
    public static CommandArguments Parse(string[] args)
    {
        var words = new List<string>();
        var force = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--force") force = true;
            else if (args[i].StartsWith('-')) i += args[i].Contains('=') ? 0 : 1;
            else words.Add(args[i]);
        }
        return new CommandArguments(words, force);
    }
}
