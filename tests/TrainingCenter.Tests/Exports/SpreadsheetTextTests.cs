using ClosedXML.Excel;
using TrainingCenter.Exports;

namespace TrainingCenter.Tests.Exports;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+92 300 1234567", "'+92 300 1234567")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+2", "'\t=1+2")]
    [InlineData("\r=1+2", "'\r=1+2")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    public void Text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(string text, string neutralised)
    {
        Assert.Equal(neutralised, SpreadsheetText.Neutralise(text));
    }

    [Theory]
    [InlineData("Ayesha Khan")]
    [InlineData("عائشہ خان")]
    [InlineData("Rate = 80%")]
    [InlineData(" =1+2")]
    [InlineData("'already quoted")]
    public void Other_text_is_left_as_it_is(string text)
    {
        Assert.Equal(text, SpreadsheetText.Neutralise(text));
    }

    [Fact]
    public void Nothing_becomes_an_empty_cell()
    {
        Assert.Equal("", SpreadsheetText.Neutralise(null));
        Assert.Equal("", SpreadsheetText.Neutralise(""));
    }

    [Fact]
    public void An_xlsx_cell_written_as_text_stays_text_after_saving_and_opening_again()
    {
        using var saved = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Sheet");
            sheet.Cell(1, 1).SetText("=HYPERLINK(\"http://x\",\"y\")");
            sheet.Cell(2, 1).SetText("42");
            workbook.SaveAs(saved);
        }
        saved.Position = 0;

        using var reopened = new XLWorkbook(saved);
        var formula = reopened.Worksheet("Sheet").Cell(1, 1);
        var number = reopened.Worksheet("Sheet").Cell(2, 1);

        Assert.False(formula.HasFormula);
        Assert.Equal(XLDataType.Text, formula.DataType);
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", formula.GetString());
        Assert.Equal(XLDataType.Text, number.DataType);
        Assert.Equal("42", number.GetString());
    }
}
