using TrainingCenter.Enrolments;

namespace TrainingCenter.Applications;

/// <summary>What an applicant answered to one question of their application; a question left blank has no answer.</summary>
public sealed class ApplicationAnswer
{
    public const int TextLength = 4000;

    public ApplicationAnswer(int questionId, string text)
    {
        QuestionId = questionId;
        Text = text;
    }

    public int Id { get; private set; }
    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public int QuestionId { get; private set; }
    public ApplicationQuestion? Question { get; private set; }
    public string Text { get; private set; }
}
