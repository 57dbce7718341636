using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Applications;

/// <summary>How an application question is answered.</summary>
public enum QuestionKind
{
    [Display(Name = "Short text")] ShortText = 0,
    [Display(Name = "Long text")] LongText = 1,
    [Display(Name = "Choice")] Choice = 2,
    [Display(Name = "Yes or no")] YesNo = 3,
}
