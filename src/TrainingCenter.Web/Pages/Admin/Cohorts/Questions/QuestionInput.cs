using System.ComponentModel.DataAnnotations;
using TrainingCenter.Applications;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Questions;

/// <summary>The fields of a question's form, shared by adding and editing.</summary>
public sealed class QuestionInput
{
    [Display(Name = "Question"), StringLength(ApplicationQuestion.TextLength, ErrorMessage = "A question can be at most {1} characters.")]
    public string? Text { get; set; }

    [Display(Name = "Answered as")]
    public QuestionKind Kind { get; set; } = QuestionKind.ShortText;

    [Display(Name = "Required")]
    public bool IsRequired { get; set; }

    [Display(Name = "Options (choice questions: one a line)"), StringLength(ApplicationQuestion.OptionsLength, ErrorMessage = "The options can be at most {1} characters.")]
    public string? Options { get; set; }

    public QuestionDraft Draft => new(Text, Kind, IsRequired, Options);
}
