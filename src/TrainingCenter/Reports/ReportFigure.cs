namespace TrainingCenter.Reports;

/// <summary>One number (or fact) of a report, as exports list it: "Money (PKR)", "Cohort budget", 8 500 000.</summary>
/// <param name="Number">The value when it is a number; null for text or for a number that does not exist yet (e.g. cost per graduate with none).</param>
/// <param name="Text">The value when it is text, or why there is no number.</param>
public sealed record ReportFigure(string Section, string Item, decimal? Number, string Text = "")
{
    public static ReportFigure Of(string section, string item, decimal? number, string whenMissing = "") => new(section, item, number, number is null ? whenMissing : "");

    public static ReportFigure Fact(string section, string item, string text) => new(section, item, null, text);
}
