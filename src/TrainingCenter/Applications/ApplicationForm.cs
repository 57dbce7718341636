namespace TrainingCenter.Applications;

/// <summary>A cohort's application questions, and the rules an applicant's answers keep.</summary>
public static class ApplicationForm
{
    public const int ShortAnswerLength = 300;

    /// <summary>What applying to a cohort that asks nothing sends.</summary>
    public static IReadOnlyDictionary<int, string?> NoAnswers { get; } = new Dictionary<int, string?>();

    /// <summary>
    /// The answers to keep (trimmed, blanks left out, keyed by question) and what is wrong with the others, keyed by
    /// question: a required one left blank, an answer too long, a choice not offered. Answers to no question are ignored.
    /// </summary>
    public static (IReadOnlyList<ApplicationAnswer> Answers, IReadOnlyDictionary<int, string> Problems) Check(
        IReadOnlyList<QuestionOnForm> questions, IReadOnlyDictionary<int, string?> given)
    {
        var answers = new List<ApplicationAnswer>();
        var problems = new Dictionary<int, string>();
        foreach (var question in questions)
        {
            var text = given.GetValueOrDefault(question.Id)?.Trim() ?? "";
            if (text.Length == 0)
            {
                if (question.IsRequired) problems[question.Id] = $"Answer \"{question.Text}\": it is required.";
                continue;
            }
            if (text.Length > question.MaxLength)
                problems[question.Id] = $"Your answer to \"{question.Text}\" is {text.Length} characters; at most {question.MaxLength} fit.";
            else if (question.Choices.Count > 0 && !question.Choices.Contains(text, StringComparer.Ordinal))
                problems[question.Id] = $"Choose one of the answers offered for \"{question.Text}\".";
            else
                answers.Add(new ApplicationAnswer(question.Id, text));
        }
        return (answers, problems);
    }
}
