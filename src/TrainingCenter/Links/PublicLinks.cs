using TrainingCenter.Certificates;

namespace TrainingCenter.Links;

/// <summary>
/// Every absolute link the app hands out (emails, PDFs, QR codes, calendars) starts at the one configured public base
/// URL, <c>App:PublicBaseUrl</c>, never at the request's Host header, which a client chooses.
/// </summary>
public sealed class PublicLinks
{
    public const string Setting = "App:PublicBaseUrl";

    private readonly string baseUrl;

    public PublicLinks(Uri baseUrl)
    {
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{Setting} must be an absolute http or https URL, not '{baseUrl}'.", nameof(baseUrl));
        this.baseUrl = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    public string BaseUrl => baseUrl;

    /// <summary>The absolute URL of an app path such as <c>/Me/Certificates</c> (query string included).</summary>
    public string To(string pathAndQuery) =>
        pathAndQuery.StartsWith('/') ? baseUrl + pathAndQuery : throw new ArgumentException("An app path starts with '/'.", nameof(pathAndQuery));

    public string Verification(string code) => To($"/verify/{CertificateCodes.Format(code)}");
}
