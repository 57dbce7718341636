namespace TrainingCenter.Applications;

/// <summary>A question as staff typed it on the form; <see cref="Problem"/> says what keeps it from being saved.</summary>
public sealed record QuestionDraft(string? Text, QuestionKind Kind, bool IsRequired, string? Options)
{
    public const int MinChoices = 2;

    public string? Problem
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Text)) return "Write the question.";
            if (Text.Trim().Length > ApplicationQuestion.TextLength) return $"A question is at most {ApplicationQuestion.TextLength} characters.";
            if (!Enum.IsDefined(Kind)) return "Choose how the question is answered.";
            if (Kind != QuestionKind.Choice) return null;
            var choices = ApplicationQuestion.SplitOptions(Options);
            if (choices.Count < MinChoices) return $"A choice question needs at least {MinChoices} options, one a line.";
            if (choices.Count > ApplicationQuestion.MaxOptions) return $"A choice question has at most {ApplicationQuestion.MaxOptions} options.";
            if (choices.Any(c => c.Length > ApplicationQuestion.OptionLength)) return $"An option is at most {ApplicationQuestion.OptionLength} characters.";
            return null;
        }
    }

    public string CleanText => Text?.Trim() ?? "";

    /// <summary>A choice question's options as stored (one a line); nothing for the other kinds.</summary>
    public string? CleanOptions => Kind == QuestionKind.Choice ? string.Join('\n', ApplicationQuestion.SplitOptions(Options)) : null;
}
