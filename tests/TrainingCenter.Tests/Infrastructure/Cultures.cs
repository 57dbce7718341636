using System.Globalization;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Runs code as a page in another language would: with that UI culture, restored afterwards.</summary>
public static class Cultures
{
    public static T InUiCulture<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
