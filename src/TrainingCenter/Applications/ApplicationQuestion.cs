using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Applications;

/// <summary>A question a cohort's application form asks, defined by staff; <see cref="Position"/> orders the form.</summary>
public sealed class ApplicationQuestion : AuditedEntity
{
    public const int TextLength = 300;
    public const int OptionLength = 100;
    public const int OptionsLength = 2000;
    public const int MaxOptions = 20;
    public const string Yes = "Yes";
    public const string No = "No";

    public ApplicationQuestion(int cohortId, int position, string text, QuestionKind kind, bool isRequired, string? options)
    {
        CohortId = cohortId;
        Position = position;
        Text = text;
        Kind = kind;
        IsRequired = isRequired;
        Options = options;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int Position { get; internal set; }
    public string Text { get; private set; }
    public QuestionKind Kind { get; private set; }
    public bool IsRequired { get; private set; }

    /// <summary>A choice question's options, one a line; null for the other kinds.</summary>
    public string? Options { get; private set; }

    public IReadOnlyList<string> Choices => ChoicesOf(Kind, Options);

    /// <summary>The answers a question of this kind accepts, in the order the form offers them; none for free text.</summary>
    public static IReadOnlyList<string> ChoicesOf(QuestionKind kind, string? options) => kind switch
    {
        QuestionKind.YesNo => [Yes, No],
        QuestionKind.Choice => SplitOptions(options),
        _ => [],
    };

    public void Change(string text, QuestionKind kind, bool isRequired, string? options)
    {
        Text = text;
        Kind = kind;
        IsRequired = isRequired;
        Options = options;
    }

    /// <summary>Options as staff typed them, one a line: trimmed, blanks and repeats dropped.</summary>
    public static IReadOnlyList<string> SplitOptions(string? options) =>
        (options ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
