using TrainingCenter.Applications;

namespace TrainingCenter.Tests.Applications;

public sealed class ApplicationFormTests
{
    private static readonly QuestionOnForm Laptop = new(1, "Laptop?", QuestionKind.ShortText, IsRequired: true, null);
    private static readonly QuestionOnForm Hours = new(2, "Hours?", QuestionKind.Choice, IsRequired: false, "5\n10");
    private static readonly QuestionOnForm Coded = new(3, "Coded?", QuestionKind.YesNo, IsRequired: false, null);

    [Fact]
    public void Answers_are_kept_trimmed_and_blank_optional_ones_are_left_out()
    {
        var (answers, problems) = ApplicationForm.Check([Laptop, Hours, Coded], new Dictionary<int, string?> { [1] = "  Dell  ", [2] = " ", [3] = "Yes", [99] = "no such question" });

        Assert.Empty(problems);
        Assert.Equal([(1, "Dell"), (3, "Yes")], answers.Select(a => (a.QuestionId, a.Text)).ToList());
    }

    [Fact]
    public void A_blank_required_answer_a_choice_not_offered_and_a_too_long_short_answer_are_each_named()
    {
        var tooLong = new string('x', ApplicationForm.ShortAnswerLength + 1);

        var blank = ApplicationForm.Check([Laptop], new Dictionary<int, string?> { [1] = "   " }).Problems;
        var choices = ApplicationForm.Check([Hours, Coded], new Dictionary<int, string?> { [2] = "7", [3] = "yes" }).Problems;
        var length = ApplicationForm.Check([Laptop], new Dictionary<int, string?> { [1] = tooLong }).Problems;

        Assert.Equal("Answer \"Laptop?\": it is required.", blank[1]);
        Assert.Equal("Choose one of the answers offered for \"Hours?\".", choices[2]);
        Assert.Equal("Choose one of the answers offered for \"Coded?\".", choices[3]);
        Assert.Contains("at most 300 fit", length[1]);
    }

    [Theory]
    [InlineData("", QuestionKind.ShortText, null, "Write the question.")]
    [InlineData("Pick one", QuestionKind.Choice, "only\n\n only ", "A choice question needs at least 2 options, one a line.")]
    [InlineData("Pick one", QuestionKind.Choice, "a\nb", null)]
    [InlineData("Why?", (QuestionKind)9, null, "Choose how the question is answered.")]
    public void A_question_draft_says_what_keeps_it_from_being_saved(string text, QuestionKind kind, string? options, string? problem)
    {
        Assert.Equal(problem, new QuestionDraft(text, kind, IsRequired: false, options).Problem);
    }

    [Fact]
    public void Choice_options_are_stored_one_a_line_and_other_kinds_keep_none()
    {
        Assert.Equal("a\nb", new QuestionDraft("Q", QuestionKind.Choice, false, " a \r\nb\n\na").CleanOptions);
        Assert.Null(new QuestionDraft("Q", QuestionKind.LongText, false, "a\nb").CleanOptions);
    }
}
