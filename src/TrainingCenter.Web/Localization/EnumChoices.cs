using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace TrainingCenter.Web.Localization;

/// <summary>
/// The options of a select for an enum, named as <see cref="DisplayNames"/> names them in the reader's language (the
/// framework's <c>GetEnumSelectList</c> shows English only), valued by number as model binding reads them.
/// </summary>
public static class EnumChoices
{
    public static IEnumerable<SelectListItem> Of<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(v.DisplayName(), Convert.ToInt64(v, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
}
