namespace TrainingCenter.Applications;

/// <summary>A question as the application form shows it.</summary>
public sealed record QuestionOnForm(int Id, string Text, QuestionKind Kind, bool IsRequired, string? Options)
{
    public IReadOnlyList<string> Choices => ApplicationQuestion.ChoicesOf(Kind, Options);

    public int MaxLength => Kind == QuestionKind.ShortText ? ApplicationForm.ShortAnswerLength : ApplicationAnswer.TextLength;
}
