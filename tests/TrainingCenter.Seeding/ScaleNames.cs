namespace TrainingCenter.Seeding;

/// <summary>The names, places and words a seeded consortium is made of; about one trainee in eight writes their name in Urdu.</summary>
public static class ScaleNames
{
    public static readonly string[] FemaleFirstNames =
    [
        "Ayesha", "Fatima", "Zainab", "Maryam", "Hina", "Sana", "Amna", "Iqra", "Mahnoor", "Rabia", "Saima", "Nadia",
        "Sidra", "Kiran", "Areeba", "Laiba", "Anum", "Bushra", "Farah", "Mehwish", "Noor", "Aiman", "Hafsa", "Javeria",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Muhammad", "Ahmed", "Ali", "Hassan", "Usman", "Bilal", "Hamza", "Imran", "Faisal", "Kamran", "Zeeshan", "Asad",
        "Saad", "Umar", "Danish", "Waqas", "Junaid", "Fahad", "Adeel", "Shahzad", "Talha", "Haris", "Owais", "Rizwan",
    ];

    public static readonly string[] Surnames =
    [
        "Khan", "Ahmed", "Malik", "Chaudhry", "Qureshi", "Siddiqui", "Butt", "Sheikh", "Raza", "Hussain", "Iqbal", "Shah",
        "Mirza", "Baig", "Awan", "Abbasi", "Rana", "Javed", "Aslam", "Farooq", "Hashmi", "Niazi", "Bhatti", "Anwar",
    ];

    public static readonly string[] UrduNames =
    [
        "محمد عبداللہ چوہدری", "عائشہ خان", "فاطمہ ملک", "حسن رضا", "زینب قریشی", "عثمان بٹ", "مریم صدیقی", "بلال احمد",
        "سدرہ اقبال", "حمزہ شاہ", "نور فاروق", "علی حسین", "کرن جاوید", "فیصل محمود", "رابعہ حسن", "عمر نیازی",
    ];

    public static readonly string[] Cities =
    [
        "Lahore", "Karachi", "Islamabad", "Rawalpindi", "Faisalabad", "Multan", "Peshawar", "Quetta", "Hyderabad",
        "Sialkot", "Gujranwala", "Abbottabad", "Bahawalpur", "Sargodha", "Sukkur",
    ];

    public static readonly string[] Education =
    [
        "BS Computer Science", "BS Software Engineering", "BBA", "BCom", "MSc Mathematics", "BS Electrical Engineering",
        "Intermediate (FSc)", "BA English", "MBA Marketing", "BS Information Technology",
    ];

    public static readonly string[] FirmStems =
    [
        "Indus", "Ravi", "Margalla", "Clifton", "Karakoram", "Thar", "Swat", "Chenab", "Jhelum", "Hunza", "Makran",
        "Shalimar", "Saddar", "Gulberg", "Kohsar", "Nanga Parbat", "Kirthar", "Potohar", "Mehran", "Khyber",
    ];

    public static readonly string[] FirmKinds =
    [
        "Code Works (Pvt) Ltd", "Digital Solutions", "Systems (Pvt) Ltd", "Commerce Group", "Cloud Services", "Data Labs",
        "Software House", "Analytics & Marketing Co.", "Technologies", "Innovations (Pvt) Ltd",
    ];

    public static readonly string[] Venues =
    [
        "Consortium Training Hall, 45-C Main Boulevard, Gulberg III, Lahore",
        "Room 301, Karachi Tech Hub, Shahrah-e-Faisal, Karachi",
        "Seminar Room B, Jinnah Avenue, Blue Area, Islamabad",
        "Lab 2, Software Technology Park, Peshawar",
    ];

    public static readonly string[] SoftwareTopics =
    [
        "Orientation and tooling", "C# fundamentals", "Types and collections", "Object-oriented design", "LINQ",
        "Asynchronous code", "Unit testing", "Git and code review", "HTTP and the web", "HTML and CSS", "JavaScript basics",
        "Razor Pages", "Forms and validation", "Relational databases", "SQL queries", "Entity Framework Core",
        "Migrations and data design", "Authentication", "Authorization", "Web APIs", "Front-end frameworks", "Deployment",
        "Logging and monitoring", "Performance", "Security", "Background jobs", "Project kick-off", "Project sprint 1",
        "Project sprint 2", "Project sprint 3", "Project sprint 4", "Career session", "Interview practice",
        "Project demos", "Review week 1", "Review week 2", "Capstone build 1", "Capstone build 2", "Capstone build 3",
        "Graduation",
    ];

    public static readonly string[] MarketingTopics =
    [
        "Orientation", "Marketing fundamentals", "Customer personas", "Brand and voice", "Content strategy", "Copywriting",
        "Social media platforms", "Facebook and Instagram ads", "Search engine optimisation", "Keyword research",
        "Google Ads", "Landing pages", "Email marketing", "Analytics basics", "Google Analytics", "Campaign budgets",
        "Video content", "Influencer marketing", "E-commerce marketing", "Marketplaces (Daraz)", "Freelancing platforms",
        "Client proposals", "Pricing your work", "Reporting to clients", "Case study 1", "Case study 2", "Case study 3",
        "Portfolio workshop", "Project kick-off", "Project sprint 1", "Project sprint 2", "Project sprint 3",
        "Career session", "Interview practice", "Project demos", "Review 1", "Review 2", "Capstone 1", "Capstone 2",
        "Graduation",
    ];

    /// <summary>Employers outside the consortium that graduates report.</summary>
    public static readonly string[] Employers =
    [
        "Lahore Software House", "Karachi Digital Agency", "Islamabad Telecom", "Faisalabad Textiles", "Rawalpindi Logistics",
        "Multan Retail Group", "Peshawar Health Network", "Remote client (Upwork)",
    ];
}
