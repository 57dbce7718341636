namespace TrainingCenter.Demo;

/// <summary>What the demo's two courses teach: titles, descriptions and one topic per class.</summary>
internal static class DemoCurriculum
{
    public const string FullStackTitle = "Full-Stack Web Development with .NET";

    public const string FullStackDescription =
        "A ten-week evening programme for graduates who want to build and ship web applications for Pakistan's software houses. " +
        "Trainees learn C# and ASP.NET Core, design relational databases with Entity Framework Core, write automated tests, " +
        "and deploy a team project to the cloud. Engineers from the sponsoring firms review the teams' code every week " +
        "and sit on the panel at demo day.";

    public const string MarketingTitle = "Performance Marketing and Analytics";

    public const string MarketingDescription =
        "An eight-week course in digital marketing for graduates and small-business owners: search and social advertising, " +
        "content that converts, email campaigns, and reading the numbers in analytics tools. Trainees plan and run a small " +
        "live campaign on a budget provided by the sponsors and present the results to a panel from the member firms. " +
        "Places are awarded after a short review of each application.";

    /// <summary>Taught by a guest from the marketing track rather than the cohort's own instructors.</summary>
    public const string CareerSession = "Career session: portfolios, LinkedIn and interviews";

    public static readonly IReadOnlyList<string> FullStackTopics =
    [
        "Welcome, tooling and Git basics",
        "C# fundamentals: types, control flow and methods",
        "Object-oriented design in C#",
        "Collections, LINQ and generics",
        "Exceptions, async and await",
        "Unit testing with xUnit",
        "HTTP, HTML and CSS essentials",
        "JavaScript fundamentals",
        "Responsive layouts with Grid and Flexbox",
        "Relational databases and SQL",
        "Data modelling and normalisation",
        "Entity Framework Core: models and migrations",
        "ASP.NET Core Razor Pages",
        "Forms, validation and post/redirect/get",
        "Sign-in and roles with ASP.NET Core Identity",
        "Building a JSON API",
        "Calling APIs from the browser",
        "Team project kick-off: requirements and user stories",
        "Code review and pull requests",
        "Integration testing against a real database",
        "Logging, configuration and secrets",
        "Performance: queries, caching and paging",
        "Web security: the OWASP Top 10",
        "Containers with Docker",
        "Continuous integration pipelines",
        "Deploying to the cloud",
        "Team project sprint review",
        CareerSession,
        "Team project: final polish",
        "Demo day: team project presentations",
    ];

    public static readonly IReadOnlyList<string> MarketingTopics =
    [
        "The digital marketing landscape in Pakistan",
        "Customer personas and the marketing funnel",
        "Content strategy and copywriting",
        "Search engine optimisation",
        "Search advertising campaigns",
        "Social media advertising",
        "Email marketing and automation",
        "Landing pages and conversion rate optimisation",
        "Web analytics and tracking",
        "Marketing through WhatsApp and messaging apps",
        "E-commerce marketing for local brands",
        "Influencer and affiliate partnerships",
        "Budgets, bidding and return on ad spend",
        "Live campaign: launch",
        "Live campaign: reading the results",
        "Final presentations to the sponsor panel",
    ];
}
