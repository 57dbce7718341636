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

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+92 300 1234567")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public void An_xlsx_cell_that_looks_like_a_formula_is_stored_as_its_exact_text_in_a_quote_prefixed_string_cell(string text)
    {
        var cell = XlsxCell.All(Workbook(text), "Sheet").Single();

        Assert.Equal(new XlsxCell(text, IsString: true, HasFormula: false, QuotePrefix: true), cell);
    }

    [Fact]
    public void Other_xlsx_text_is_a_plain_string_cell_without_the_quote_prefix()
    {
        var cells = XlsxCell.All(Workbook("Ayesha Khan", "42", " =1+2"), "Sheet");

        Assert.Equal(
            [new("Ayesha Khan", true, false, false), new("42", true, false, false), new(" =1+2", true, false, false)],
            cells);
    }

    private static byte[] Workbook(params string[] texts)
    {
        var workbook = new XlsxWorkbook();
        var sheet = workbook.AddWorksheet("Sheet");
        for (var row = 0; row < texts.Length; row++) sheet.Text(row + 1, 1, texts[row]);
        return workbook.ToArray();
    }
}
